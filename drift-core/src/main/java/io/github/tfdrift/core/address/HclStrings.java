package io.github.tfdrift.core.address;

import org.jspecify.annotations.Nullable;

/**
 * HCL's quoted-string syntax as Terraform uses it for instance keys: {@code \\ \" \n \r \t},
 * {@code \\uXXXX} / {@code \\UXXXXXXXX} for every other character Go does not consider printable
 * (controls, format characters, non-ASCII spaces), and <code>$${</code> / <code>%%{</code> for template
 * introducers.
 */
public final class HclStrings {
  private HclStrings() {}

  /** Quotes a string, the way Terraform renders a string instance key. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\':
          b.append("\\\\");
          break;
        case '"':
          b.append("\\\"");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        case '$':
        case '%':
          b.append(c);
          if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
            b.append(c);
          }
          break;
        default:
          int cp = s.codePointAt(i);
          if (isPrint(cp)) {
            b.appendCodePoint(cp);
          } else if (cp < 0x10000) {
            b.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
          } else {
            b.append(String.format(java.util.Locale.ROOT, "\\U%08x", cp));
          }
          if (Character.charCount(cp) == 2) {
            i++;
          }
      }
    }
    return b.append('"').toString();
  }

  /**
   * Go's {@code unicode.IsPrint}, which Terraform's quoting uses: letters, marks, numbers,
   * punctuation, symbols and the ASCII space are printed as they are; controls, format characters,
   * unpaired surrogates, private-use and unassigned code points, and every other space or separator are
   * escaped.
   */
  private static boolean isPrint(int cp) {
    if (cp == ' ') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  private static int hex(String s, int from, int count) {
    if (from + count > s.length()) {
      return -1;
    }
    int v = 0;
    for (int k = from; k < from + count; k++) {
      int d = Character.digit(s.charAt(k), 16);
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }

  /**
   * Reads a quoted string starting at {@code start} (which must be a {@code "}). Returns the decoded
   * text and sets {@code end[0]} to the index after the closing quote, or returns null when the string
   * is not well formed.
   */
  static @Nullable String unquote(String s, int start, int[] end) {
    if (start >= s.length() || s.charAt(start) != '"') {
      return null;
    }
    StringBuilder b = new StringBuilder();
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        end[0] = i + 1;
        return b.toString();
      }
      if (c == '\\') {
        if (i + 1 >= s.length()) {
          return null;
        }
        char e = s.charAt(i + 1);
        switch (e) {
          case '\\':
            b.append('\\');
            break;
          case '"':
            b.append('"');
            break;
          case 'n':
            b.append('\n');
            break;
          case 'r':
            b.append('\r');
            break;
          case 't':
            b.append('\t');
            break;
          case 'u':
            {
              int u = hex(s, i + 2, 4);
              if (u < 0) {
                return null;
              }
              b.append((char) u);
              i += 4;
              break;
            }
          case 'U':
            {
              int u = hex(s, i + 2, 8);
              if (u < 0 || !Character.isValidCodePoint(u)) {
                return null;
              }
              b.appendCodePoint(u);
              i += 8;
              break;
            }
          default:
            return null;
        }
        i += 2;
        continue;
      }
      if ((c == '$' || c == '%') && i + 2 < s.length() && s.charAt(i + 1) == c && s.charAt(i + 2) == '{') {
        b.append(c).append('{');
        i += 3;
        continue;
      }
      b.append(c);
      i++;
    }
    return null;
  }
}
