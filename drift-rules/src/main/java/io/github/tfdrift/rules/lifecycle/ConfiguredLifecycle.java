package io.github.tfdrift.rules.lifecycle;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.ModuleInstance;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.address.ResourceMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code lifecycle} of one resource as its configuration writes it (every instance of the
 * resource shares it): {@code
 * ignore_changes} (paths or {@code all}), {@code prevent_destroy}, {@code create_before_destroy} and
 * {@code replace_triggered_by}, each with its place. An instance whose resource block has no {@code
 * lifecycle} block has one too ({@link #of}), so that "the configuration does not ignore this" can
 * be told from "the configuration was not read".
 *
 * @param address the resource's address without instance keys, e.g. {@code
 *     module.vm.proxmox_virtual_environment_vm.vm} for the instances {@code
 *     module.vm["web"].proxmox_virtual_environment_vm.vm} and {@code module.vm["db"]…}; see {@link
 *     #resourceAddressOf}
 * @param resourceType the resource type
 * @param block where the resource block is written
 * @param ignoreAll true for {@code ignore_changes = all}
 * @param ignoreChanges the ignored attribute paths (empty when {@code ignoreAll})
 * @param ignoreChangesAt where {@code ignore_changes} is written, when it is
 * @param preventDestroy {@code prevent_destroy = true}
 * @param preventDestroyAt where {@code prevent_destroy} is written, when it is
 * @param createBeforeDestroy {@code create_before_destroy = true}
 * @param replaceTriggeredBy the references of {@code replace_triggered_by}, as written
 */
public record ConfiguredLifecycle(
    String address,
    String resourceType,
    Place block,
    boolean ignoreAll,
    List<AttributePath> ignoreChanges,
    Optional<Place> ignoreChangesAt,
    boolean preventDestroy,
    Optional<Place> preventDestroyAt,
    boolean createBeforeDestroy,
    List<String> replaceTriggeredBy) {

  /** Validates and copies the parts. */
  public ConfiguredLifecycle {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(block, "block");
    ignoreChanges = List.copyOf(ignoreChanges);
    Objects.requireNonNull(ignoreChangesAt, "ignoreChangesAt");
    Objects.requireNonNull(preventDestroyAt, "preventDestroyAt");
    replaceTriggeredBy = List.copyOf(replaceTriggeredBy);
    if (ignoreAll && !ignoreChanges.isEmpty()) {
      throw new IllegalArgumentException("ignore_changes is either all or a list of paths");
    }
  }

  /** An instance whose resource block, at {@code block}, has no lifecycle meta-arguments. */
  public static ConfiguredLifecycle of(String address, String resourceType, Place block) {
    return new ConfiguredLifecycle(address, resourceType, block, false, List.of(), Optional.empty(), false,
        Optional.empty(), false, List.of());
  }

  /** A copy with {@code ignore_changes = [paths]} written at {@code at}. */
  public ConfiguredLifecycle ignoring(List<AttributePath> paths, Place at) {
    return new ConfiguredLifecycle(address, resourceType, block, false, paths, Optional.of(at), preventDestroy,
        preventDestroyAt, createBeforeDestroy, replaceTriggeredBy);
  }

  /** A copy with {@code ignore_changes = all} written at {@code at}. */
  public ConfiguredLifecycle ignoringAll(Place at) {
    return new ConfiguredLifecycle(address, resourceType, block, true, List.of(), Optional.of(at), preventDestroy,
        preventDestroyAt, createBeforeDestroy, replaceTriggeredBy);
  }

  /** A copy with {@code prevent_destroy = true} written at {@code at}. */
  public ConfiguredLifecycle preventingDestroy(Place at) {
    return new ConfiguredLifecycle(address, resourceType, block, ignoreAll, ignoreChanges, ignoreChangesAt, true,
        Optional.of(at), createBeforeDestroy, replaceTriggeredBy);
  }

  /** A copy with {@code create_before_destroy = true}. */
  public ConfiguredLifecycle creatingBeforeDestroy() {
    return new ConfiguredLifecycle(address, resourceType, block, ignoreAll, ignoreChanges, ignoreChangesAt,
        preventDestroy, preventDestroyAt, true, replaceTriggeredBy);
  }

  /** A copy with {@code replace_triggered_by = [references]}. */
  public ConfiguredLifecycle replacedBy(List<String> references) {
    return new ConfiguredLifecycle(address, resourceType, block, ignoreAll, ignoreChanges, ignoreChangesAt,
        preventDestroy, preventDestroyAt, createBeforeDestroy, references);
  }

  /**
   * The address of the resource of an instance address, without instance keys: {@code
   * module.vm["web"].aws_instance.x[0]} is {@code module.vm.aws_instance.x}. Text that is not an
   * address is returned as it is.
   */
  public static String resourceAddressOf(String instanceAddress) {
    var parsed = ResourceAddress.parse(instanceAddress);
    if (parsed.isLeft()) {
      return instanceAddress;
    }
    ResourceAddress a = parsed.get();
    StringBuilder b = new StringBuilder();
    for (ModuleInstance m : a.modulePath()) {
      b.append("module.").append(m.name()).append('.');
    }
    if (!a.mode().equals(ResourceMode.MANAGED)) {
      b.append(a.mode().text()).append('.');
    }
    return b.append(a.type()).append('.').append(a.name()).toString();
  }

  /** True when {@code ignore_changes} is written (a list or {@code all}). */
  public boolean ignoresAnything() {
    return ignoreAll || !ignoreChanges.isEmpty();
  }

  /**
   * A place in the configuration: a file relative to the configuration's root and a line.
   *
   * @param file the file, with {@code /}, e.g. {@code modules/vm/main.tf}
   * @param line 1-based line
   * @param column 1-based column, or 0 when unknown
   */
  public record Place(String file, int line, int column) {
    /** Validates the parts. */
    public Place {
      Objects.requireNonNull(file, "file");
    }

    /** {@code file:line}, as reasons cite it: {@code modules/vm/main.tf:42}. */
    public String describe() {
      return file + ":" + line;
    }

    @Override
    public String toString() {
      return describe();
    }
  }
}
