package io.github.tfdrift.fix.hcl;

import io.github.tfdrift.core.address.HclStrings;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plan value written as an HCL literal in {@code terraform fmt}'s style, ready to stand after
 * {@code name = } on a line indented by {@code indent}:
 *
 * <ul>
 *   <li>strings quoted, with {@code \\ \" \n \r \t} escaped and template introducers doubled
 *       (<code>$${</code>, <code>%%{</code>);
 *   <li>numbers exactly as the plan wrote them (no {@code .0} added), {@code true}, {@code false},
 *       {@code null};
 *   <li>lists of scalars on one line when that line stays within {@value #LINE_WIDTH} characters,
 *       otherwise one element per line with a trailing comma;
 *   <li>objects and maps one key per line, the {@code =} of consecutive one-line members aligned, a
 *       key that is not an identifier quoted.
 * </ul>
 *
 * <p>An absent value has no literal: {@link #render} throws for it.
 */
public final class HclLiteral {
  /** The longest one-line list. */
  public static final int LINE_WIDTH = 80;

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  private HclLiteral() {}

  /**
   * The literal of a value.
   *
   * @param value the value, not absent
   * @param indent the indentation of the line the literal starts on (its closing bracket gets it)
   * @return the literal, multi-line for objects and long lists
   * @throws IllegalArgumentException for an absent value
   */
  public static String render(JsonValue value, String indent) {
    StringBuilder b = new StringBuilder();
    write(value, indent, b);
    return b.toString();
  }

  /** True when {@code key} can be written bare as an object key or after a dot. */
  public static boolean isIdentifier(String key) {
    return IDENTIFIER.matcher(key).matches();
  }

  /** A key as it stands before {@code =}: bare when an identifier, quoted otherwise. */
  public static String key(String key) {
    return isIdentifier(key) ? key : HclStrings.quote(key);
  }

  private static void write(JsonValue v, String indent, StringBuilder b) {
    if (v instanceof JsonValue.Absent) {
      throw new IllegalArgumentException("an absent value has no literal");
    } else if (v instanceof JsonValue.Null) {
      b.append("null");
    } else if (v instanceof JsonValue.Bool bool) {
      b.append(bool.value());
    } else if (v instanceof JsonValue.Num n) {
      b.append(n.literal());
    } else if (v instanceof JsonValue.Str s) {
      b.append(HclStrings.quote(s.value()));
    } else if (v instanceof JsonValue.Arr a) {
      list(a, indent, b);
    } else if (v instanceof JsonValue.Obj o) {
      object(o, indent, b);
    }
  }

  private static void list(JsonValue.Arr a, String indent, StringBuilder b) {
    if (a.size() == 0) {
      b.append("[]");
      return;
    }
    boolean scalars = true;
    List<String> items = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      JsonValue e = a.get(i);
      scalars &= !(e instanceof JsonValue.Arr || e instanceof JsonValue.Obj);
      items.add(scalars ? render(e, indent) : "");
    }
    if (scalars) {
      String line = "[" + String.join(", ", items) + "]";
      if (indent.length() + line.length() <= LINE_WIDTH) {
        b.append(line);
        return;
      }
    }
    String inner = indent + "  ";
    b.append("[\n");
    for (int i = 0; i < a.size(); i++) {
      b.append(inner);
      write(a.get(i), inner, b);
      b.append(",\n");
    }
    b.append(indent).append(']');
  }

  private static void object(JsonValue.Obj o, String indent, StringBuilder b) {
    if (o.size() == 0) {
      b.append("{}");
      return;
    }
    String inner = indent + "  ";
    List<String> keys = new ArrayList<>(o.size());
    List<String> values = new ArrayList<>(o.size());
    for (int i = 0; i < o.size(); i++) {
      keys.add(key(o.keyAt(i)));
      values.add(render(o.valueAt(i), inner));
    }
    b.append("{\n");
    int i = 0;
    while (i < keys.size()) {
      if (values.get(i).contains("\n")) { // a multi-line member stands alone: terraform fmt aligns none
        b.append(inner).append(keys.get(i)).append(" = ").append(values.get(i)).append('\n');
        i++;
        continue;
      }
      int end = i;
      int width = 0;
      while (end < keys.size() && !values.get(end).contains("\n")) {
        width = Math.max(width, keys.get(end).length());
        end++;
      }
      for (int k = i; k < end; k++) {
        b.append(inner).append(keys.get(k)).append(" ".repeat(width - keys.get(k).length())).append(" = ").append(values.get(k)).append('\n');
      }
      i = end;
    }
    b.append(indent).append('}');
  }
}
