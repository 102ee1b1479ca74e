package io.github.tfdrift.config.model;

import io.github.tfdrift.config.source.SourceRange;
import io.github.tfdrift.core.address.ResourceMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code resource}, {@code data} or {@code ephemeral} block of a module.
 *
 * @param mode managed, data or ephemeral
 * @param type the resource type, e.g. {@code proxmox_virtual_environment_vm}
 * @param name the resource name
 * @param range where the whole block is written
 * @param body its arguments and nested blocks ({@code count}, {@code for_each} and {@code lifecycle}
 *     included, as written)
 * @param lifecycle its {@code lifecycle} block, read
 */
public record ResourceBlock(
    ResourceMode mode, String type, String name, SourceRange range, Body body, Lifecycle lifecycle) {

  /** Validates the parts. */
  public ResourceBlock {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(lifecycle, "lifecycle");
  }

  /** The {@code for_each} expression, when set. */
  public Optional<Expression> forEach() {
    return body.argument("for_each").map(Argument::value);
  }

  /** The {@code count} expression, when set. */
  public Optional<Expression> count() {
    return body.argument("count").map(Argument::value);
  }

  /** The block's address in its module, e.g. {@code aws_instance.web} or {@code data.x.y}. */
  public String localAddress() {
    if (mode.equals(ResourceMode.MANAGED)) {
      return type + "." + name;
    }
    return mode.text() + "." + type + "." + name;
  }
}
