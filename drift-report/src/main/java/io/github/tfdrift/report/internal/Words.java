package io.github.tfdrift.report.internal;

import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Wording and ordering shared by the writers. */
public final class Words {
  /** Destructive first, then actionable, then quiet; by address within a verdict. */
  public static final Comparator<ClassifiedEntry> SEVERITY_ORDER =
      Comparator.comparingInt((ClassifiedEntry e) -> -e.verdict().rank())
          .thenComparing(ClassifiedEntry::id);

  private Words() {}

  /** {@code no_changes}, {@code actionable}, {@code destructive}, {@code error}. */
  public static String id(Decision d) {
    return d.name().toLowerCase(Locale.ROOT);
  }

  /** An enum constant as a lower-case id. */
  public static String id(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** What a decision means, in a few words. */
  public static String phrase(Decision d) {
    switch (d) {
      case NO_CHANGES:
        return "nothing to do";
      case ACTIONABLE:
        return "changes to act on";
      case DESTRUCTIVE:
        return "destructive changes, STOP and investigate";
      default:
        return "error";
    }
  }

  /** The tool's name as people write it: {@code OpenTofu}, {@code Terraform}. */
  public static String toolName(Producer.Tool t) {
    return t == Producer.Tool.OPENTOFU ? "OpenTofu" : "Terraform";
  }

  /** "1 recreate, 2 update, 5 no change": verdicts with a count, most severe first. */
  public static String counts(Map<Verdict, Integer> counts) {
    List<String> parts = new ArrayList<>();
    Verdict[] all = Verdict.values();
    for (int i = all.length - 1; i >= 0; i--) {
      int n = counts.getOrDefault(all[i], 0);
      if (n > 0) {
        parts.add(n + " " + label(all[i]));
      }
    }
    return parts.isEmpty() ? "no resource changes" : String.join(", ", parts);
  }

  /** A verdict in lower case with spaces: {@code no change}. */
  public static String label(Verdict v) {
    return v.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The address, with the deposed key when there is one. */
  public static String address(ClassifiedEntry e) {
    return e.address() + e.deposed().map(d -> " (deposed object " + d + ")").orElse("");
  }

  /**
   * When an expectation expires, seen from the evaluation date: {@code today}, {@code in 1 day},
   * {@code in N days}.
   */
  public static String expiresIn(long days) {
    return days == 0 ? "today" : "in " + count(days, "day", "days");
  }

  /** n and a noun in singular or plural. */
  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
