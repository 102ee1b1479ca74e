package io.github.tfdrift.rules.spi;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.json.PlanOutline;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.SuggestedMove;
import io.github.tfdrift.rules.rename.RenameMatcher;
import io.github.tfdrift.rules.normalize.NormalizerRegistry;
import io.github.tfdrift.rules.policy.AcceptRule;
import io.github.tfdrift.rules.policy.IgnoreRule;
import io.github.tfdrift.rules.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The read-only, plan-wide view a rule gets besides its entry: the plan, the policy, the evaluation
 * date (rules never read the clock), the normalisers, the evidence from outside the plan ({@link
 * ExistingObjects}: objects a failed apply showed already exist), lookups by instance, and the helpers
 * that show values safely. Built once per classification.
 */
public final class PlanContext {
  /** Values longer than this are cut in reasons. */
  public static final int MAX_VALUE_CHARS = 40;

  private static final String HIDDEN = "(sensitive)";

  private final Plan plan;
  private final Policy policy;
  private final LocalDate today;
  private final NormalizerRegistry normalizers;
  private Map<InstanceId, ResourceChange> planned;
  private Map<InstanceId, ResourceChange> drift;
  private Map<InstanceId, SuggestedMove> moves;
  private final Map<String, List<AttributePath>> relevant;
  private volatile Secrets secrets; // every secret of the plan, collected on first use
  private final Producer.Tool tool;
  private final ExistingObjects existing;

  private PlanContext(Plan plan, Policy policy, LocalDate today, NormalizerRegistry normalizers, ExistingObjects existing) {
    this(plan, policy, today, normalizers, existing, null);
  }

  private PlanContext(
      Plan plan, Policy policy, LocalDate today, NormalizerRegistry normalizers, ExistingObjects existing, PlanOutline outline) {
    this.plan = plan;
    this.existing = existing;
    this.policy = policy;
    this.today = today;
    this.normalizers = normalizers;
    Map<String, List<AttributePath>> r = new HashMap<>();
    plan.relevantAttributes()
        .forEach(a -> r.computeIfAbsent(a.resource(), k -> new ArrayList<>()).add(a.attribute()));
    this.relevant = r;
    Producer.Tool t;
    try {
      t = (outline != null ? outline.producer() : plan.producer()).tool();
    } catch (RuntimeException e) {
      t = Producer.Tool.UNKNOWN;
    }
    this.tool = t;
    if (outline != null) {
      this.secrets = outline.secrets();
    }
  }

  /** A context for a plan, a policy and an evaluation date, without evidence from outside the plan. */
  public static PlanContext of(Plan plan, Policy policy, LocalDate today, NormalizerRegistry normalizers) {
    return of(plan, policy, today, normalizers, ExistingObjects.none());
  }

  /**
   * A context for a plan, a policy, an evaluation date and evidence from outside the plan.
   *
   * @param plan the plan
   * @param policy the policy
   * @param today the evaluation date
   * @param normalizers the normalisers
   * @param existing the objects known to exist outside the state (from a failed apply's log)
   * @return the context
   */
  public static PlanContext of(Plan plan, Policy policy, LocalDate today, NormalizerRegistry normalizers, ExistingObjects existing) {
    return new PlanContext(
        Objects.requireNonNull(plan, "plan"),
        Objects.requireNonNull(policy, "policy"),
        Objects.requireNonNull(today, "today"),
        Objects.requireNonNull(normalizers, "normalizers"),
        Objects.requireNonNull(existing, "existing"));
  }

