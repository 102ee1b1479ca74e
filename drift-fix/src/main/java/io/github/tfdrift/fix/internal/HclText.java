package io.github.tfdrift.fix.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A lexical view of HCL text, enough to place edits: which characters are code (not inside a string,
 * a heredoc or a comment), matching brackets, and the top-level items (attributes and blocks) of a
 * block's body. It does not evaluate or resolve anything: where a value comes from is the
 * configuration reader's answer; this class finds the bytes to edit around a position it was given.
 */
public final class HclText {
  private final String text;
  private final boolean[] code;
  private final boolean[] comment;

  private HclText(String text) {
    this.text = text;
    this.code = new boolean[text.length()];
    this.comment = new boolean[text.length()];
    scan();
  }

  /** The view of a file's text. */
  public static HclText of(String text) {
    return new HclText(text);
  }

  /** The text. */
  public String text() {
    return text;
  }

  /** True when the character at {@code i} is code. */
  public boolean isCode(int i) {
    return i >= 0 && i < code.length && code[i];
  }

  /** An attribute {@code name = value} of a body. */
  public record Attribute(String name, int lineStart, int nameStart, int valueStart, int valueEnd) {}

  /** A nested block {@code type labels { ... }} of a body; {@code close} is the index of its {@code }}. */
  public record Block(String type, int lineStart, int start, int open, int close) {}

  /** The top-level items of a body. */
  public static final class Body {
    private final List<Attribute> attributes;
    private final List<Block> blocks;

    Body(List<Attribute> attributes, List<Block> blocks) {
      this.attributes = attributes;
      this.blocks = blocks;
    }

    /** The attribute of that name. */
    public Optional<Attribute> attribute(String name) {
      return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The first block of that type. */
    public Optional<Block> block(String type) {
      return blocks.stream().filter(b -> b.type().equals(type)).findFirst();
    }
  }

  private void scan() {
    int i = 0;
    int n = text.length();
    while (i < n) {
      i = scanCode(i, n, false);
    }
  }

