package io.github.tfdrift.config.model;

import io.github.tfdrift.config.source.SourceRange;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code module "name" { source = … }} block, and where its source was found.
 *
 * @param name the call's name
 * @param source the {@code source} argument as written (empty when it is not a literal string)
 * @param range where the whole block is written
 * @param body its arguments (the module's inputs, {@code source}, {@code version}, {@code for_each},
 *     {@code count}, {@code providers}) and nested blocks
 * @param resolution how the module's source was found
 * @param directory the module's directory relative to the configuration root, with {@code /}, when
 *     found
 */
public record ModuleCall(
    String name, String source, SourceRange range, Body body, Resolution resolution, Optional<String> directory) {

  /** Validates the parts. */
  public ModuleCall {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(directory, "directory");
  }

  /** How a module call's source was found. */
  public enum Resolution {
    /** A local path ({@code ./…}, {@code ../…}), read from the directory it names. */
    LOCAL,
    /** A remote source installed by {@code init}, read through {@code .terraform/modules/modules.json}. */
    INSTALLED,
    /** A remote source without an installed copy: the module's content is not known. */
    UNRESOLVED
  }

  /** The argument passing the input {@code variable}, when written. */
  public Optional<Argument> input(String variable) {
    return body.argument(variable);
  }

  /** The {@code for_each} expression, when set. */
  public Optional<Expression> forEach() {
    return body.argument("for_each").map(Argument::value);
  }

  /** The {@code count} expression, when set. */
  public Optional<Expression> count() {
    return body.argument("count").map(Argument::value);
  }
}
