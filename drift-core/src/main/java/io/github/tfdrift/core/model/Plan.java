package io.github.tfdrift.core.model;

import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A Terraform or OpenTofu plan as written by {@code show -json}, for every {@code format_version} from
 * 0.1 to 1.x. Read one with {@link io.github.tfdrift.core.json.PlanReader}; write it back with {@link
 * io.github.tfdrift.core.json.PlanWriter}.
 */
@Value.Immutable
public interface Plan extends HasExtras {
  /** {@code format_version}, e.g. {@code 1.2}. */
  String formatVersion();

  /** {@code terraform_version}: the version of the binary (OpenTofu writes its own here). */
  Optional<String> terraformVersion();

  /** {@code variables}: root variable values, in clear text even when sensitive. */
  Map<String, Variable> variables();

  /** {@code planned_values}. */
  Optional<Values> plannedValues();

  /** {@code resource_drift}: what changed outside Terraform. Not planned changes. */
  List<ResourceChange> resourceDrift();

  /** {@code resource_changes}: what apply would do, no-ops included. */
  List<ResourceChange> resourceChanges();

  /** {@code deferred_changes} (TF 1.9+). */
  List<DeferredChange> deferredChanges();

  /** {@code deferred_action_invocations} (TF 1.14+), kept as JSON. */
  @Value.Default
  default JsonValue deferredActionInvocations() {
    return JsonValue.absent();
  }

  /** {@code output_changes}: root module outputs. */
  Map<String, Change> outputChanges();

  /** {@code action_invocations} (TF 1.14+). */
  List<ActionInvocation> actionInvocations();

  /** {@code prior_state}: the state after refresh; absent when empty. */
  Optional<StateDocument> priorState();

  /** {@code configuration}. */
  Optional<Configuration> configuration();

  /** {@code relevant_attributes} (TF 1.2+). */
  List<RelevantAttribute> relevantAttributes();

  /** {@code condition_results} (TF 1.2–1.3 only), kept as JSON. */
  @Value.Default
  default JsonValue conditionResults() {
    return JsonValue.absent();
  }

  /** {@code checks} (TF 1.3+). */
  List<Check> checks();

  /** {@code timestamp} (TF 1.5+). */
  Optional<String> timestamp();

  /** {@code applyable} (TF 1.8+; never in OpenTofu). See {@link #isApplyable()}. */
  Optional<Boolean> applyable();

  /** {@code complete} (TF 1.8+; never in OpenTofu). */
  Optional<Boolean> complete();

  /** {@code errored} (TF 1.6+). */
  Optional<Boolean> errored();

  /** Which tool wrote the plan, with the evidence. */
  @Value.Lazy
  default Producer producer() {
    return ProducerDetector.detect(this);
  }

  /**
   * What is inconsistent in this plan but was read anyway, and which field tfdrift goes by: today,
   * resource changes whose {@code type}, {@code name}, {@code index}, {@code mode} or {@code
   * module_address} disagree with their {@code address} (the address wins). Empty for every plan
   * Terraform or OpenTofu wrote unedited.
   */
  @Value.Lazy
  default List<PlanWarning> warnings() {
    List<PlanWarning> out = new ArrayList<>();
    addressWarnings("resource_drift", resourceDrift(), out);
    addressWarnings("resource_changes", resourceChanges(), out);
    List<ResourceChange> deferred = new ArrayList<>();
    deferredChanges().forEach(d -> deferred.add(d.resourceChange()));
    addressWarnings("deferred_changes", deferred, out);
    return Collections.unmodifiableList(out);
  }

  private static void addressWarnings(String field, List<ResourceChange> changes, List<PlanWarning> out) {
    for (int i = 0; i < changes.size(); i++) {
      out.addAll(PlanWarning.ofEntry(field, i, changes.get(i)));
    }
  }

  /** True when planning failed: the listed changes are partial. */
  default boolean isErrored() {
    return errored().orElse(false);
  }

  /**
   * {@code applyable}, or where the plan does not say (OpenTofu, Terraform before 1.8): not errored
   * and some resource or output change is not a no-op.
   */
  default boolean isApplyable() {
    return applyable()
        .orElseGet(
            () ->
                !isErrored()
                    && (resourceChanges().stream().anyMatch(rc -> rc.kind() != ChangeKind.NO_OP)
                        || outputChanges().values().stream()
                            .anyMatch(c -> c.kind() != ChangeKind.NO_OP)));
  }

  /** {@code complete}, or true where the plan does not say and nothing was deferred. */
  default boolean isComplete() {
    return complete().orElseGet(() -> deferredChanges().isEmpty());
  }

  /** The major number of {@code format_version}, or -1 when it is not a version. */
  default int formatMajor() {
    String v = formatVersion();
    int dot = v.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? v : v.substring(0, dot));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The resource changes that are not no-ops. */
  default List<ResourceChange> actionableChanges() {
    List<ResourceChange> l = new ArrayList<>();
    for (ResourceChange rc : resourceChanges()) {
      if (rc.kind() != ChangeKind.NO_OP
          || rc.change().importing().isPresent()
          || rc.previousAddress().isPresent()) {
        l.add(rc);
      }
    }
    return Collections.unmodifiableList(l);
  }

  /**
   * Names of root variables the configuration declares {@code sensitive}; their values in {@link
   * #variables()} are secrets.
   */
  default Set<String> sensitiveVariableNames() {
    Set<String> names = new TreeSet<>();
    configuration()
        .flatMap(Configuration::rootModule)
        .ifPresent(
            m ->
                m.variables()
                    .forEach(
                        (k, v) -> {
                          if (v.isSensitive()) {
                            names.add(k);
                          }
                        }));
    return names;
  }

  /** A builder. */
  static ImmutablePlan.Builder builder() {
    return ImmutablePlan.builder();
  }
}
