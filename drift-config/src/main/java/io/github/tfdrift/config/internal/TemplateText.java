package io.github.tfdrift.config.internal;

import java.util.Optional;

/**
 * The value of a template's literal text as written in the file: the escapes of a quoted string
 * ({@code \\n}, {@code \\"}, {@code \\uNNNN}…) and, in both quoted strings and heredocs, the
 * template escapes {@code $${} and {@code %%{}. The parser keeps the text as written.
 */
final class TemplateText {

  private TemplateText() {}

  /**
   * The value of {@code raw}; empty when it holds an escape HCL does not define, or an unescaped
   * {@code ${} or {@code %{} (then it is not a literal).
   */
  static Optional<String> decode(String raw, boolean quoted) {
    StringBuilder b = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if ((c == '$' || c == '%') && i + 1 < raw.length()) {
        char next = raw.charAt(i + 1);
        if (next == c && i + 2 < raw.length() && raw.charAt(i + 2) == '{') {
          b.append(c).append('{');
          i += 3;
          continue;
        }
        if (next == '{') {
          return Optional.empty();
        }
      }
      if (quoted && c == '\\') {
        if (i + 1 >= raw.length()) {
          return Optional.empty();
        }
        char e = raw.charAt(i + 1);
        switch (e) {
          case 'n' -> b.append('\n');
          case 'r' -> b.append('\r');
          case 't' -> b.append('\t');
          case '"' -> b.append('"');
          case '\\' -> b.append('\\');
          case 'u', 'U' -> {
            int len = e == 'u' ? 4 : 8;
            if (i + 2 + len > raw.length()) {
              return Optional.empty();
            }
            try {
              b.appendCodePoint(Integer.parseInt(raw.substring(i + 2, i + 2 + len), 16));
            } catch (IllegalArgumentException ex) {
              return Optional.empty();
            }
            i += 2 + len;
            continue;
          }
          default -> {
            return Optional.empty();
          }
        }
        i += 2;
        continue;
      }
      b.append(c);
      i++;
    }
    return Optional.of(b.toString());
  }

  /** The lines of an indented heredoc's body without their common leading whitespace ({@code <<-}). */
  static String outdent(String body) {
    String[] lines = body.split("\n", -1);
    int min = Integer.MAX_VALUE;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      int n = 0;
      while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
        n++;
      }
      min = Math.min(min, n);
    }
    if (min == Integer.MAX_VALUE) {
      return body;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      b.append(line.length() >= min ? line.substring(min) : line.strip());
      if (i < lines.length - 1) {
        b.append('\n');
      }
    }
    return b.toString();
  }
}
