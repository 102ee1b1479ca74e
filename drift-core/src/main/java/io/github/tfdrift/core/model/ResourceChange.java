package io.github.tfdrift.core.model;

import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ResourceMode;
import java.util.Optional;
import org.immutables.value.Value;

/** An entry of {@code resource_changes}, {@code resource_drift} or a deferred change: one resource instance object and what happens to it. {@code address} plus {@code deposed} is the unique key. */
@Value.Immutable
public interface ResourceChange extends HasExtras {

  /** {@code address}: the absolute instance address. */
  String address();

  /** {@code previous_address}: the address before a move. */
  Optional<String> previousAddress();

  /** {@code module_address}: the module part, absent in the root module. */
  Optional<String> moduleAddress();

  /** {@code mode}. */
  @Value.Default
  default ResourceMode mode() {
    return ResourceMode.MANAGED;
  }

  /** {@code type}. */
  String type();

  /** {@code name}. */
  String name();

  /** {@code index}: the count index or for_each key. */
  Optional<InstanceKey> index();

  /** {@code index_unknown}: the key is not yet known (deferred changes). */
  Optional<Boolean> indexUnknown();

  /** {@code provider_name}: a source address since 0.13, a local name (maybe with alias) in 0.12. */
  Optional<String> providerName();

  /** {@code deposed}: the deposed key when this change is about a deposed object. */
  Optional<String> deposed();

  /**
   * True when the JSON had no {@code address} (drift entries of Terraform 0.15.4–1.0) and
   * {@link #address()} was derived from {@code module_address}, {@code mode}, {@code type},
   * {@code name} and {@code index}. The writer then omits it again.
   */
  @Value.Default
  default boolean addressDerived() {
    return false;
  }

  /** {@code change}. */
  Change change();

  /** {@code action_reason}. */
  Optional<ActionReason> actionReason();

  /** What the actions mean. */
  default ChangeKind kind() {
    return change().kind();
  }

  /** The unique key of this instance object: address plus deposed key. */
  default InstanceId id() {
    return InstanceId.of(address(), deposed());
  }

  /** The parsed address, or where and why {@code address} cannot be parsed. */
  default io.vavr.control.Either<io.github.tfdrift.core.address.AddressError, io.github.tfdrift.core.address.ResourceAddress> parsedAddress() {
    return io.github.tfdrift.core.address.ResourceAddress.parse(address());
  }

  /**
   * The fields that disagree with {@link #address()}, each as one sentence; empty when they agree
   * (always, for plans Terraform or OpenTofu wrote). The address wins: it is the instance's key in
   * Terraform and in every tfdrift result; {@code type}, {@code name}, {@code index}, {@code mode}
   * and {@code module_address} are kept as written so that the plan writes back unchanged.
   *
   * @return the disagreements, or one sentence when the address cannot be parsed
   */
  default java.util.List<String> addressDisagreements() {
    if (addressDerived()) {
      return java.util.List.of();
    }
    io.vavr.control.Either<io.github.tfdrift.core.address.AddressError, io.github.tfdrift.core.address.ResourceAddress> parsed =
        parsedAddress();
    if (parsed.isLeft()) {
      return java.util.List.of("address " + address() + " cannot be parsed (" + parsed.getLeft().describe() + "); it is used as written");
    }
    io.github.tfdrift.core.address.ResourceAddress a = parsed.get();
    java.util.List<String> out = new java.util.ArrayList<>();
    String suffix = " disagrees with address " + address() + "; the address is used";
    if (!a.type().equals(type())) {
      out.add("type \"" + type() + "\"" + suffix);
    }
    if (!a.name().equals(name())) {
      out.add("name \"" + name() + "\"" + suffix);
    }
    if (!a.mode().equals(mode())) {
      out.add("mode \"" + mode().text() + "\"" + suffix);
    }
    if (!a.key().equals(index())) {
      out.add("index " + index().map(io.github.tfdrift.core.address.InstanceKey::render).orElse("(none)") + suffix);
    }
    if (!a.moduleAddress().equals(moduleAddress().orElse(""))) {
      out.add("module_address \"" + moduleAddress().orElse("") + "\"" + suffix);
    }
    return out;
  }

  /** A builder. */
  static ImmutableResourceChange.Builder builder() {
    return ImmutableResourceChange.builder();
  }
}
