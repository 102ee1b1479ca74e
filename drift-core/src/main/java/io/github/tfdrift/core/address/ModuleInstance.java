package io.github.tfdrift.core.address;

import java.util.Objects;
import java.util.Optional;

/**
 * One step of a module path: {@code module.NAME} with an optional instance key, as in
 * {@code module.a["x.y"]}.
 *
 * @param name the module call name
 * @param key the instance key, when the call uses count or for_each
 */
public record ModuleInstance(String name, Optional<InstanceKey> key) {
  /** Validates the parts. */
  public ModuleInstance {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
  }

  /** A module step without a key. */
  public static ModuleInstance of(String name) {
    return new ModuleInstance(name, Optional.empty());
  }

  /** A module step with a key. */
  public static ModuleInstance of(String name, InstanceKey key) {
    return new ModuleInstance(name, Optional.of(key));
  }

  /** Terraform's notation, e.g. {@code module.a["x"]}. */
  public String render() {
    return "module." + name + key.map(InstanceKey::render).orElse("");
  }

  @Override
  public String toString() {
    return render();
  }
}
