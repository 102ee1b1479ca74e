package io.github.tfdrift.report;

import io.github.tfdrift.rules.PlanNote;
import io.github.tfdrift.core.json.PlanOutline;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.PlanWarning;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One plan of a run: the name it is reported under (a file name, {@code <stdin>}, a scenario name),
 * the file it was read from when there is one, the plan itself (for versions, configuration and
 * values), its classification, the policy file it was classified with, and notes about the plan as a
 * whole (what an apply log adds, see {@link PlanNote}). {@link #toString()} never shows plan content.
 */
public final class AnalyzedPlan {
  private final String name;
  private final Optional<Path> file;
  private final Plan plan;
  private final Report report;
  private final Optional<String> policy;
  private final Secrets secrets;
  private final List<PlanNote> notes;

  private AnalyzedPlan(
      String name, Optional<Path> file, Plan plan, Report report, Optional<String> policy, Secrets secrets, List<PlanNote> notes) {
    this.name = Objects.requireNonNull(name, "name");
    this.file = Objects.requireNonNull(file, "file");
    this.plan = Objects.requireNonNull(plan, "plan");
    this.report = Objects.requireNonNull(report, "report");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.notes = List.copyOf(notes);
  }

  /**
   * A plan with its classification. What the plan itself warns about ({@link Plan#warnings()}: a
   * hand-edited name or index that disagrees with its address) becomes a {@link PlanNote.Level#WARNING}
   * note.
   *
   * @param name how reports name the plan
   * @param file the file it was read from, if any (SARIF uses it as the artifact location)
   * @param plan the plan
   * @param report its classification
   * @param policy the policy file it was classified with, if any
   * @return the analysed plan
   */
  public static AnalyzedPlan of(String name, Optional<Path> file, Plan plan, Report report, Optional<String> policy) {
    List<PlanNote> warnings = new ArrayList<>();
    for (PlanWarning w : plan.warnings()) {
      warnings.add(PlanNote.warning(w.describe()));
    }
    return new AnalyzedPlan(name, file, plan, report, policy, Secrets.of(plan), warnings);
  }

  /**
   * A plan classified from its outline ({@link io.github.tfdrift.rules.engine.DriftEngine#classify(
   * PlanOutline, String)}): {@link #plan()} is the outline's plan (no entries of {@code
   * resource_changes} or {@code resource_drift}), while the secrets and the warnings are the whole
   * plan's, so reports redact and warn as for a plan read whole.
   *
   * @param name how reports name the plan
   * @param outline the plan's outline (its file is the SARIF artifact location)
   * @param report its classification
   * @param policy the policy file it was classified with, if any
   * @return the analysed plan
   * @throws IllegalArgumentException when the outline's secrets are {@linkplain
   *     PlanOutline#changeSecretsPending() pending}
   */
  public static AnalyzedPlan of(String name, PlanOutline outline, Report report, Optional<String> policy) {
    if (outline.changeSecretsPending()) {
      throw new IllegalArgumentException(
          "the outline's secrets lack those of its changes' values: add them with PlanOutline.withChangeSecrets first");
    }
    List<PlanNote> warnings = new ArrayList<>();
    for (PlanWarning w : outline.warnings()) {
      warnings.add(PlanNote.warning(w.describe()));
    }
    return new AnalyzedPlan(name, Optional.of(outline.file()), outline.plan(), report, policy, outline.secrets(), warnings);
  }

  /**
   * A copy with more notes, after those it has.
   *
   * @param more the notes to add
   * @return the new analysed plan
   */
  public AnalyzedPlan withNotes(List<PlanNote> more) {
    List<PlanNote> l = new ArrayList<>(notes);
    l.addAll(more);
    return new AnalyzedPlan(name, file, plan, report, policy, secrets, l);
  }

  /** The notes about the plan as a whole, in the order they were added. */
  public List<PlanNote> notes() {
    return notes;
  }

  /** True when a note is an {@link PlanNote.Level#ERROR}. */
  public boolean hasErrorNotes() {
    return notes.stream().anyMatch(n -> n.level() == PlanNote.Level.ERROR);
  }

  /** The plan's decision: the classification's, or {@link Decision#ERROR} when a note is an error. */
  public Decision decision() {
    return hasErrorNotes() ? Decision.ERROR : report.decision();
  }

  /** How reports name the plan. */
  public String name() {
    return name;
  }

  /** The file the plan was read from, if any. */
  public Optional<Path> file() {
    return file;
  }

  /** The plan. */
  public Plan plan() {
    return plan;
  }

  /** The classification. */
  public Report report() {
    return report;
  }

  /** The policy file the plan was classified with, if any. */
  public Optional<String> policy() {
    return policy;
  }

  /** The secrets of this plan. */
  public Secrets secrets() {
    return secrets;
  }

  @Override
  public String toString() {
    return "AnalyzedPlan{" + name + ": " + decision() + (notes.isEmpty() ? "" : ", " + notes.size() + " notes") + "}";
  }
}
