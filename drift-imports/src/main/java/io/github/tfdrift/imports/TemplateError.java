package io.github.tfdrift.imports;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Why an import ID template, a table of templates or the file holding one cannot be used: where
 * (the file and key, e.g. {@code drift-policy.yaml: import_ids.aws_iam_role}), the character of the
 * template when the problem has one, and what is wrong.
 *
 * <p>Templates and tables come from policy files and catalogues, never from a plan, so {@link
 * #describe()} may quote them.
 *
 * @param where the file and key, outermost first, joined with {@code ": "}; empty for a bare template
 * @param position the character of the template where the problem is, counted from 0, when there is one
 * @param problem what is wrong, e.g. {@code a template must not be empty}
 */
public record TemplateError(String where, OptionalInt position, String problem) {
  /** Validates the parts. */
  public TemplateError {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(problem, "problem");
  }

  /** A problem of a bare template at a character. */
  static TemplateError at(int position, String problem) {
    return new TemplateError("", OptionalInt.of(position), problem);
  }

  /** A problem of a bare template, table or file without a position. */
  static TemplateError of(String problem) {
    return new TemplateError("", OptionalInt.empty(), problem);
  }

  /** A problem of the table or file named by {@code where}. */
  static TemplateError in(String where, String problem) {
    return new TemplateError(where, OptionalInt.empty(), problem);
  }

  /** The same problem, named as part of {@code outer} (a key or a file). */
  public TemplateError within(String outer) {
    return new TemplateError(where.isEmpty() ? outer : outer + ": " + where, position, problem);
  }

  /** The one-line message: {@code drift-policy.yaml: import_ids.aws_iam_role: a template must not be empty}. */
  public String describe() {
    return where.isEmpty() ? problem : where + ": " + problem;
  }

  @Override
  public String toString() {
    return "TemplateError[" + describe() + "]";
  }
}
