package io.github.tfdrift.rules.internal;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ImmutableChange;
import io.github.tfdrift.core.model.ImmutableResourceChange;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.ClassifiedEntry;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a classified entry small enough to keep by the hundred thousand, for a plan classified from its
 * outline: the {@code before} and {@code after} values of its planned change and drift, and their
 * mirrors ({@code after_unknown}, {@code before_sensitive}, {@code after_sensitive}), keep only the
 * top-level attributes its decided paths start with. What reports show of an entry's values is the
 * differences at or around those paths ({@code AttributeDiff} compares top-level attributes
 * independently, in order, each under its own part of the mirrors), so they show the same. Everything
 * else is kept: actions, identities, {@code importing}, {@code replace_paths}. An entry whose values cannot be cut safely (no paths
 * start with an attribute name, or a value that is not an object) keeps them whole.
 */
final class EntrySlimmer {
  private EntrySlimmer() {}

  /** The entry with the values its reports do not show left out. */
  static ClassifiedEntry slim(ClassifiedEntry e) {
    Optional<Set<String>> keep = topLevel(e.paths());
    if (keep.isEmpty()) {
      return e;
    }
    Optional<ResourceChange> planned = e.planned().map(rc -> slim(rc, keep.get()));
    Optional<ResourceChange> drift = e.drift().map(rc -> slim(rc, keep.get()));
    return new ClassifiedEntry(
        e.id(), e.previousAddress(), e.type(), e.mode(), e.source(), planned, drift, e.verdict(), e.risk(), e.procedure(),
        e.paths(), e.ruleId(), e.reason(), e.findings(), e.warnings(), e.generatedImport(), e.deferred());
  }

  /** The first steps of the paths; empty when one of them does not start with a name (keep all). */
  private static Optional<Set<String>> topLevel(List<AttributePath> paths) {
    Set<String> names = new HashSet<>();
    for (AttributePath p : paths) {
      if (p.isAll() || p.steps().isEmpty()) {
        return Optional.empty();
      }
      PathStep first = p.steps().get(0);
      if (first instanceof PathStep.Attribute a) {
        names.add(a.name());
      } else if (first instanceof PathStep.Key k) {
        names.add(k.key());
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(names);
  }

  private static ResourceChange slim(ResourceChange rc, Set<String> keep) {
    Change c = rc.change();
    if (c.afterUnknown() instanceof JsonValue.Bool b && b.value()) {
      return rc;
    }
    if (!objectOrNothing(c.before()) || !objectOrNothing(c.after())) {
      return rc;
    }
    JsonValue before = cut(c.before(), keep);
    JsonValue after = cut(c.after(), keep);
    JsonValue afterUnknown = cut(c.afterUnknown(), keep);
    JsonValue beforeSensitive = cut(c.beforeSensitive(), keep);
    JsonValue afterSensitive = cut(c.afterSensitive(), keep);
    if (before == c.before() && after == c.after() && afterUnknown == c.afterUnknown()
        && beforeSensitive == c.beforeSensitive() && afterSensitive == c.afterSensitive()) {
      return rc;
    }
    return ImmutableResourceChange.copyOf(rc)
        .withChange(
            ImmutableChange.copyOf(c)
                .withBefore(before)
                .withAfter(after)
                .withAfterUnknown(afterUnknown)
                .withBeforeSensitive(beforeSensitive)
                .withAfterSensitive(afterSensitive));
  }

  private static boolean objectOrNothing(JsonValue v) {
    return v instanceof JsonValue.Obj || v.isNullOrAbsent();
  }

  private static JsonValue cut(JsonValue v, Set<String> keep) {
    if (!(v instanceof JsonValue.Obj o) || o.size() <= keep.size()) {
      return v;
    }
    Map<String, JsonValue> m = new LinkedHashMap<>();
    for (int i = 0, n = o.size(); i < n; i++) {
      if (keep.contains(o.keyAt(i))) {
        m.put(o.keyAt(i), o.valueAt(i));
      }
    }
    return m.size() == o.size() ? v : JsonValue.object(m);
  }
}
