package io.github.tfdrift.rules.fingerprint;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * How the changes of an applied plan differ from those of the approved plan, over exactly what a
 * {@link PlanFingerprint} covers: {@link #isSame()} is true exactly when both fingerprints are equal.
 *
 * <pre>{@code
 * PlanComparison c = PlanComparison.of(approvedPlan, appliedPlan);
 * if (!c.isSame()) {
 *   c.differences().forEach(d -> System.out.println(d.describe()));
 *   // terraform_data.db: different planned values at input
 * }
 * }</pre>
 *
 * <p>Differences are listed by address (resource changes first, then outputs), at most one of each
 * {@link Difference.Kind} per address, in plain words. They name attribute paths, never values; a
 * difference inside a value marked sensitive in either plan is named by the path of that sensitive
 * value, since the keys of a sensitive map may be secret themselves; and any secret either plan holds
 * (see {@link Secrets#of(Plan)}) is masked as {@code (sensitive)} wherever it appears, in instance
 * keys and map keys too. Immutable.
 */
public final class PlanComparison {
  private final PlanFingerprint approved;
  private final PlanFingerprint applied;
  private final List<Difference> differences;

  private PlanComparison(PlanFingerprint approved, PlanFingerprint applied, List<Difference> differences) {
    this.approved = approved;
    this.applied = applied;
    this.differences = Collections.unmodifiableList(differences);
  }

  /**
   * Compares the changes of two plans.
   *
   * @param approved the plan that was reviewed and approved
   * @param applied the plan about to be (or that was) applied
   * @return the comparison
   */
  public static PlanComparison of(Plan approved, Plan applied) {
    Objects.requireNonNull(approved, "approved");
    Objects.requireNonNull(applied, "applied");
    List<CanonicalEntry> a = CanonicalEntry.of(approved);
    List<CanonicalEntry> b = CanonicalEntry.of(applied);
    Map<String, CanonicalEntry> left = byKey(a);
    Map<String, CanonicalEntry> right = byKey(b);
    List<CanonicalEntry> order = new ArrayList<>(a);
    for (CanonicalEntry e : b) {
      if (!left.containsKey(e.key())) {
        order.add(e);
      }
    }
    order.sort(java.util.Comparator.comparing((CanonicalEntry x) -> x.source).thenComparing(x -> x.id));
    List<Difference> found = new ArrayList<>();
    for (CanonicalEntry e : order) {
      CanonicalEntry x = left.get(e.key());
      CanonicalEntry y = right.get(e.key());
      if (y == null) {
        found.add(Difference.of(x, Difference.Kind.REMOVED, "removed change: " + actions(x.actions) + " is only in the approved plan", List.of()));
      } else if (x == null) {
        found.add(Difference.of(y, Difference.Kind.ADDED, "added change: " + actions(y.actions) + " is only in the applied plan", List.of()));
      } else {
        compare(x, y, found);
      }
    }
    // Instance keys, map keys and previous addresses can hold secrets: mask every secret either plan
    // knows, as the reports do.
    Secrets secrets = Secrets.of(approved).union(Secrets.of(applied));
    List<Difference> out = new ArrayList<>(found.size());
    for (Difference d : found) {
      out.add(d.redacted(secrets));
    }
    return new PlanComparison(PlanFingerprint.of(a), PlanFingerprint.of(b), out);
  }

  private static Map<String, CanonicalEntry> byKey(List<CanonicalEntry> entries) {
    Map<String, CanonicalEntry> m = new LinkedHashMap<>();
    for (CanonicalEntry e : entries) {
      m.put(e.key(), e);
    }
    return m;
  }

  private static void compare(CanonicalEntry x, CanonicalEntry y, List<Difference> out) {
    if (!x.actions.equals(y.actions)) {
      out.add(Difference.of(x, Difference.Kind.ACTIONS,
          "different actions: " + actions(x.actions) + " approved, " + actions(y.actions) + " applied", List.of()));
    }
    if (!x.actionReason.equals(y.actionReason)) {
      out.add(Difference.of(x, Difference.Kind.ACTION_REASON,
          "different action reason: " + x.actionReason.orElse("none") + " approved, " + y.actionReason.orElse("none") + " applied",
          List.of()));
    }
    if (!x.previousAddress.equals(y.previousAddress)) {
      out.add(Difference.of(x, Difference.Kind.MOVE,
          "different previous address: " + x.previousAddress.orElse("none") + " approved, " + y.previousAddress.orElse("none") + " applied",
          List.of()));
    }
    if (!x.replacePaths.equals(y.replacePaths)) {
      TreeSet<String> paths = new TreeSet<>(x.replacePaths);
      paths.addAll(y.replacePaths);
      paths.removeIf(p -> x.replacePaths.contains(p) && y.replacePaths.contains(p));
      out.add(Difference.of(x, Difference.Kind.REPLACE_PATHS,
          "different attributes forcing replacement: " + String.join(", ", paths), List.copyOf(paths)));
    }
    if (!x.importId.equals(y.importId) || !x.importUnknown.equals(y.importUnknown)) {
      String what = x.importId.isPresent() != y.importId.isPresent() || x.importUnknown.isPresent() != y.importUnknown.isPresent()
          ? (x.importId.isPresent() || x.importUnknown.isPresent() ? "an import only in the approved plan" : "an import only in the applied plan")
          : "a different import ID";
      out.add(Difference.of(x, Difference.Kind.IMPORT, "different import: " + what, List.of()));
    }
    if (!x.identity.equals(y.identity) || !x.importIdentity.equals(y.importIdentity)) {
      List<String> names = new ArrayList<>();
      identityNames(x.identity, y.identity, names);
      identityNames(x.importIdentity, y.importIdentity, names);
      out.add(Difference.of(x, Difference.Kind.IDENTITY,
          "different identity" + (names.isEmpty() ? ": only one plan has it" : " at " + String.join(", ", names)), names));
    }
    if (!x.planned.equals(y.planned)) {
      List<String> paths = new ArrayList<>();
      walk(new ArrayList<>(), x.planned, y.planned, x.afterSensitive, y.afterSensitive, paths);
      out.add(Difference.of(x, Difference.Kind.VALUES, "different planned values at " + String.join(", ", paths), paths));
    }
  }

  /** The identity attributes that differ, when both plans have an identity; none when only one has it. */
  private static void identityNames(java.util.Optional<Node> a, java.util.Optional<Node> b, List<String> out) {
    if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
      List<String> found = new ArrayList<>();
      walk(new ArrayList<>(), a.get(), b.get(), JsonValue.absent(), JsonValue.absent(), found);
      for (String p : found) {
        if (!out.contains(p)) {
          out.add(p);
        }
      }
    }
  }

  /** Collects the paths where two canonical values differ; stops at values marked sensitive. */
  private static void walk(List<PathStep> path, Node a, Node b, JsonValue sensA, JsonValue sensB, List<String> out) {
    if (a.equals(b)) {
      return;
    }
    if (CanonicalEntry.isTrue(sensA) || CanonicalEntry.isTrue(sensB)) {
      out.add(render(path) + " (sensitive)");
      return;
    }
    if (a instanceof Node.Members ma && b instanceof Node.Members mb) {
      TreeSet<String> keys = new TreeSet<>(ma.members().keySet());
      keys.addAll(mb.members().keySet());
      for (String k : keys) {
        path.add(path.isEmpty() ? PathStep.attribute(k) : PathStep.ofName(k));
        walk(path, ma.members().getOrDefault(k, Node.MISSING), mb.members().getOrDefault(k, Node.MISSING), sensA.get(k), sensB.get(k), out);
        path.remove(path.size() - 1);
      }
      return;
    }
    if (a instanceof Node.Seq sa && b instanceof Node.Seq sb) {
      int n = Math.max(sa.elements().size(), sb.elements().size());
      for (int i = 0; i < n; i++) {
        path.add(PathStep.index(i));
        Node ea = i < sa.elements().size() ? sa.elements().get(i) : Node.MISSING;
        Node eb = i < sb.elements().size() ? sb.elements().get(i) : Node.MISSING;
        walk(path, ea, eb, sensA.get(i), sensB.get(i), out);
        path.remove(path.size() - 1);
      }
      return;
    }
    out.add(render(path));
  }

  private static String render(List<PathStep> path) {
    return path.isEmpty() ? "(root)" : AttributePath.of(List.copyOf(path)).render();
  }

  private static String actions(List<String> actions) {
    return "[" + String.join(", ", actions) + "]";
  }

  /** True when both plans make the same changes: no differences, equal fingerprints. */
  public boolean isSame() {
    return differences.isEmpty();
  }

  /** The differences, by address; empty when the plans make the same changes. Unmodifiable. */
  public List<Difference> differences() {
    return differences;
  }

  /** The fingerprint of the approved plan. */
  public PlanFingerprint approved() {
    return approved;
  }

  /** The fingerprint of the applied plan. */
  public PlanFingerprint applied() {
    return applied;
  }

  /** {@code PlanComparison[same changes]} or the number of differences; never a value. */
  @Override
  public String toString() {
    return "PlanComparison[" + (isSame() ? "same changes" : differences.size() + (differences.size() == 1 ? " difference" : " differences")) + "]";
  }

  /**
   * One way an address's change differs between the approved and the applied plan. Holds no value of
   * either plan: only addresses, actions, action reasons and attribute paths.
   *
   * @param address the address ({@code output.NAME} for an output), with {@code (deposed object KEY)}
   *     for a deposed object
   * @param kind what differs
   * @param description the difference in plain words, without the address
   * @param paths the attribute paths concerned ({@link Kind#VALUES}, {@link Kind#REPLACE_PATHS}); a
   *     path inside a sensitive value is that value's path followed by {@code (sensitive)}
   */
  public record Difference(String address, Kind kind, String description, List<String> paths) {
    /** What differs at an address. */
    public enum Kind {
      /** The applied plan changes an address the approved plan does not. */
      ADDED,
      /** The approved plan changes an address the applied plan does not. */
      REMOVED,
      /** Both change the address, with other actions. */
      ACTIONS,
      /** Both change the address, for another reason ({@code action_reason}). */
      ACTION_REASON,
      /** The object moves from another address in one plan only, or from different ones. */
      MOVE,
      /** Other attributes force the replacement ({@code replace_paths}). */
      REPLACE_PATHS,
      /** One plan imports the object and the other does not, or with another import ID. */
      IMPORT,
      /**
       * The planned identity ({@code after_identity} or {@code importing.identity}, Terraform 1.12+)
       * differs at some attributes, or only one plan has one.
       */
      IDENTITY,
      /** The planned values ({@code after}, with unknowns) differ at some paths. */
      VALUES
    }

    /** Validates the parts. */
    public Difference {
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(description, "description");
      paths = List.copyOf(paths);
    }

    static Difference of(CanonicalEntry e, Kind kind, String description, List<String> paths) {
      return new Difference(e.display(), kind, description, paths);
    }

    Difference redacted(Secrets secrets) {
      List<String> p = new ArrayList<>(paths.size());
      for (String s : paths) {
        p.add(secrets.redact(s));
      }
      return new Difference(secrets.redact(address), kind, secrets.redact(description), p);
    }

    /** One line: {@code ADDRESS: DESCRIPTION}. */
    public String describe() {
      return address + ": " + description;
    }
  }
}
