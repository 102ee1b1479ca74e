package io.github.tfdrift.core.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The source code a diagnostic points at ({@code snippet}).
 *
 * @param context the enclosing block, e.g. {@code resource "terraform_data" "x"}, when known
 * @param code the lines of configuration, possibly several
 * @param startLine the line number of the first line of {@code code}
 * @param highlightStartOffset where the highlighted part starts, in characters into {@code code}
 * @param highlightEndOffset where it ends
 * @param values the values of the references in the expression
 */
public record Snippet(
    Optional<String> context,
    String code,
    int startLine,
    int highlightStartOffset,
    int highlightEndOffset,
    List<ExpressionValue> values) {

  /** Validates and copies the parts. */
  public Snippet {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(code, "code");
    values = List.copyOf(values);
  }

  /** The highlighted part of {@code code} (offsets clamped to the code). */
  public String highlighted() {
    int s = Math.max(0, Math.min(highlightStartOffset, code.length()));
    int e = Math.max(s, Math.min(highlightEndOffset, code.length()));
    return code.substring(s, e);
  }

  /** The line and the number of values; never code or values, which can hold secrets. */
  @Override
  public String toString() {
    return "Snippet[startLine=" + startLine + ", " + values.size() + " values]";
  }
}
