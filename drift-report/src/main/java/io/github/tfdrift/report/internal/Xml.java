package io.github.tfdrift.report.internal;

import io.github.tfdrift.report.text.SafeText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small XML writer: elements, attributes and text, each redacted and then escaped. Characters XML
 * 1.0 does not allow are replaced by U+FFFD. Indents nested elements by two spaces.
 */
public final class Xml {
  private final Writer out;
  private final SafeText safe;
  private final Deque<String> open = new ArrayDeque<>();
  private boolean inStartTag;
  private boolean hasChildElements;

  /** A writer to {@code out} through {@code safe}; writes the XML declaration. */
  public Xml(Writer out, SafeText safe) throws IOException {
    this.out = out;
    this.safe = safe;
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  }

  /** Opens an element. */
  public Xml start(String name) throws IOException {
    closeStartTag();
    if (!open.isEmpty() || hasChildElements) {
      out.write('\n');
    }
    out.write("  ".repeat(open.size()));
    out.write('<');
    out.write(name);
    open.push(name);
    inStartTag = true;
    hasChildElements = false;
    return this;
  }

  /** Adds an attribute to the element just opened. */
  public Xml attribute(String name, String value) throws IOException {
    return rawAttribute(name, safe.text(value));
  }

  /**
   * Adds an attribute whose value is a word of the report's own vocabulary (a property's name, a
   * verdict), written without redaction: a secret such as {@code prod} must not rename the
   * {@code producer} property.
   */
  public Xml keyword(String name, String value) throws IOException {
    return rawAttribute(name, value);
  }

  private Xml rawAttribute(String name, String text) throws IOException {
    if (!inStartTag) {
      throw new IllegalStateException("attribute outside a start tag");
    }
    out.write(' ');
    out.write(name);
    out.write("=\"");
    out.write(escape(text, true));
    out.write('"');
    return this;
  }

  /** Adds an integer attribute. */
  public Xml attribute(String name, long value) throws IOException {
    return attribute(name, Long.toString(value));
  }

  /** Writes text content. */
  public Xml text(String text) throws IOException {
    closeStartTag();
    out.write(escape(safe.text(text), false));
    return this;
  }

  /** Closes the innermost open element. */
  public Xml end() throws IOException {
    String name = open.pop();
    if (inStartTag) {
      out.write("/>");
      inStartTag = false;
    } else {
      if (hasChildElements) {
        out.write('\n');
        out.write("  ".repeat(open.size()));
      }
      out.write("</");
      out.write(name);
      out.write('>');
    }
    hasChildElements = true;
    if (open.isEmpty()) {
      out.write('\n');
    }
    return this;
  }

  private void closeStartTag() throws IOException {
    if (inStartTag) {
      out.write('>');
      inStartTag = false;
    }
  }

  /** Escapes text for XML content or a double-quoted attribute. */
  public static String escape(String s, boolean attribute) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '"':
          b.append(attribute ? "&quot;" : "\"");
          break;
        case '\n':
          b.append(attribute ? "&#10;" : "\n");
          break;
        case '\r':
          b.append("&#13;");
          break;
        case '\t':
          b.append(attribute ? "&#9;" : "\t");
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            b.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
      }
    }
    return b.toString();
  }
}
