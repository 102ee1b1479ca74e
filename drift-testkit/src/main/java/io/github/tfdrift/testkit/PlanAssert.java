package io.github.tfdrift.testkit;

import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.model.ResourceChange;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Plan}. Not final, with a public one-argument constructor, so soft
 * assertions ({@link DriftSoftAssertions}) can proxy it.
 */
public class PlanAssert extends AbstractAssert<PlanAssert, Plan> {

  /** Assertions on {@code actual}. */
  public PlanAssert(Plan actual) {
    super(actual, PlanAssert.class);
  }

  private Optional<ResourceChange> change(String address) {
    return actual.resourceChanges().stream().filter(rc -> rc.address().equals(address) && rc.deposed().isEmpty()).findFirst();
  }

  private Optional<ResourceChange> driftOf(String address) {
    return actual.resourceDrift().stream().filter(rc -> rc.address().equals(address)).findFirst();
  }

  private static String addresses(List<ResourceChange> changes) {
    return changes.isEmpty() ? "none" : changes.stream().map(rc -> rc.id().toString()).collect(Collectors.joining(", ", "[", "]"));
  }

  /** The plan has a change (no-ops included) for the current object at {@code address}. */
  public PlanAssert hasResourceChange(String address) {
    isNotNull();
    if (change(address).isEmpty()) {
      failWithMessage("Expecting the plan to list a change for %s, but it does not; it lists %s", address, addresses(actual.resourceChanges()));
    }
    return myself;
  }

  /** The plan has no change for {@code address}. */
  public PlanAssert hasNoResourceChange(String address) {
    isNotNull();
    if (change(address).isPresent()) {
      failWithMessage("Expecting the plan to list no change for %s, but it plans %s", address, change(address).get().kind());
    }
    return myself;
  }

  /** The plan has exactly {@code count} entries in {@code resource_changes} (no-ops and deposed objects included). */
  public PlanAssert hasResourceChangeCount(int count) {
    isNotNull();
    if (actual.resourceChanges().size() != count) {
      failWithMessage("Expecting the plan to list %d resource changes, but it lists %d: %s", count, actual.resourceChanges().size(), addresses(actual.resourceChanges()));
    }
    return myself;
  }

  /** The change planned for {@code address} is of the given kind. */
  public PlanAssert hasChangeKind(String address, ChangeKind kind) {
    hasResourceChange(address);
    ChangeKind k = change(address).get().kind();
    if (k != kind) {
      failWithMessage("Expecting %s to be planned as %s (%s), but it is planned as %s (%s)", address, kind, kind.symbol().strip(), k, k.symbol().strip());
    }
    return myself;
  }

  /** {@code resource_drift} lists {@code address}: it changed outside Terraform. */
  public PlanAssert hasDrift(String address) {
    isNotNull();
    if (driftOf(address).isEmpty()) {
      failWithMessage("Expecting %s to have changed outside Terraform (resource_drift), but it did not; drifted: %s", address, addresses(actual.resourceDrift()));
    }
    return myself;
  }

  /** {@code resource_drift} does not list {@code address}. */
  public PlanAssert hasNoDrift(String address) {
    isNotNull();
    if (driftOf(address).isPresent()) {
      failWithMessage("Expecting %s not to have changed outside Terraform, but resource_drift reports %s", address, driftOf(address).get().kind());
    }
    return myself;
  }

  /** {@code resource_drift} is empty. */
  public PlanAssert hasNoDrift() {
    isNotNull();
    if (!actual.resourceDrift().isEmpty()) {
      failWithMessage("Expecting no drift, but resource_drift lists %s", addresses(actual.resourceDrift()));
    }
    return myself;
  }

  /** Which tool wrote the plan, as {@link Plan#producer()} decides it. */
  public PlanAssert isProducedBy(Producer.Tool tool) {
    isNotNull();
    Producer p = actual.producer();
    if (p.tool() != tool) {
      failWithMessage("Expecting the plan to be written by %s, but it looks written by %s (%s)", tool.id(), p.tool().id(), p.evidence());
    }
    return myself;
  }

  /** Applying would change something (see {@link Plan#isApplyable()}). */
  public PlanAssert isApplyable() {
    isNotNull();
    if (!actual.isApplyable()) {
      failWithMessage("Expecting the plan to have changes to apply, but it has none%s", actual.isErrored() ? " (planning errored)" : "");
    }
    return myself;
  }

  /** Applying would change nothing. */
  public PlanAssert isNotApplyable() {
    isNotNull();
    if (actual.isApplyable()) {
      failWithMessage("Expecting the plan to have nothing to apply, but it plans %s", addresses(actual.actionableChanges()));
    }
    return myself;
  }

  /** No change destroys an object (delete, or a replacement that deletes). */
  public PlanAssert hasNoDestructiveChanges() {
    isNotNull();
    List<ResourceChange> destructive = actual.resourceChanges().stream().filter(rc -> rc.kind().isDestructive()).toList();
    if (!destructive.isEmpty()) {
      failWithMessage("Expecting no destructive change, but the plan destroys %s", addresses(destructive));
    }
    return myself;
  }

  /** Every mirror lines up with its value (see {@link MaskAlignment}). */
  public PlanAssert hasAlignedMirrors() {
    isNotNull();
    List<String> problems = MaskAlignment.problems(actual);
    if (!problems.isEmpty()) {
      failWithMessage("Expecting every mirror to line up with its value, but:%n  %s", String.join(System.lineSeparator() + "  ", problems));
    }
    return myself;
  }

  /** Assertions on the change planned for {@code address} (fails when there is none). */
  public ResourceChangeAssert resourceChange(String address) {
    hasResourceChange(address);
    return new ResourceChangeAssert(change(address).get());
  }

  /** Assertions on the drift entry of {@code address} (fails when there is none). */
  public ResourceChangeAssert drift(String address) {
    hasDrift(address);
    return new ResourceChangeAssert(driftOf(address).get());
  }
}