  /**
   * Marks code from {@code i} on; inside a template interpolation ({@code inTemplate}) stops after the
   * closing brace that ends it. Returns the index after what was scanned.
   */
  private int scanCode(int i, int n, boolean inTemplate) {
    int depth = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"') {
        i = skipString(i + 1, n);
      } else if (c == '#' || (c == '/' && i + 1 < n && text.charAt(i + 1) == '/')) {
        while (i < n && text.charAt(i) != '\n') {
          comment[i] = true;
          i++;
        }
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int end = text.indexOf("*/", i + 2);
        int stop = end < 0 ? n : end + 2;
        for (int k = i; k < stop; k++) {
          comment[k] = true;
        }
        i = stop;
      } else if (c == '<' && i + 1 < n && text.charAt(i + 1) == '<' && heredocAt(i)) {
        i = skipHeredoc(i);
      } else {
        code[i] = true;
        if (inTemplate) {
          if (c == '{') {
            depth++;
          } else if (c == '}') {
            if (depth == 0) {
              return i + 1;
            }
            depth--;
          }
        }
        i++;
      }
    }
    return i;
  }

  /** Skips a quoted string from after its opening quote; returns the index after the closing quote. */
  private int skipString(int i, int n) {
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else if (c == '\n') {
        return i; // an unterminated string ends at the line, as in the parser's recovery
      } else if ((c == '$' || c == '%') && i + 1 < n && text.charAt(i + 1) == '{') {
        if (i + 2 < n && text.charAt(i + 2) == '{') {
          i += 1;
        } else if (i > 0 && text.charAt(i - 1) == c) {
          i += 2; // $${ or %%{: a literal introducer
        } else {
          i = scanCode(i + 2, n, true);
          for (int k = i - 1; k >= 0 && k < n; k = -1) {
            code[k] = false; // the interpolation's closing brace belongs to the string
          }
        }
      } else {
        i++;
      }
    }
    return i;
  }

  private boolean heredocAt(int i) {
    int j = i + 2;
    if (j < text.length() && text.charAt(j) == '-') {
      j++;
    }
    int s = j;
    while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_')) {
      j++;
    }
    return j > s && j < text.length() && (text.charAt(j) == '\n' || text.charAt(j) == '\r');
  }

  private int skipHeredoc(int i) {
    int j = i + 2;
    if (text.charAt(j) == '-') {
      j++;
    }
    int s = j;
    while (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '_') {
      j++;
    }
    String marker = text.substring(s, j);
    for (int k = i; k < j; k++) {
      code[k] = true;
    }
    int line = text.indexOf('\n', j) + 1;
    while (line > 0 && line < text.length()) {
      int end = text.indexOf('\n', line);
      String l = text.substring(line, end < 0 ? text.length() : end).strip();
      if (l.equals(marker)) {
        int stop = end < 0 ? text.length() : end;
        int m = text.indexOf(marker, line);
        for (int k = m; k < stop; k++) {
          code[k] = true;
        }
        return stop;
      }
      line = end < 0 ? text.length() : end + 1;
    }
    return text.length();
  }

  /** The index of the bracket that closes the one at {@code open}, or -1. */
  public int matching(int open) {
    char o = text.charAt(open);
    char c = o == '{' ? '}' : o == '[' ? ']' : ')';
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (!code[i]) {
        continue;
      }
      char ch = text.charAt(i);
      if (ch == '{' || ch == '[' || ch == '(') {
        depth++;
      } else if (ch == '}' || ch == ']' || ch == ')') {
        depth--;
        if (depth == 0) {
          return ch == c ? i : -1;
        }
      }
    }
    return -1;
  }

  /** The first code {@code {} at or after {@code from}, or -1. */
  public int nextOpenBrace(int from) {
    for (int i = from; i < text.length(); i++) {
      if (code[i] && text.charAt(i) == '{') {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first character of the line holding {@code i}. */
  public int lineStart(int i) {
    return text.lastIndexOf('\n', i - 1) + 1;
  }

  /** The indentation (spaces and tabs) of the line holding {@code i}. */
  public String indentOf(int i) {
    int s = lineStart(i);
    int e = s;
    while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
      e++;
    }
    return text.substring(s, e);
  }

  /** The 1-based line of {@code i}. */
  public int lineOf(int i) {
    int line = 1;
    for (int k = 0; k < i && k < text.length(); k++) {
      if (text.charAt(k) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The items of the body between {@code open} (a {@code {}) and its matching {@code close}. */
  public Body body(int open, int close) {
    List<Attribute> attributes = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    int i = open + 1;
    while (i < close) {
      char c = text.charAt(i);
      if (!code[i] || Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (!isNameChar(c)) {
        i = endOfItem(i, close);
        continue;
      }
      int nameStart = i;
      while (i < close && code[i] && isNameChar(text.charAt(i))) {
        i++;
      }
      String name = text.substring(nameStart, i);
      int j = i;
      while (j < close && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
        j++;
      }
      if (j < close && code[j] && text.charAt(j) == '=' && (j + 1 >= close || text.charAt(j + 1) != '=')) {
        int v = j + 1;
        while (v < close && (text.charAt(v) == ' ' || text.charAt(v) == '\t')) {
          v++;
        }
        int end = endOfItem(v, close);
        int valueEnd = end;
        while (valueEnd > v && (comment[valueEnd - 1] || (code[valueEnd - 1] && Character.isWhitespace(text.charAt(valueEnd - 1))))) {
          valueEnd--;
        }
        attributes.add(new Attribute(name, lineStart(nameStart), nameStart, v, valueEnd));
        i = end;
      } else {
        int brace = nextOpenBrace(j);
        if (brace < 0 || brace >= close) {
          break;
        }
        int blockClose = matching(brace);
        if (blockClose < 0) {
          break;
        }
        blocks.add(new Block(name, lineStart(nameStart), nameStart, brace, blockClose));
        i = blockClose + 1;
      }
    }
    return new Body(List.copyOf(attributes), List.copyOf(blocks));
  }

  /** The end of an item starting at {@code i}: the line break outside brackets, or {@code close}. */
  private int endOfItem(int i, int close) {
    int depth = 0;
    while (i < close) {
      if (code[i]) {
        char c = text.charAt(i);
        if (c == '{' || c == '[' || c == '(') {
          depth++;
        } else if (c == '}' || c == ']' || c == ')') {
          depth--;
        } else if (c == '\n' && depth <= 0) {
          return i;
        }
      }
      i++;
    }
    return close;
  }

  /** True when the character at {@code i} is part of a comment. */
  public boolean isComment(int i) {
    return i >= 0 && i < comment.length && comment[i];
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }
}
