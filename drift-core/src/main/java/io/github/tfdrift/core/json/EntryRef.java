package io.github.tfdrift.core.json;

import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.ResourceChange;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one entry of {@code resource_changes} or {@code resource_drift} of a {@link PlanOutline} is,
 * with what cross-entry work needs to pick entries without reading them (the address, the type, the
 * provider, what the actions mean). {@link PlanOutline#read(EntryRef)} reads the entry itself. Holds no
 * value of the entry, so {@code toString()} shows nothing secret.
 *
 * @param inDrift true for an entry of {@code resource_drift}, false for one of {@code resource_changes}
 * @param index the entry's position in its list
 * @param address {@code address}
 * @param deposed {@code deposed}
 * @param type {@code type}
 * @param mode {@code mode}
 * @param providerName {@code provider_name}
 * @param kind what the actions mean
 * @param actionReason {@code action_reason}
 * @param importing true when the change has {@code importing}
 * @param moved true when the entry has a {@code previous_address}
 * @param start the first byte of the entry in the file, -1 when the outline holds the entry instead
 * @param end the byte after the entry, -1 when the outline holds the entry instead
 */
public record EntryRef(
    boolean inDrift,
    int index,
    String address,
    Optional<String> deposed,
    String type,
    ResourceMode mode,
    Optional<String> providerName,
    ChangeKind kind,
    Optional<ActionReason> actionReason,
    boolean importing,
    boolean moved,
    long start,
    long end) {

  /** Validates the parts. */
  public EntryRef {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(deposed, "deposed");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(providerName, "providerName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actionReason, "actionReason");
  }

  /** The reference to an entry read from bytes {@code [start, end)}; type and provider names interned. */
  static EntryRef of(boolean inDrift, int index, ResourceChange rc, long start, long end) {
    return new EntryRef(
        inDrift,
        index,
        rc.address(),
        rc.deposed(),
        rc.type().intern(),
        rc.mode(),
        rc.providerName().map(String::intern),
        rc.kind(),
        rc.actionReason(),
        rc.change().importing().isPresent(),
        rc.previousAddress().isPresent(),
        start,
        end);
  }

  /** The instance object: address plus deposed key. */
  public InstanceId id() {
    return InstanceId.of(address, deposed);
  }

  /** True when the outline holds the entry rather than its place in the file. */
  public boolean held() {
    return start < 0;
  }
}
