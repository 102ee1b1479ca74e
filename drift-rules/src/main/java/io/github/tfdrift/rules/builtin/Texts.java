package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.rules.spi.Deferral;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Sentence helpers shared by the built-in rules. */
final class Texts {
  static final int MAX_LISTED = 4;

  private Texts() {}

  /** "a", "a and b", "a, b and c", "a, b, c, d and 3 more". */
  static String join(List<String> items) {
    int n = items.size();
    if (n == 0) {
      return "";
    }
    if (n == 1) {
      return items.get(0);
    }
    if (n > MAX_LISTED) {
      return String.join(", ", items.subList(0, MAX_LISTED)) + " and " + (n - MAX_LISTED) + " more";
    }
    return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
  }

  static String paths(Collection<AttributePath> paths) {
    List<String> l = new ArrayList<>();
    for (AttributePath p : paths) {
      l.add(p.render());
    }
    return join(l);
  }

  static List<AttributePath> pathsOf(Collection<PathChange> changes) {
    Set<AttributePath> s = new LinkedHashSet<>();
    for (PathChange c : changes) {
      s.add(c.path());
    }
    return new ArrayList<>(s);
  }

  /** "memory[0].dedicated (8192 → 10240)" per change, joined. */
  static String withTransitions(List<PathChange> changes, PlanContext ctx) {
    int n = changes.size();
    if (n > MAX_LISTED) { // only the listed ones are rendered; the rest are counted
      List<String> l = new ArrayList<>(MAX_LISTED);
      for (PathChange c : changes.subList(0, MAX_LISTED)) {
        l.add(c.path().render() + " (" + ctx.transition(c) + ")");
      }
      return String.join(", ", l) + " and " + (n - MAX_LISTED) + " more";
    }
    List<String> l = new ArrayList<>(n);
    for (PathChange c : changes) {
      l.add(c.path().render() + " (" + ctx.transition(c) + ")");
    }
    return join(l);
  }

  static String verb(int n, String one, String many) {
    return n == 1 ? one : many;
  }

  /** The action words of a change: {@code delete, create}. */
  static String actions(ResourceChange rc) {
    List<String> l = new ArrayList<>();
    for (Action a : rc.change().actions()) {
      l.add(a.text());
    }
    return String.join(", ", l);
  }

  /** "will be" for a planned change, "would be" for a deferred one. */
  static String will(EntryFacts e) {
    return e.isDeferred() ? "would be" : "will be";
  }

  /**
   * For a deferred change: "; the change is deferred until its provider's configuration is known
   * (deferral reason provider_config_unknown), so this plan does not make it yet"; empty otherwise.
   */
  static String deferred(EntryFacts e) {
    if (!e.isDeferred()) {
      return "";
    }
    String r = e.deferralReason().orElse("");
    return "; the change is deferred " + Deferral.until(r) + " (" + Deferral.tag(r) + "), so this plan does not make it yet";
  }

  static boolean anySensitive(Collection<PathChange> changes) {
    for (PathChange c : changes) {
      if (c.sensitive()) {
        return true;
      }
    }
    return false;
  }
}
