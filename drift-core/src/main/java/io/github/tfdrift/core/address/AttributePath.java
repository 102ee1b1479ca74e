package io.github.tfdrift.core.address;

import io.github.tfdrift.core.value.JsonValue;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A path to an attribute inside a resource's value: {@code memory[0].dedicated}, {@code tags["Name"]}.
 * Built from the JSON form used by {@code replace_paths} and {@code relevant_attributes}
 * ({@code ["memory",0,"dedicated"]}), parsed from the traversal syntax of {@code ignore_changes}, and
 * rendered in Terraform's notation. The special path {@link #all()} covers every attribute, as
 * {@code ignore_changes = all} does.
 */
public final class AttributePath implements Comparable<AttributePath> {
  private static final AttributePath ROOT = new AttributePath(List.of(), false);
  private static final AttributePath ALL = new AttributePath(List.of(), true);

  private final List<PathStep> steps;
  private final boolean all;

  private AttributePath(List<PathStep> steps, boolean all) {
    this.steps = steps;
    this.all = all;
  }

  /** The empty path: the whole value. */
  public static AttributePath root() {
    return ROOT;
  }

  /** The {@code all} path of {@code ignore_changes}, which covers every attribute. */
  public static AttributePath all() {
    return ALL;
  }

  /** A path of the given steps. */
  public static AttributePath of(List<PathStep> steps) {
    return steps.isEmpty() ? ROOT : new AttributePath(List.copyOf(steps), false);
  }

  /** A path of the given steps. */
  public static AttributePath of(PathStep... steps) {
    return of(List.of(steps));
  }

  /**
   * A path from its JSON form (an array of strings and whole numbers). Returns a {@link PathError}
   * naming the offending step for anything else.
   */
  public static Either<PathError, AttributePath> fromJson(JsonValue json) {
    if (!(json instanceof JsonValue.Arr arr)) {
      return Either.left(new PathError.BadJson(OptionalInt.empty(), "a path must be an array of strings and numbers"));
    }
    List<PathStep> steps = new ArrayList<>(arr.size());
    for (int i = 0; i < arr.size(); i++) {
      JsonValue v = arr.get(i);
      if (v instanceof JsonValue.Str s) {
        steps.add(i == 0 ? PathStep.attribute(s.value()) : PathStep.ofName(s.value()));
      } else if (v instanceof JsonValue.Num n) {
        try {
          steps.add(PathStep.index(n.decimalValue().intValueExact()));
        } catch (ArithmeticException e) {
          return Either.left(new PathError.BadJson(OptionalInt.of(i), "is not a whole number"));
        }
      } else {
        return Either.left(new PathError.BadJson(OptionalInt.of(i), "is neither a string nor a number"));
      }
    }
    return Either.right(of(steps));
  }

  /**
   * Parses the traversal syntax of {@code ignore_changes} and of Terraform's notation:
   * {@code initialization[0].user_account[0].keys}, {@code tags["Name"]}, {@code all}.
   */
  public static Either<PathError, AttributePath> parse(String text) {
    return parse(text, false);
  }

  /**
   * Parses a path pattern: the traversal syntax of {@link #parse}, where a bare name may also hold
   * the wildcards {@code *} and {@code ?} ({@code tags.*}, {@code *_policy}) and the splat {@code
   * [*]} is read as the bare name {@code *} ({@code disk[*].size} is {@code disk.*.size}). Quoted keys
   * stay literal: {@code tags["*"]} is the key {@code *}. The result keeps the wildcards as the
   * names of {@link PathStep.Attribute} steps, for a pattern type to interpret; it is not meant to
   * be compared with plan paths directly. One grammar serves both methods, so a path means the same
   * in both.
   *
   * @param text the pattern, e.g. {@code tags["Name"]}, {@code disk[*].size}, {@code all}
   * @return the parsed steps, or what is wrong with the text
   */
  public static Either<PathError, AttributePath> parsePattern(String text) {
    return parse(text, true);
  }

