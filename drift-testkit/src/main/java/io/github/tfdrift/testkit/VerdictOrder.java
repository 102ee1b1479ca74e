package io.github.tfdrift.testkit;

import io.github.tfdrift.rules.Verdict;
import java.util.ArrayList;
import java.util.List;

/** The verdicts above or below one in precedence ({@link Verdict#rank()}), named for messages. */
final class VerdictOrder {
  private VerdictOrder() {}

  /** {@code REPLACE, RECREATE or DELETE}: the verdicts at least as high as {@code floor}. */
  static String atLeast(Verdict floor) {
    List<String> names = new ArrayList<>();
    for (Verdict v : Verdict.values()) {
      if (v.rank() >= floor.rank()) {
        names.add(v.name());
      }
    }
    return or(names);
  }

  /** {@code NO_CHANGE, IGNORED or COSMETIC}: the verdicts at most as high as {@code ceiling}. */
  static String atMost(Verdict ceiling) {
    List<String> names = new ArrayList<>();
    for (Verdict v : Verdict.values()) {
      if (v.rank() <= ceiling.rank()) {
        names.add(v.name());
      }
    }
    return or(names);
  }

  private static String or(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }
}
