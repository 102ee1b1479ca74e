package io.github.tfdrift.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A module in a values representation: its resources and, recursively, its child modules. */
@Value.Immutable
public interface ModuleValues extends HasExtras {

  /** {@code address}: absent for the root module. */
  Optional<String> address();

  /** {@code resources}. */
  List<ResourceValues> resources();

  /** {@code child_modules}. */
  List<ModuleValues> childModules();

  /** Every resource of this module and its descendants, depth first. */
  default List<ResourceValues> allResources() {
    List<ResourceValues> all = new java.util.ArrayList<>(resources());
    for (ModuleValues m : childModules()) {
      all.addAll(m.allResources());
    }
    return java.util.Collections.unmodifiableList(all);
  }

  /** A builder. */
  static ImmutableModuleValues.Builder builder() {
    return ImmutableModuleValues.builder();
  }
}
