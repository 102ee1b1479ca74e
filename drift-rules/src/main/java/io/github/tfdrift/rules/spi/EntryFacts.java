package io.github.tfdrift.rules.spi;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.Importing;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.rules.Source;
import io.github.tfdrift.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The joined evidence about one resource instance object before classification: its {@code
 * resource_changes} entry (planned), its {@code resource_drift} entry (drift), the {@code
 * relevant_attributes} naming it, and both changes diffed into changed paths with their category.
 * Computed once per entry by the engine; rules only read it. {@link #toString()} never shows values.
 *
 * <p>A change Terraform deferred ({@code deferred_changes}, Terraform 1.9+) is an entry of its own:
 * {@link #deferred()} holds it, and {@link #planned()} is its {@code resource_change}, what would be
 * planned once the deferral is resolved, so that every rule reading the planned actions (deletes
 * above all) sees it. Rules that must not treat it as an ordinary planned change check {@link
 * #isDeferred()}.
 *
 * @param id address plus deposed key; the address ends in {@code [*]} when the instance key of a
 *     deferred change is not known yet ({@code index_unknown})
 * @param type the resource type
 * @param mode managed, data or ephemeral
 * @param previousAddress the address before a move
 * @param planned the {@code resource_changes} entry, or the deferred change's {@code resource_change}
 * @param drift the {@code resource_drift} entry, if any
 * @param relevantAttributes the {@code relevant_attributes} of this address
 * @param driftChanges the changed leaves of the drift ({@code before} is the old state, {@code after}
 *     the refreshed one); empty when there is no drift or the drift deleted the object
 * @param plannedChanges the changed leaves of the planned change; empty for creates, deletes, no-ops
 * @param deferred the {@code deferred_changes} entry, for a deferred change; its {@code
 *     resource_change} is {@code planned}
 */
public record EntryFacts(
    InstanceId id,
    String type,
    ResourceMode mode,
    Optional<String> previousAddress,
    Optional<ResourceChange> planned,
    Optional<ResourceChange> drift,
    List<AttributePath> relevantAttributes,
    List<PathChange> driftChanges,
    List<PathChange> plannedChanges,
    Optional<DeferredChange> deferred) {

  /**
   * Validates and copies the parts.
   *
   * @throws IllegalArgumentException when {@code deferred} is present and {@code planned} is not its
   *     {@code resource_change}
   */
  public EntryFacts {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(previousAddress, "previousAddress");
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(drift, "drift");
    relevantAttributes = List.copyOf(relevantAttributes);
    driftChanges = List.copyOf(driftChanges);
    plannedChanges = List.copyOf(plannedChanges);
    Objects.requireNonNull(deferred, "deferred");
    if (deferred.isPresent() && (planned.isEmpty() || !isSame(planned.get(), deferred.get().resourceChange()))) {
      throw new IllegalArgumentException("the planned change of a deferred entry is its resource_change");
    }
  }

  /**
   * The evidence about an instance that is not deferred.
   *
   * @param id address plus deposed key
   * @param type the resource type
   * @param mode managed, data or ephemeral
   * @param previousAddress the address before a move
   * @param planned the {@code resource_changes} entry, if any
   * @param drift the {@code resource_drift} entry, if any
   * @param relevantAttributes the {@code relevant_attributes} of this address
   * @param driftChanges the changed leaves of the drift
   * @param plannedChanges the changed leaves of the planned change
   */
  public EntryFacts(
      InstanceId id,
      String type,
      ResourceMode mode,
      Optional<String> previousAddress,
      Optional<ResourceChange> planned,
      Optional<ResourceChange> drift,
      List<AttributePath> relevantAttributes,
      List<PathChange> driftChanges,
      List<PathChange> plannedChanges) {
    this(id, type, mode, previousAddress, planned, drift, relevantAttributes, driftChanges, plannedChanges, Optional.empty());
  }

  private static boolean isSame(ResourceChange a, ResourceChange b) {
    return a == b || a.equals(b);
  }

  /** True for a change Terraform deferred ({@code deferred_changes}). */
  public boolean isDeferred() {
    return deferred.isPresent();
  }

  /**
   * The deferral's {@code reason} word ({@code resource_config_unknown}, {@code
   * provider_config_unknown}...; an open vocabulary, kept as written), for a deferred change.
   */
  public Optional<String> deferralReason() {
    return deferred.map(DeferredChange::reason);
  }

  /** The instance address. */
  public String address() {
    return id.address();
  }

  /** The deposed key, for a deposed object. */
  public Optional<String> deposed() {
    return id.deposed();
  }

  /** Which parts of the plan speak about the instance. */
  public Source source() {
    return Source.of(planned.isPresent(), drift.isPresent(), deferred.isPresent());
  }

  /** What the planned actions mean; {@link ChangeKind#NO_OP} when nothing is planned. */
  public ChangeKind plannedKind() {
    return planned.map(ResourceChange::kind).orElse(ChangeKind.NO_OP);
  }

  /** What the drift actions mean, when there is drift. */
  public Optional<ChangeKind> driftKind() {
    return drift.map(ResourceChange::kind);
  }

  /**
   * The verdict the actions alone suggest, before any policy, normaliser or drift reasoning: what a
   * custom rule proposes when it wants to raise risk or change the procedure without changing the
   * verdict (equal rank, higher risk wins). RECREATE for drift-delete plus create, REPLACE, DELETE,
   * DEFERRED for any other deferred change, IMPORT, CREATE, FORGET, UPDATE, READ, MOVE, IGNORED for
   * drift Terraform does not act on, else NO_CHANGE.
   */
  public Verdict actionVerdict() {
    ChangeKind k = plannedKind();
    List<io.github.tfdrift.core.model.Action> actions =
        planned.map(p -> p.change().actions()).orElse(List.of());
    if (k.isReplace()
        || (actions.contains(io.github.tfdrift.core.model.Action.DELETE)
            && actions.contains(io.github.tfdrift.core.model.Action.CREATE))) {
      return Verdict.REPLACE;
    }
    if (actions.contains(io.github.tfdrift.core.model.Action.DELETE)) {
      return Verdict.DELETE;
    }
    if (driftDeleted() && k == ChangeKind.CREATE) {
      return Verdict.RECREATE;
    }
    if (isDeferred()) {
      return Verdict.DEFERRED;
    }
    if (importing().isPresent()) {
      return Verdict.IMPORT;
    }
    switch (k) {
      case CREATE:
        return Verdict.CREATE;
      case FORGET:
        return Verdict.FORGET;
      case UPDATE:
      case UNKNOWN:
        return Verdict.UPDATE;
      case READ:
      case OPEN:
        return Verdict.READ;
      default:
        return previousAddress.isPresent() ? Verdict.MOVE : hasDrift() ? Verdict.IGNORED : Verdict.NO_CHANGE;
    }
  }

  /** True when there is a drift entry. */
  public boolean hasDrift() {
    return drift.isPresent();
  }

  /** True when the drift says the object was deleted outside Terraform. */
  public boolean driftDeleted() {
    return drift.map(d -> d.kind() == ChangeKind.DELETE).orElse(false);
  }

  /** The planned change's {@code replace_paths}. */
  public List<AttributePath> replacePaths() {
    return planned.map(p -> p.change().replacePaths()).orElse(List.of());
  }

  /** The planned change's {@code action_reason}. */
  public Optional<ActionReason> actionReason() {
    return planned.flatMap(ResourceChange::actionReason);
  }

  /** The planned change's {@code importing}. */
  public Optional<Importing> importing() {
    return planned.flatMap(p -> p.change().importing());
  }

  /** True for a managed resource. */
  public boolean isManaged() {
    return mode.equals(ResourceMode.MANAGED);
  }

  /** The drift leaves of one category. */
  public List<PathChange> driftChanges(PathCategory c) {
    return filter(driftChanges, c);
  }

  /** The planned leaves of one category. */
  public List<PathChange> plannedChanges(PathCategory c) {
    return filter(plannedChanges, c);
  }

  /** True when some planned leaf overlaps {@code path}. */
  public boolean plannedTouches(AttributePath path) {
    for (PathChange p : plannedChanges) {
      if (p.overlaps(path)) {
        return true;
      }
    }
    return false;
  }

  /** True when some drift leaf overlaps {@code path}. */
  public boolean driftTouches(AttributePath path) {
    for (PathChange p : driftChanges) {
      if (p.overlaps(path)) {
        return true;
      }
    }
    return false;
  }

  private static List<PathChange> filter(List<PathChange> l, PathCategory c) {
    if (l.isEmpty()) {
      return List.of();
    }
    List<PathChange> out = new ArrayList<>();
    for (PathChange p : l) {
      if (p.category() == c) {
        out.add(p);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "EntryFacts{"
        + id
        + (deferred.isPresent() ? ", deferred" : "")
        + ", planned="
        + planned.map(p -> p.kind().name()).orElse("-")
        + ", drift="
        + drift.map(p -> p.kind().name()).orElse("-")
        + ", driftChanges="
        + driftChanges
        + ", plannedChanges="
        + plannedChanges
        + "}";
  }
}
