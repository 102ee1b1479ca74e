package io.github.tfdrift.analysis;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.report.DriftCause;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The causes of a run ({@link DriftCause}'s grouping: same verdict, type and generalised paths, at
 * least {@link DriftCause#MIN_ENTRIES} entries), kept one plan at a time: only the group keys, counts
 * and addresses are held, never the plans. Not thread-safe.
 */
final class CauseTally {
  private record Key(Verdict verdict, String type, List<String> paths) {}

  private static final class Group {
    int count;
    int planCount;
    int lastPlan = -1;
    final Set<String> addresses = new LinkedHashSet<>();
  }

  private final Map<Key, Group> groups = new LinkedHashMap<>();
  private int plans;

  /** An empty tally. */
  CauseTally() {}

  /** Adds the entries of the next plan of the run. */
  void add(Report report) {
    int index = plans++;
    for (ClassifiedEntry e : report.entries()) {
      if (e.verdict() == Verdict.NO_CHANGE || (e.paths().isEmpty() && e.drift().isEmpty())) {
        continue;
      }
      Set<String> ps = new TreeSet<>();
      for (AttributePath a : e.paths()) {
        ps.add(DriftCause.generalise(a));
      }
      Group g = groups.computeIfAbsent(new Key(e.verdict(), e.type(), List.copyOf(ps)), k -> new Group());
      g.count++;
      if (g.lastPlan != index) {
        g.lastPlan = index;
        g.planCount++;
      }
      g.addresses.add(e.address());
    }
  }

  /** The causes so far, in {@link RunSummary.Cause#ORDER}. */
  List<RunSummary.Cause> causes() {
    List<RunSummary.Cause> out = new ArrayList<>();
    groups.forEach((k, g) -> {
      if (g.count >= DriftCause.MIN_ENTRIES) {
        List<String> first = g.addresses.stream().limit(DriftCause.MAX_ADDRESSES).toList();
        out.add(new RunSummary.Cause(k.verdict(), k.type(), k.paths(), g.count, g.planCount, first, g.addresses.size()));
      }
    });
    out.sort(RunSummary.Cause.ORDER);
    return List.copyOf(out);
  }
}
