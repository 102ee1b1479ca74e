package io.github.tfdrift.report.internal;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

/**
 * Jackson's default indentation, able to say how deep it is and to start at a given depth: a value
 * written on its own by a generator with {@code startingAt(printer.nesting())} is indented exactly as
 * it would be in place (see {@link OrderedRendering}).
 */
public final class NestedPrettyPrinter extends DefaultPrettyPrinter {
  private static final long serialVersionUID = 1L;

  private NestedPrettyPrinter(int nesting) {
    _nesting = nesting;
  }

  /** Indentation for a whole document. */
  public static NestedPrettyPrinter create() {
    return new NestedPrettyPrinter(0);
  }

  /** Indentation for a value written alone that belongs at {@code nesting} in a document. */
  public static NestedPrettyPrinter startingAt(int nesting) {
    return new NestedPrettyPrinter(nesting);
  }

  /** How many objects the next value is inside (arrays are laid out on one line and do not count). */
  public int nesting() {
    return _nesting;
  }

  @Override
  public DefaultPrettyPrinter createInstance() {
    return new NestedPrettyPrinter(_nesting);
  }
}