  /**
   * A context for a plan classified from its outline, one entry at a time ({@link
   * io.github.tfdrift.rules.engine.DriftEngine#classify(PlanOutline, String)}): {@link #plan()} is the
   * outline's plan, which has no entries of {@code resource_changes} or {@code resource_drift} (so
   * {@link #planned} and {@link #drift} find nothing); the secrets and the tool are the whole plan's;
   * the suggested moves were found beforehand over the whole plan's deletes and creates.
   *
   * @param outline the plan's outline
   * @param policy the policy
   * @param today the evaluation date
   * @param normalizers the normalisers
   * @param existing the objects known to exist outside the state
   * @param moves the suggested moves of the whole plan, by instance ({@link RenameMatcher})
   * @return the context
   */
  public static PlanContext of(
      PlanOutline outline,
      Policy policy,
      LocalDate today,
      NormalizerRegistry normalizers,
      ExistingObjects existing,
      Map<InstanceId, SuggestedMove> moves) {
    PlanContext c =
        new PlanContext(
            Objects.requireNonNull(outline, "outline").plan(),
            Objects.requireNonNull(policy, "policy"),
            Objects.requireNonNull(today, "today"),
            Objects.requireNonNull(normalizers, "normalizers"),
            Objects.requireNonNull(existing, "existing"),
            outline);
    c.moves = Map.copyOf(Objects.requireNonNull(moves, "moves"));
    return c;
  }

  private static Map<InstanceId, ResourceChange> index(List<ResourceChange> l) {
    Map<InstanceId, ResourceChange> m = new HashMap<>(l.size() * 2);
    for (ResourceChange rc : l) {
      m.putIfAbsent(rc.id(), rc);
    }
    return m;
  }


  /** The plan (read-only). */
  public Plan plan() {
    return plan;
  }

  /** The policy. */
  public Policy policy() {
    return policy;
  }

  /** The evaluation date: expiry of expectations is judged against it. */
  public LocalDate today() {
    return today;
  }

  /** The tool that wrote the plan ({@link Producer.Tool#UNKNOWN} when it cannot be told). */
  public Producer.Tool tool() {
    return tool;
  }

  /**
   * The tool's name as people write it, for reasons: {@code OpenTofu} for an OpenTofu plan, {@code
   * Terraform} otherwise (also when the producer cannot be told): "changed outside OpenTofu".
   */
  public String toolName() {
    return tool == Producer.Tool.OPENTOFU ? "OpenTofu" : "Terraform";
  }

  /**
   * The command people run, for reasons that name one: {@code tofu} for an OpenTofu plan, {@code
   * terraform} otherwise ("run 'tofu apply'").
   */
  public String toolCommand() {
    return tool.command();
  }

  /** The objects known to exist outside the state, from evidence besides the plan; usually none. */
  public ExistingObjects existingObjects() {
    return existing;
  }

  /**
   * The evidence that the object at an address already exists outside the state (an "already exists"
   * error of a failed apply), if the engine was given any.
   *
   * @param address the resource instance address
   * @return the evidence, if any
   */
  public Optional<ExistingObject> existingObject(String address) {
    return existing.find(address);
  }

  /** The normalisers. */
  public NormalizerRegistry normalizers() {
    return normalizers;
  }

  /** The {@code resource_changes} entry of an instance. */
  public Optional<ResourceChange> planned(InstanceId id) {
    synchronized (this) {
      if (planned == null) {
        planned = index(plan.resourceChanges());
      }
      return Optional.ofNullable(planned.get(id));
    }
  }

  /** The {@code resource_drift} entry of an instance. */
  public Optional<ResourceChange> drift(InstanceId id) {
    synchronized (this) {
      if (drift == null) {
        drift = index(plan.resourceDrift());
      }
      return Optional.ofNullable(drift.get(id));
    }
  }

  /**
   * The {@code moved {}} block suggested for a planned delete or create that looks like one half of a
   * rename: a delete whose configuration is gone and a create of the same type and provider whose known
   * attributes all equal the deleted object's (under the normalisers), one-to-one. Ambiguous candidates
   * get none. Computed once per plan, on first use; the rule {@code rename} documents the matching.
   *
   * @param id the instance object
   * @return the suggestion, under the delete's id and under the create's id
   */
  public Optional<SuggestedMove> suggestedMove(InstanceId id) {
    synchronized (this) {
      if (moves == null) {
        try {
          moves = RenameMatcher.match(plan, normalizers);
        } catch (RuntimeException | StackOverflowError e) {
          moves = Map.of(); // reported once, as the calling rule's error
          throw e;
        }
      }
      return Optional.ofNullable(moves.get(id));
    }
  }

