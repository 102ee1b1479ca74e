package io.github.tfdrift.report.internal;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.diff.AttributeDiff;
import io.github.tfdrift.core.diff.AttributeDifference;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.report.text.SafeText;
import io.github.tfdrift.rules.ClassifiedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values behind an entry's paths, safe to print: drift first (the value in state and the value
 * found outside), otherwise the planned change (before and after).
 */
public final class EntryValues {
  /** At most this many values per entry. */
  public static final int MAX = 6;

  /**
   * One shown value.
   *
   * @param path the attribute path (steps below a sensitive mark hidden)
   * @param before the value before, displayed
   * @param after the value after, displayed
   * @param outside true when the change happened outside Terraform (drift)
   * @param sensitive true when the value is marked sensitive
   * @param unknownAfter true when the value after is known only after apply
   */
  public record Shown(String path, String before, String after, boolean outside, boolean sensitive, boolean unknownAfter) {}

  private EntryValues() {}

  /** Up to {@link #MAX} values (the total count is {@link #count}). */
  public static List<Shown> of(ClassifiedEntry e, SafeText safe) {
    List<Shown> all = all(e, safe);
    return all.size() <= MAX ? all : all.subList(0, MAX);
  }

  /** How many values the entry's paths cover. */
  public static int count(ClassifiedEntry e, SafeText safe) {
    return all(e, safe).size();
  }

  private static List<Shown> all(ClassifiedEntry e, SafeText safe) {
    List<Shown> out = new ArrayList<>();
    if (e.paths().isEmpty()) {
      return out;
    }
    List<AttributePath> covered = new ArrayList<>();
    add(e, e.drift(), true, safe, out, covered);
    add(e, e.planned(), false, safe, out, covered);
    return out;
  }

  private static void add(
      ClassifiedEntry e, Optional<ResourceChange> rc, boolean outside, SafeText safe, List<Shown> out, List<AttributePath> covered) {
    if (rc.isEmpty()) {
      return;
    }
    AttributeDiff diff;
    try {
      diff = AttributeDiff.of(rc.get().change());
    } catch (RuntimeException ex) {
      return;
    }
    for (AttributeDifference d : diff) {
      boolean wanted = false;
      for (AttributePath p : e.paths()) {
        if (p.covers(d.path()) || d.path().covers(p)) {
          wanted = true;
          break;
        }
      }
      if (!wanted || covered.stream().anyMatch(c -> c.covers(d.path()))) {
        continue;
      }
      covered.add(d.path());
      out.add(
          new Shown(
              d.displayPath(),
              safe.value(d.before(), d.sensitive(), false),
              safe.value(d.after(), d.sensitive(), d.unknownAfter()),
              outside,
              d.sensitive(),
              d.unknownAfter()));
    }
  }
}
