package io.github.tfdrift.core.diff;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The leaf differences between a change's {@code before} and {@code after}, with the unknown and
 * sensitive marks of its mirrors applied: an immutable, ordered list of {@link AttributeDifference}s.
 *
 * <pre>{@code
 * AttributeDiff diff = AttributeDiff.of(resourceChange.change());
 * diff.paths();   // [memory[0].dedicated, startup[0].order]
 * }</pre>
 *
 * <p>How values are compared:
 *
 * <ul>
 *   <li>Objects and maps compare by key; a key on one side only is one difference at that key (its
 *       whole value, however deep). A member that is {@code null} on one side and missing on the other
 *       is not a difference: Terraform writes unset attributes as {@code null}.
 *   <li>Arrays (lists, tuples, sets and lists of nested blocks) compare by index; when the lengths
 *       differ, the extra elements are added or removed differences. Sets have no order, so a set whose
 *       elements moved shows differences at the moved indexes.
 *   <li>Numbers compare by value ({@code 1} equals {@code 1.0}); strings, booleans and {@code null}
 *       compare as JSON.
 *   <li>A value whose JSON type changes ({@code "a"} to an object, {@code null} to an object, a list to
 *       a string) is one difference at that path.
 *   <li>A path that {@code after_unknown} marks is one difference marked {@link
 *       AttributeDifference#unknownAfter()}, whatever {@code before} holds, and nothing below it is
 *       compared. A wholly unknown {@code after} (absent, {@code after_unknown: true}) is one such
 *       difference at the root.
 *   <li>Create ({@code before} null) and delete ({@code after} null) of an object give one difference
 *       per top-level attribute that has a value (or is unknown) on the existing side, not one per
 *       leaf: {@code + memory} rather than {@code + memory[0].dedicated}. Attributes that are {@code
 *       null} there are left out. A create or delete of a value that is not an object (an output) is
 *       one difference at the root.
 *   <li>A difference is {@link AttributeDifference#sensitive() sensitive} when {@code
 *       before_sensitive} or {@code after_sensitive} marks it, an attribute that contains it, or
 *       anything inside it.
 * </ul>
 *
 * <p>Differences are in document order: {@code before}'s keys first, then keys that only {@code after}
 * (or {@code after_unknown}) has. {@code toString()} never shows a value.
 */
public final class AttributeDiff implements Iterable<AttributeDifference> {
  private static final AttributeDiff EMPTY = new AttributeDiff(List.of());

  private final List<AttributeDifference> differences;

  private AttributeDiff(List<AttributeDifference> differences) {
    this.differences = differences;
  }

  /**
   * The differences of a change object (a resource change's or an output change's {@code change}).
   *
   * @param change the change
   * @return its differences
   */
  public static AttributeDiff of(Change change) {
    Objects.requireNonNull(change, "change");
    return of(
        change.before(),
        change.after(),
        change.afterUnknown(),
        change.beforeSensitive(),
        change.afterSensitive());
  }

  /**
   * The differences of a change object as Terraform's plan output shows them: like {@link
   * #of(Change)}, except that a value marked sensitive as a whole is one difference at its top, with
   * its whole before and after values, and nothing below it is listed (the paths below a sensitive map
   * would show its keys). This is the diff the rule engine classifies.
   *
   * @param change the change
   * @return its differences
   */
  public static AttributeDiff asShown(Change change) {
    Objects.requireNonNull(change, "change");
    return compute(
        change.before(),
        change.after(),
        change.afterUnknown(),
        change.beforeSensitive(),
        change.afterSensitive(),
        true);
  }

  /**
   * The differences between two values, with their mirrors. Absent mirrors mark nothing.
   *
   * @param before the value before ({@code null} for a create)
   * @param after the planned value ({@code null} for a delete, absent when wholly unknown)
   * @param afterUnknown the {@code after_unknown} mirror
   * @param beforeSensitive the {@code before_sensitive} mirror
   * @param afterSensitive the {@code after_sensitive} mirror
   * @return the differences
   */
  public static AttributeDiff of(
      JsonValue before,
      JsonValue after,
      JsonValue afterUnknown,
      JsonValue beforeSensitive,
      JsonValue afterSensitive) {
    return compute(before, after, afterUnknown, beforeSensitive, afterSensitive, false);
  }

  private static AttributeDiff compute(
      JsonValue before,
      JsonValue after,
      JsonValue afterUnknown,
      JsonValue beforeSensitive,
      JsonValue afterSensitive,
      boolean collapseSensitive) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(afterUnknown, "afterUnknown");
    Objects.requireNonNull(beforeSensitive, "beforeSensitive");
    Objects.requireNonNull(afterSensitive, "afterSensitive");
    JsonValue b = before;
    JsonValue a = after;
    if (!isTrue(afterUnknown)) {
      // Create and delete of an object: one difference per top-level attribute.
      if (b.isNullOrAbsent() && a instanceof JsonValue.Obj) {
        b = JsonValue.Obj.EMPTY;
      } else if (a.isNullOrAbsent() && b instanceof JsonValue.Obj) {
        a = JsonValue.Obj.EMPTY;
      }
    }
    Walker w = new Walker(collapseSensitive);
    w.walk(null, 0, b, a, afterUnknown, beforeSensitive, afterSensitive, -1);
    return w.out.isEmpty() ? EMPTY : new AttributeDiff(Collections.unmodifiableList(w.out));
  }

  /** The diff without differences. */
  public static AttributeDiff empty() {
    return EMPTY;
  }

  /**
   * A diff of the given differences, in the given order.
   *
   * @param differences the differences
   * @return the diff
   */
  public static AttributeDiff ofDifferences(Collection<AttributeDifference> differences) {
    return differences.isEmpty() ? EMPTY : new AttributeDiff(List.copyOf(differences));
  }

  /**
   * One walk over both values, linear in their size. Objects are matched key by key (positionally
   * while both have the same key order, as Terraform writes them), arrays index by index. Equal
   * scalars cost one comparison and allocate nothing: the path is a chain of parent links, turned into
   * an {@link AttributePath} only for the differences found.
   */
  private static final class Walker {
    final boolean collapseSensitive;
    final List<AttributeDifference> out = new ArrayList<>();

    Walker(boolean collapseSensitive) {
      this.collapseSensitive = collapseSensitive;
    }

    void walk(Step path, int size, JsonValue b, JsonValue a, JsonValue unknown, JsonValue bSens, JsonValue aSens, int sensitiveDepth) {
      int depth = sensitiveDepth;
      if (depth < 0 && (isTrue(bSens) || isTrue(aSens))) {
        depth = size;
        if (collapseSensitive) {
          // One difference for the whole sensitive value, as Terraform shows it.
          boolean unknownAfter = anyTrue(unknown);
          if (unknownAfter || !same(b, a)) {
            out.add(AttributeDifference.of(Step.toPath(path, size), b, a, unknownAfter, true, size));
          }
          return;
        }
      }
      if (isTrue(unknown)) {
        out.add(difference(path, size, b, JsonValue.absent(), true, bSens, aSens, depth));
        return;
      }
      if (b instanceof JsonValue.Obj bo && a instanceof JsonValue.Obj ao) {
        int nb = bo.size();
        int na = ao.size();
        for (int i = 0; i < nb; i++) {
          String k = bo.keyAt(i);
          JsonValue av = i < na && ao.keyAt(i).equals(k) ? ao.valueAt(i) : ao.get(k);
          member(path, size, k, bo.valueAt(i), av, unknown, bSens, aSens, depth);
        }
        for (int j = 0; j < na; j++) {
          String k = ao.keyAt(j);
          if (!(j < nb && bo.keyAt(j).equals(k)) && !bo.has(k)) {
            member(path, size, k, JsonValue.absent(), ao.valueAt(j), unknown, bSens, aSens, depth);
          }
        }
        if (unknown instanceof JsonValue.Obj uo) {
          // An attribute known only after apply: absent from both sides, named by after_unknown only.
          for (int i = 0; i < uo.size(); i++) {
            String k = uo.keyAt(i);
            if (!bo.has(k) && !ao.has(k) && anyTrue(uo.valueAt(i))) {
              Step p = new Step(path, k, -1);
              JsonValue bs = child(bSens, k);
              JsonValue as = child(aSens, k);
              boolean sensitive = anyTrue(bs) || anyTrue(as);
              int shown = depth >= 0 ? depth : size + 1;
              out.add(AttributeDifference.of(Step.toPath(p, size + 1), JsonValue.absent(), JsonValue.absent(), true, sensitive, shown));
            }
          }
        }
        return;
      }
      if (b instanceof JsonValue.Arr ba && a instanceof JsonValue.Arr aa) {
        int n = Math.max(ba.size(), aa.size());
        if (unknown instanceof JsonValue.Arr ua) {
          n = Math.max(n, ua.size());
        }
        for (int i = 0; i < n; i++) {
          JsonValue bv = ba.get(i);
          JsonValue av = aa.get(i);
          JsonValue uk = unknown.get(i);
          if (skippable(bv, av, uk)) {
            continue;
          }
          walk(new Step(path, null, i), size + 1, bv, av, uk, child(bSens, i), child(aSens, i), depth);
        }
        return;
      }
      if (a.isAbsent() && !b.isAbsent() && anyTrue(unknown)) {
        // Partly unknown after apply, and left out of "after": unknown, not removed.
        out.add(difference(path, size, b, JsonValue.absent(), true, bSens, aSens, depth));
        return;
      }
      if (same(b, a)) {
        return;
      }
      out.add(difference(path, size, b, a, false, bSens, aSens, depth));
    }

    private void member(
        Step path, int size, String k, JsonValue b, JsonValue a, JsonValue unknown, JsonValue bSens, JsonValue aSens, int depth) {
      JsonValue uk = unknown.get(k);
      if (skippable(b, a, uk)) {
        return;
      }
      walk(new Step(path, k, -1), size + 1, b, a, uk, child(bSens, k), child(aSens, k), depth);
    }

    private AttributeDifference difference(
        Step path, int size, JsonValue b, JsonValue a, boolean unknown, JsonValue bSens, JsonValue aSens, int sensitiveDepth) {
      boolean sensitive = anyTrue(bSens) || anyTrue(aSens);
      int shown = sensitiveDepth < 0 ? size : sensitiveDepth;
      return AttributeDifference.of(Step.toPath(path, size), b, a, unknown, sensitive, shown);
    }
  }

  /** Equal scalars with nothing unknown: no difference, and nothing to walk. */
  private static boolean skippable(JsonValue b, JsonValue a, JsonValue unknown) {
    if (unknown instanceof JsonValue.Bool || unknown instanceof JsonValue.Obj || unknown instanceof JsonValue.Arr) {
      if (isTrue(unknown) || anyTrue(unknown)) {
        return false;
      }
    }
    if (b instanceof JsonValue.Obj || b instanceof JsonValue.Arr || a instanceof JsonValue.Obj || a instanceof JsonValue.Arr) {
      return b == a;
    }
    return same(b, a);
  }

  /** Equal, with {@code null} and absence counted equal (Terraform writes unset attributes as null). */
  private static boolean same(JsonValue b, JsonValue a) {
    return b == a || (b.isNullOrAbsent() && a.isNullOrAbsent()) || b.equals(a);
  }

  /** A path under construction: a chain of parent links, cheap to extend at every node visited. */
  private record Step(Step parent, String key, int index) {
    static AttributePath toPath(Step s, int size) {
      if (s == null) {
        return AttributePath.root();
      }
      PathStep[] steps = new PathStep[size];
      int i = size;
      for (Step x = s; x != null; x = x.parent) {
        i--;
        if (x.key == null) {
          steps[i] = PathStep.index(x.index);
        } else {
          steps[i] = i == 0 ? PathStep.attribute(x.key) : PathStep.ofName(x.key);
        }
      }
      return AttributePath.of(steps);
    }
  }

  private static JsonValue child(JsonValue mirror, String key) {
    return isTrue(mirror) ? mirror : mirror.get(key);
  }

  private static JsonValue child(JsonValue mirror, int index) {
    return isTrue(mirror) ? mirror : mirror.get(index);
  }

  private static boolean isTrue(JsonValue v) {
    return v instanceof JsonValue.Bool bool && bool.value();
  }

  private static boolean anyTrue(JsonValue v) {
    if (v instanceof JsonValue.Bool bool) {
      return bool.value();
    }
    if (v instanceof JsonValue.Arr arr) {
      for (int i = 0; i < arr.size(); i++) {
        if (anyTrue(arr.get(i))) {
          return true;
        }
      }
    } else if (v instanceof JsonValue.Obj obj) {
      for (int i = 0; i < obj.size(); i++) {
        if (anyTrue(obj.valueAt(i))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The differences, in order; unmodifiable. */
  public List<AttributeDifference> differences() {
    return differences;
  }

  /** The changed paths, in order. */
  public List<AttributePath> paths() {
    List<AttributePath> l = new ArrayList<>(differences.size());
    for (AttributeDifference d : differences) {
      l.add(d.path());
    }
    return Collections.unmodifiableList(l);
  }

  /** True when before and after do not differ. */
  public boolean isEmpty() {
    return differences.isEmpty();
  }

  /** Number of differences. */
  public int size() {
    return differences.size();
  }

  /**
   * The difference at a position.
   *
   * @param index the position, from 0
   * @return the difference
   * @throws IndexOutOfBoundsException when there is no such position
   */
  public AttributeDifference get(int index) {
    return differences.get(index);
  }

  /**
   * The difference at exactly this path, if any.
   *
   * @param path the path
   * @return the difference
   */
  public Optional<AttributeDifference> at(AttributePath path) {
    for (AttributeDifference d : differences) {
      if (d.path().equals(path)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * The differences that match a predicate.
   *
   * @param predicate which differences to keep
   * @return a diff of those
   */
  public AttributeDiff filter(Predicate<? super AttributeDifference> predicate) {
    List<AttributeDifference> l = new ArrayList<>();
    for (AttributeDifference d : differences) {
      if (predicate.test(d)) {
        l.add(d);
      }
    }
    return l.size() == differences.size() ? this : ofDifferences(l);
  }

  /**
   * The differences that none of the given paths covers ({@link AttributePath#covers}): what is left
   * after {@code ignore_changes = [...]}, for example.
   *
   * @param covering paths such as {@code clone} or {@code all}
   * @return a diff without the covered differences
   */
  public AttributeDiff excluding(Collection<AttributePath> covering) {
    return filter(d -> covering.stream().noneMatch(p -> p.covers(d.path())));
  }

  /** True when any difference is sensitive. */
  public boolean anySensitive() {
    return differences.stream().anyMatch(AttributeDifference::sensitive);
  }

  /** True when any difference is unknown until apply. */
  public boolean anyUnknownAfter() {
    return differences.stream().anyMatch(AttributeDifference::unknownAfter);
  }

  /** The differences as a stream. */
  public Stream<AttributeDifference> stream() {
    return differences.stream();
  }

  @Override
  public Iterator<AttributeDifference> iterator() {
    return differences.iterator();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttributeDiff d && d.differences.equals(differences);
  }

  @Override
  public int hashCode() {
    return differences.hashCode();
  }

  /** The differences' paths, types and flags; never a value. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("AttributeDiff[");
    b.append(differences.size()).append(differences.size() == 1 ? " difference" : " differences");
    for (int i = 0; i < differences.size(); i++) {
      b.append(i == 0 ? ": " : "; ").append(differences.get(i));
    }
    return b.append(']').toString();
  }
}