  /** The {@code relevant_attributes} of an address. */
  public List<AttributePath> relevantAttributes(String address) {
    return relevant.getOrDefault(address, List.of());
  }

  /** True when the plan lists {@code relevant_attributes} at all (Terraform 1.2+). */
  public boolean hasRelevantAttributes() {
    return !plan.relevantAttributes().isEmpty();
  }

  /**
   * The policy's ignore entry covering {@code path} of this resource, if any: {@link
   * Policy#ignoresFor}, the same matching that puts changes in {@link PathCategory#IGNORED}.
   */
  public Optional<IgnoreRule> ignoredBy(String type, String address, AttributePath path) {
    return policy.ignoresFor(type, address).ruleCovering(path);
  }

  /** True when the policy's {@code accept} list covers drift of every one of {@code paths}. */
  public boolean accepts(String type, String address, Collection<AttributePath> paths) {
    if (paths.isEmpty() || policy.accept().isEmpty()) {
      return false;
    }
    for (AttributePath p : paths) {
      boolean any = false;
      for (AcceptRule a : policy.accept()) {
        if (a.accepts(type, address, p)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code text} is, or contains, a sensitive value of the plan: a sensitive variable, a
   * sensitive output, or any value a sensitivity mirror marks (see {@link Secrets#of}); values shorter
   * than {@value Secrets#MIN_SEARCH_LENGTH} characters count only when {@code text} is exactly one.
   */
  public boolean isSecret(String text) {
    return secrets().containsSecret(text);
  }

  private Secrets secrets() {
    Secrets known = secrets;
    if (known == null) {
      known = Secrets.of(plan);
      secrets = known;
    }
    return known;
  }

  /**
   * A value as a reason may show it: {@code (sensitive)} when marked sensitive or equal to a sensitive
   * value of the plan (a variable, an output, any marked value), strings quoted with every sensitive
   * value inside them masked and cut to {@value #MAX_VALUE_CHARS} characters, {@code (known after
   * apply)} when unknown, collections by size only.
   */
  public String display(JsonValue value, boolean sensitive) {
    if (sensitive) {
      return HIDDEN;
    }
    if (value instanceof JsonValue.Str s) {
      String t = secrets().redactHead(s.value(), MAX_VALUE_CHARS); // only the start is shown
      if (t.equals(Secrets.MASK)) {
        return HIDDEN;
      }
      String shown = t.length() > MAX_VALUE_CHARS ? t.substring(0, MAX_VALUE_CHARS) + "…" : t;
      return "\"" + shown.replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }
    if (value instanceof JsonValue.Num n) {
      return isSecret(n.literal()) ? HIDDEN : n.literal();
    }
    if (value instanceof JsonValue.Bool b) {
      return Boolean.toString(b.value());
    }
    if (value.isNull()) {
      return "null";
    }
    if (value.isAbsent()) {
      return "(none)";
    }
    if (value instanceof JsonValue.Arr a) {
      return "(list of " + a.size() + ")";
    }
    if (value instanceof JsonValue.Obj o) {
      return "(object of " + o.size() + " keys)";
    }
    return "(value)";
  }

  /** A change's transition for a reason: {@code 8192 → 10240}, safely displayed. */
  public String transition(PathChange c) {
    String after = c.unknown() ? "(known after apply)" : display(c.after(), c.sensitive());
    return display(c.before(), c.sensitive()) + " → " + after;
  }

  @Override
  public String toString() {
    return "PlanContext{" + plan.resourceChanges().size() + " changes, " + plan.resourceDrift().size() + " drift, today=" + today + "}";
  }
}