  private static Either<PathError, AttributePath> parse(String text, boolean wildcards) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    if (s.equals("all")) {
      return Either.right(ALL);
    }
    if (s.isEmpty()) {
      return Either.left(new PathError.Incomplete("empty attribute path"));
    }
    // Positions in messages count from the start of the text as given, leading blanks included.
    return parseStripped(s, text.indexOf(s.charAt(0)), wildcards);
  }

  /**
   * A first step the parser reads as a bare name ({@code 5}, {@code 0abc}): it is rendered bare, as
   * the parser reads no key or index before the first name.
   */
  private static boolean isBareName(String name) {
    return !name.isEmpty() && name.chars().allMatch(c -> isNameChar((char) c, false));
  }

  private static boolean isNameChar(char c, boolean wildcards) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-' || (wildcards && (c == '*' || c == '?'));
  }

  private static Either<PathError, AttributePath> parseStripped(String s, int lead, boolean wildcards) {
    List<PathStep> steps = new ArrayList<>();
    int i = 0;
    boolean expectName = true;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '[') {
        if (steps.isEmpty()) {
          return Either.left(new PathError.NoAttributeName(lead));
        }
        int j = i + 1;
        if (wildcards && j + 1 < s.length() && s.charAt(j) == '*' && s.charAt(j + 1) == ']') {
          steps.add(PathStep.attribute("*"));
          i = j + 2;
          expectName = false;
          continue;
        }
        if (j < s.length() && s.charAt(j) == '"') {
          int[] end = new int[1];
          String key = HclStrings.unquote(s, j, end);
          if (key == null) {
            return Either.left(new PathError.Syntax(lead + j, "malformed quoted key"));
          }
          j = end[0];
          steps.add(PathStep.key(key));
        } else {
          int start = j;
          while (j < s.length() && Character.isDigit(s.charAt(j))) {
            j++;
          }
          if (start == j) {
            return Either.left(new PathError.Syntax(lead + start, "expected an index or a quoted key"));
          }
          try {
            steps.add(PathStep.index(Integer.parseInt(s.substring(start, j))));
          } catch (NumberFormatException e) {
            return Either.left(new PathError.Syntax(lead + start, "index too large"));
          }
        }
        if (j >= s.length() || s.charAt(j) != ']') {
          return Either.left(new PathError.Syntax(lead + j, "expected ']'"));
        }
        i = j + 1;
        expectName = false;
      } else if (c == '.') {
        if (steps.isEmpty() || expectName) {
          return Either.left(new PathError.Syntax(lead + i, "unexpected '.'"));
        }
        i++;
        expectName = true;
        if (i >= s.length()) {
          return Either.left(new PathError.Incomplete("path ends with '.'"));
        }
        // A numeric step after a dot (legacy "list.0") is an index.
        if (Character.isDigit(s.charAt(i))) {
          int start = i;
          while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
          }
          try {
            steps.add(PathStep.index(Integer.parseInt(s.substring(start, i))));
          } catch (NumberFormatException e) {
            return Either.left(new PathError.Syntax(lead + start, "index too large"));
          }
          expectName = false;
        }
      } else {
        if (!expectName) {
          return Either.left(new PathError.Syntax(lead + i, "expected '.' or '['"));
        }
        int start = i;
        while (i < s.length() && isNameChar(s.charAt(i), wildcards)) {
          i++;
        }
        if (start == i) {
          return Either.left(new PathError.Syntax(lead + i, "unexpected character '" + c + "'"));
        }
        steps.add(PathStep.attribute(s.substring(start, i)));
        expectName = false;
      }
    }
    return Either.right(of(steps));
  }

  /** The steps, outermost first. */
  public List<PathStep> steps() {
    return steps;
  }

  /** True for {@link #all()}. */
  public boolean isAll() {
    return all;
  }

  /** True for the empty path. */
  public boolean isRoot() {
    return !all && steps.isEmpty();
  }

  /** Number of steps. */
  public int size() {
    return steps.size();
  }

  /** This path extended by one step. */
  public AttributePath child(PathStep step) {
    List<PathStep> l = new ArrayList<>(steps.size() + 1);
    l.addAll(steps);
    l.add(step);
    return new AttributePath(List.copyOf(l), false);
  }

  /** This path extended by an attribute or key. */
  public AttributePath child(String name) {
    return child(steps.isEmpty() ? PathStep.attribute(name) : PathStep.ofName(name));
  }

  /** This path extended by an index. */
  public AttributePath child(int index) {
    return child(PathStep.index(index));
  }

  /**
   * True when this path covers {@code other}: it is {@link #all()}, or it is a prefix of {@code other}
   * ({@code clone} covers {@code clone[0].vm_id}).
   */
  public boolean covers(AttributePath other) {
    if (all) {
      return true;
    }
    if (other.all || other.steps.size() < steps.size()) {
      return false;
    }
    for (int i = 0; i < steps.size(); i++) {
      if (!steps.get(i).matches(other.steps.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when one path covers the other. */
  public boolean overlaps(AttributePath other) {
    return covers(other) || other.covers(this);
  }

  /** The JSON form used by {@code replace_paths}. */
  public JsonValue toJson() {
    List<JsonValue> l = new ArrayList<>(steps.size());
    for (PathStep s : steps) {
      l.add(s.toJson());
    }
    return JsonValue.array(l);
  }

  /** Terraform's notation: {@code memory[0].dedicated}, {@code tags["Name"]}, {@code all}. */
  public String render() {
    if (all) {
      return "all";
    }
    StringBuilder b = new StringBuilder();
    for (PathStep s : steps) {
      if (s instanceof PathStep.Attribute a && (PathStep.isIdentifier(a.name()) || (b.length() == 0 && isBareName(a.name())))) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(a.name());
      } else if (s instanceof PathStep.Attribute a) {
        // Not writable as .name: Terraform's index notation, as for a map key.
        b.append(PathStep.key(a.name()));
      } else {
        b.append(s);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AttributePath p) || p.all != all || p.steps.size() != steps.size()) {
      return false;
    }
    for (int i = 0; i < steps.size(); i++) {
      if (!steps.get(i).matches(p.steps.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = all ? 1 : 0;
    for (PathStep s : steps) {
      h = 31 * h + (s instanceof PathStep.Index i ? i.index() : s.toJson().hashCode());
    }
    return h;
  }

  /**
   * Orders paths step by step, consistently with {@link #equals}: {@link #all()} first, then a path
   * before its extensions; at a step, indexes (by number) before names (by text), and an attribute and
   * a key with equal text are equal.
   */
  @Override
  public int compareTo(AttributePath o) {
    if (all != o.all) {
      return all ? -1 : 1;
    }
    int n = Math.min(steps.size(), o.steps.size());
    for (int i = 0; i < n; i++) {
      int c = compareSteps(steps.get(i), o.steps.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(steps.size(), o.steps.size());
  }

  private static int compareSteps(PathStep a, PathStep b) {
    if (a instanceof PathStep.Index x) {
      return b instanceof PathStep.Index y ? Integer.compare(x.index(), y.index()) : -1;
    }
    if (b instanceof PathStep.Index) {
      return 1;
    }
    return nameOf(a).compareTo(nameOf(b));
  }

  private static String nameOf(PathStep s) {
    return s instanceof PathStep.Attribute a ? a.name() : ((PathStep.Key) s).key();
  }
}
