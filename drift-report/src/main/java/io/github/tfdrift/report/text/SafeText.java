package io.github.tfdrift.report.text;

import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.Objects;

/**
 * The one way report writers turn text and plan values into printable strings: every string passes
 * the redactor of the report's {@link Secrets} (the union over its plans), so a secret, or a derived
 * copy of it inside a longer string, is printed as {@value Secrets#MASK}. Values are shown as
 * Terraform shows them (strings quoted, collections as compact JSON) and cut to {@link
 * #MAX_VALUE_CHARS} characters <em>after</em> redaction, so no prefix of a secret survives a cut.
 */
public final class SafeText {
  /** Values longer than this are cut, with an ellipsis. */
  public static final int MAX_VALUE_CHARS = 60;

  /** How a value unknown until apply is shown. */
  public static final String UNKNOWN = "(known after apply)";

  /** How a value that does not exist on one side is shown. */
  public static final String NONE = "(none)";

  private final Secrets secrets;

  private SafeText(Secrets secrets) {
    this.secrets = Objects.requireNonNull(secrets, "secrets");
  }

  /** A redactor for the given secrets. */
  public static SafeText of(Secrets secrets) {
    return new SafeText(secrets);
  }

  /** The secrets this redactor masks. */
  public Secrets secrets() {
    return secrets;
  }

  /**
   * {@code text} with every known secret masked and control characters escaped (see {@link
   * #printable}: a plan is untrusted input, and an address or key must not drive the reader's terminal);
   * {@code ""} for {@code null}. Line breaks and tabs are kept.
   */
  public String text(String text) {
    return text == null ? "" : printable(secrets.redact(text));
  }

  /**
   * {@code text} with control characters other than line feed and tab, C1 controls and Unicode
   * bidirectional overrides written as Java-style escapes (a backslash, {@code u} and four hex digits).
   *
   * @param text any text
   * @return the text, safe to print on a terminal
   */
  public static String printable(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && !isControl(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder b = new StringBuilder(n + 16).append(text, 0, i);
    for (; i < n; i++) {
      char ch = text.charAt(i);
      if (isControl(ch)) {
        b.append(String.format("\\u%04x", (int) ch));
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  /**
   * {@code text} with each run of line breaks ({@code \\r}, {@code \\n}) turned into one space; the
   * text itself when it has none (most do, and this is called for every line a report prints).
   */
  public static String oneLine(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder b = new StringBuilder(n).append(text, 0, i);
    boolean inBreak = false;
    for (; i < n; i++) {
      char ch = text.charAt(i);
      if (ch == '\n' || ch == '\r') {
        if (!inBreak) {
          b.append(' ');
        }
        inBreak = true;
      } else {
        b.append(ch);
        inBreak = false;
      }
    }
    return b.toString();
  }

  private static boolean isControl(char ch) {
    return (ch < 0x20 && ch != '\n' && ch != '\t')
        || (ch >= 0x7f && ch <= 0x9f)
        || (ch >= 0x202a && ch <= 0x202e)
        || (ch >= 0x2066 && ch <= 0x2069);
  }

  /** {@code text} redacted, line breaks turned into spaces, and cut to {@code max} characters. */
  public String line(String text, int max) {
    String r = text == null ? "" : printable(oneLine(secrets.redact(text)));
    return r.length() <= max ? r : r.substring(0, Math.max(0, max - 1)) + "…";
  }

  /**
   * A plan value for display: {@value Secrets#MASK} when {@code sensitive}, {@link #UNKNOWN} when
   * {@code unknown}, {@link #NONE} when absent, otherwise its JSON form (leaves that are known secrets
   * masked, secrets inside strings redacted) cut to {@link #MAX_VALUE_CHARS} characters.
   */
  public String value(JsonValue value, boolean sensitive, boolean unknown) {
    if (sensitive) {
      return Secrets.MASK;
    }
    if (unknown) {
      return UNKNOWN;
    }
    if (value == null || value.isAbsent()) {
      return NONE;
    }
    JsonValue masked = secrets.mask(value, JsonValue.absent());
    String json = JsonValues.toJson(masked).replace("\"" + Secrets.MASK + "\"", Secrets.MASK);
    return line(json, MAX_VALUE_CHARS);
  }

  @Override
  public String toString() {
    return "SafeText(" + secrets + ")";
  }
}
