package io.github.tfdrift.report;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One cause: the same change (same verdict, same resource type, same changed attribute paths) found
 * on several resource instances of a run, in one plan or across many. A platform team running {@code
 * drift analyze} over a directory of workspace plans sees a tag rewritten by some automation on 40
 * buckets as one cause, not 40 entries.
 *
 * <p>Entries are grouped by verdict, type and the <em>set</em> of their paths in Terraform notation,
 * with list indexes written {@code [*]} so that {@code tags[0]} and {@code tags[1]} group (map keys
 * are kept: {@code tags.ManagedBy} and {@code tags.Owner} are different causes). An entry counts when
 * it has drift ({@code resource_drift}: an object deleted outside Terraform counts, with no paths) or
 * changed paths; NO_CHANGE entries and planned changes without paths (a create, a delete) never
 * count, and a cause needs at least two entries. Holds paths and addresses only, never values.
 * Immutable.
 */
public final class DriftCause {
  /** How many addresses a cause keeps: the first ones, in run order. */
  public static final int MAX_ADDRESSES = 5;

  /** Causes needing this many entries or more are reported. */
  public static final int MIN_ENTRIES = 2;

  /** Most severe verdict first, then more entries first, then by type and paths. */
  public static final Comparator<DriftCause> ORDER =
      Comparator.comparingInt((DriftCause c) -> -c.verdict().rank())
          .thenComparing(Comparator.comparingInt(DriftCause::count).reversed())
          .thenComparing(DriftCause::type)
          .thenComparing(c -> String.join("\n", c.paths()));

  private final Verdict verdict;
  private final String type;
  private final List<String> paths;
  private final int count;
  private final int planCount;
  private final List<String> addresses;
  private final int addressCount;

  private DriftCause(Verdict verdict, String type, List<String> paths, int count, int planCount, List<String> addresses, int addressCount) {
    this.verdict = verdict;
    this.type = type;
    this.paths = List.copyOf(paths);
    this.count = count;
    this.planCount = planCount;
    this.addresses = List.copyOf(addresses);
    this.addressCount = addressCount;
  }

  /**
   * The causes of a run, counted plan by plan: only the group keys, counts and addresses are held,
   * never the plans, so a run can report causes over plans it does not keep. Not thread-safe.
   */
  static final class Tally {
    /** What groups entries into a cause: verdict, type and generalised paths. */
    record Key(Verdict verdict, String type, List<String> paths) {}

    private static final class Group {
      int count;
      int planCount;
      int lastPlan = -1;
      final Set<String> addresses = new LinkedHashSet<>();
    }

    private final Map<Key, Group> groups = new LinkedHashMap<>();
    private int plans;

    /** The cause an entry counts for, or null when it counts for none (no drift, no paths, no change). */
    static Key key(ClassifiedEntry e) {
      if (e.verdict() == Verdict.NO_CHANGE || (e.paths().isEmpty() && e.drift().isEmpty())) {
        return null;
      }
      Set<String> ps = new TreeSet<>();
      for (AttributePath a : e.paths()) {
        ps.add(generalise(a));
      }
      return new Key(e.verdict(), e.type(), List.copyOf(ps));
    }

    /** Counts the entries of one more plan. */
    void add(AnalyzedPlan p) {
      int index = plans++;
      for (ClassifiedEntry e : p.report().entries()) {
        count(index, key(e), e.address());
      }
    }

    /** Counts the entries of one more plan, written to a spool: their keys and addresses, in address order. */
    void add(EntrySpool spool) {
      int index = plans++;
      spool.causes((key, address) -> count(index, key, address));
    }

    private void count(int plan, Key key, String address) {
      if (key == null) {
        return;
      }
      Group g = groups.computeIfAbsent(key, k -> new Group());
      g.count++;
      if (g.lastPlan != plan) {
        g.lastPlan = plan;
        g.planCount++;
      }
      g.addresses.add(address);
    }

    /** The causes of the plans counted so far, in {@link #ORDER}. */
    List<DriftCause> causes() {
      List<DriftCause> causes = new ArrayList<>();
      groups.forEach((k, g) -> {
        if (g.count >= MIN_ENTRIES) {
          List<String> first = g.addresses.stream().limit(MAX_ADDRESSES).toList();
          causes.add(new DriftCause(k.verdict(), k.type(), k.paths(), g.count, g.planCount, first, g.addresses.size()));
        }
      });
      causes.sort(ORDER);
      return List.copyOf(causes);
    }
  }

  /**
   * A path as causes group it: list indexes written {@code [*]}, map keys and attribute names kept, in
   * Terraform notation ({@code tags[*]}, {@code tags["Owner"]}).
   *
   * @param path the changed path
   * @return the path, generalised
   */
  public static String generalise(AttributePath path) {
    if (path.isAll()) {
      return path.render();
    }
    StringBuilder b = new StringBuilder();
    for (PathStep s : path.steps()) {
      if (s instanceof PathStep.Index) {
        b.append("[*]");
      } else {
        // One step rendered as AttributePath renders it: .name, or ["key"].
        String one = AttributePath.of(s).render();
        if (b.length() > 0 && !one.startsWith("[")) {
          b.append('.');
        }
        b.append(one);
      }
    }
    return b.toString();
  }

  /** The verdict of every entry of the cause. */
  public Verdict verdict() {
    return verdict;
  }

  /** The resource type of every entry of the cause. */
  public String type() {
    return type;
  }

  /**
   * The changed paths, generalised (see {@link #generalise}), sorted, without duplicates; empty for
   * drift without paths (an object deleted outside Terraform).
   */
  public List<String> paths() {
    return paths;
  }

  /** How many entries (resource instance objects) the cause covers, over all plans. */
  public int count() {
    return count;
  }

  /** How many plans have at least one entry of the cause. */
  public int planCount() {
    return planCount;
  }

  /**
   * The first {@link #MAX_ADDRESSES} distinct addresses of the cause, in run order (plan order, then
   * address order). The same address in several plans (one module in many workspaces) is listed once.
   */
  public List<String> addresses() {
    return addresses;
  }

  /** How many distinct addresses the cause covers; more than {@link #addresses()} holds when cut. */
  public int addressCount() {
    return addressCount;
  }

  /** How many distinct addresses {@link #addresses()} leaves out. */
  public int moreAddresses() {
    return addressCount - addresses.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DriftCause c
        && verdict == c.verdict
        && type.equals(c.type)
        && paths.equals(c.paths)
        && count == c.count
        && planCount == c.planCount
        && addresses.equals(c.addresses)
        && addressCount == c.addressCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(verdict, type, paths, count, planCount, addresses, addressCount);
  }

  /**
   * Verdict, type and counts. Not the paths: a map key can be a secret, and only the report writers,
   * which redact, print them.
   */
  @Override
  public String toString() {
    return "DriftCause{" + verdict + " " + type + ", " + paths.size() + " paths: " + count + " entries in " + planCount + " plans}";
  }
}
