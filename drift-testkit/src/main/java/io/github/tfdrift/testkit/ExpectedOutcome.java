package io.github.tfdrift.testkit;

import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Report;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A fixture's {@code expected.json}, parsed: the exit code of the drift check ({@code 0} nothing
 * actionable, {@code 2} actionable, {@code 3} destructive) and one {@link ExpectedEntry} per resource
 * address.
 *
 * @param exitCode the expected exit code
 * @param entries the expected entries by address, sorted
 * @param json the raw text of {@code expected.json}
 */
public record ExpectedOutcome(int exitCode, Map<String, ExpectedEntry> entries, String json) {
  /** Validates and copies the parts. */
  public ExpectedOutcome {
    entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    Objects.requireNonNull(json, "json");
  }

  /** The entry for an address. */
  public Optional<ExpectedEntry> entry(String address) {
    return Optional.ofNullable(entries.get(address));
  }

  /**
   * Everything in which {@code report} differs from this outcome, one line each in the report's
   * words: the exit code, and per address a missing entry, a different verdict or procedure,
   * different paths, or an entry this outcome does not list. Entries are keyed by address (a deposed
   * object as {@code ADDRESS (deposed KEY)}); paths compare in any order. Empty when they agree.
   */
  public List<String> differencesFrom(Report report) {
    Objects.requireNonNull(report, "report");
    List<String> out = new ArrayList<>();
    if (report.exitCode() != exitCode) {
      out.add("exit code: expected " + exitCode + ", but the report's is " + report.exitCode() + " (" + report.decision() + verdicts(report) + ")");
    }
    Map<String, ClassifiedEntry> actual = new TreeMap<>();
    report.entries().forEach(e -> actual.put(e.id().toString(), e));
    for (Map.Entry<String, ExpectedEntry> x : entries.entrySet()) {
      String address = x.getKey();
      ExpectedEntry want = x.getValue();
      ClassifiedEntry got = actual.get(address);
      String wanted = want.verdict() + " / " + want.procedure();
      if (got == null) {
        out.add(address + ": expected " + wanted + ", but the report has no entry for it");
        continue;
      }
      String gotText = got.verdict() + " / " + got.procedure().label();
      if (!wanted.equals(gotText)) {
        out.add(address + ": expected " + wanted + ", but it is " + ClassifiedEntryAssert.decision(got));
      }
      List<String> wantPaths = new ArrayList<>(want.paths());
      List<String> gotPaths = new ArrayList<>(got.renderedPaths());
      wantPaths.sort(null);
      gotPaths.sort(null);
      if (!wantPaths.equals(gotPaths)) {
        out.add(address + ": expected paths " + want.paths() + ", but the entry's paths are " + got.renderedPaths());
      }
    }
    for (Map.Entry<String, ClassifiedEntry> a : actual.entrySet()) {
      if (!entries.containsKey(a.getKey())) {
        ClassifiedEntry e = a.getValue();
        out.add(a.getKey() + ": classified " + e.verdict() + " / " + e.procedure().label() + ", but the expected outcome does not list it");
      }
    }
    return out;
  }

  private static String verdicts(Report r) {
    StringBuilder b = new StringBuilder();
    r.countsByVerdict().forEach((v, n) -> {
      if (n > 0) {
        b.append(b.length() == 0 ? "; " : ", ").append(n).append(' ').append(v);
      }
    });
    if (!r.ruleErrors().isEmpty()) {
      b.append("; ").append(r.ruleErrors().size()).append(" rule errors");
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "ExpectedOutcome[exitCode=" + exitCode + ", " + entries.size() + " entries]";
  }
}
