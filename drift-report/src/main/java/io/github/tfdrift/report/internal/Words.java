package io.github.tfdrift.report.internal;

import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Wording and ordering shared by the writers. */
public final class Words {
  /**
   * Destructive (and escalated) first, then actionable, then quiet; by verdict rank, then address
   * within a tier.
   */
  public static final Comparator<ClassifiedEntry> SEVERITY_ORDER =
      Comparator.comparingInt((ClassifiedEntry e) -> -e.decision().exitCode())
          .thenComparingInt((ClassifiedEntry e) -> -e.verdict().rank())
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

  /**
   * For an entry a rule suppressed: {@code Suppressed by rule lastscanned-is-cosmetic (UPDATE without
   * it): <reason>}.
   */
  public static Optional<String> suppressed(ClassifiedEntry e) {
    return e.suppression().map(f -> "Suppressed by rule " + f.ruleId()
        + e.suppressedVerdict().map(v -> " (" + v.name() + " without it)").orElse("") + ": " + f.reason());
  }

  /**
   * For an entry a rule escalated: {@code STOP: escalated by rule s3-acl-public (the verdict stays
   * UPDATE): <reason>}.
   */
  public static Optional<String> escalated(ClassifiedEntry e) {
    if (!e.isEscalated()) {
      return Optional.empty();
    }
    Finding f = e.escalation().get();
    return Optional.of("STOP: escalated by rule " + f.ruleId() + " (the verdict stays " + e.verdict().name() + "): " + f.reason());
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
