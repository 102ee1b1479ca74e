package io.github.tfdrift.core.ui;

import io.github.tfdrift.core.address.AddressError;
import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ResourceAddress;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * The resource-address object of the UI stream ({@code resource} and {@code previous_resource} of a
 * change, {@code resource} of a hook).
 *
 * @param addr the absolute instance address, e.g. {@code module.a["x"].aws_instance.b[0]}
 * @param module the module part, {@code ""} in the root module
 * @param resource the module-relative instance address
 * @param impliedProvider the provider's local name implied by the type, e.g. {@code aws}
 * @param resourceType the resource type
 * @param resourceName the resource name
 * @param resourceKey the count index or for_each key, when there is one
 */
public record UiResourceAddress(
    String addr,
    String module,
    String resource,
    String impliedProvider,
    String resourceType,
    String resourceName,
    Optional<InstanceKey> resourceKey) {

  /** Validates the parts. */
  public UiResourceAddress {
    Objects.requireNonNull(addr, "addr");
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(impliedProvider, "impliedProvider");
    Objects.requireNonNull(resourceType, "resourceType");
    Objects.requireNonNull(resourceName, "resourceName");
    Objects.requireNonNull(resourceKey, "resourceKey");
  }

  /** {@link #addr()} parsed, or the position where and the reason why it is not an address. */
  public Either<AddressError, ResourceAddress> parsed() {
    return ResourceAddress.parse(addr);
  }

  @Override
  public String toString() {
    return addr;
  }
}
