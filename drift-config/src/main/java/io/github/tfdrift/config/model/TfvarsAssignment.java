package io.github.tfdrift.config.model;

import io.github.tfdrift.config.source.SourceRange;
import java.util.Objects;

/**
 * A root variable's value set in a variable file ({@code terraform.tfvars}, {@code *.auto.tfvars},
 * their {@code .json} forms).
 *
 * @param name the variable's name
 * @param file the file, relative to the configuration root
 * @param range where {@code name = value} is written
 * @param value its expression
 */
public record TfvarsAssignment(String name, String file, SourceRange range, Expression value) {

  /** Validates the parts. */
  public TfvarsAssignment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(value, "value");
  }
}
