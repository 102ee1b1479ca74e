package io.github.tfdrift.rules.internal;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.ValueMask;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Diffs a change's {@code before} and {@code after} into changed leaves, once per change. No-ops
 * (nothing to do, by definition), creates, deletes, forgets and reads have no leaves. Equal
 * subtrees are skipped with one comparison; objects are walked by key, arrays by index; a leaf is
 * reported where the two sides are not both objects or both arrays, and for every attribute that
 * only {@code after_unknown} names (a new attribute known only after apply). Unknown and sensitive
 * marks come from the mirrors.
 */
public final class Differ {
  /** Upper bound of leaves reported for one change (a guard against pathological values). */
  static final int MAX_LEAVES = 10_000;

  private Differ() {}

  /** One raw changed leaf. */
  public record Leaf(AttributePath path, JsonValue before, JsonValue after, boolean sensitive, boolean unknown) {}

  /** The changed leaves of a change whose before and after are both objects; empty otherwise. */
  public static List<Leaf> diff(Change c) {
    ChangeKind k = c.kind();
    if (k == ChangeKind.NO_OP
        || k == ChangeKind.CREATE
        || k == ChangeKind.DELETE
        || k == ChangeKind.FORGET
        || k == ChangeKind.READ) {
      return List.of();
    }
    JsonValue before = c.before();
    JsonValue after = c.after();
    ValueMask unknown = c.afterUnknownMask();
    if (!(before instanceof JsonValue.Obj) || !(after instanceof JsonValue.Obj || after.isAbsent())) {
      return List.of();
    }
    List<Leaf> out = new ArrayList<>();
    walk(null, before, after, c.beforeSensitiveMask(), c.afterSensitiveMask(), unknown, out);
    return out.isEmpty() ? List.of() : out;
  }

  /**
   * Walks both values in one pass, linear in their size: objects are matched key by key (positionally
   * when both have the same key order, as Terraform writes them), arrays index by index; no subtree
   * is compared twice. Equal scalars cost one comparison and allocate nothing: a path step and the
   * masks below are made only for containers and for leaves that differ.
   */
  private static void walk(
      Step path, JsonValue a, JsonValue b, ValueMask sa, ValueMask sb, ValueMask unk, List<Leaf> out) {
    if (out.size() >= MAX_LEAVES || a == b) {
      return;
    }
    boolean sensitive = sa.isWhollyMarked() || sb.isWhollyMarked();
    if (unk.isWhollyMarked()) {
      out.add(new Leaf(Step.toPath(path), a, JsonValue.absent(), sensitive, true));
      return;
    }
    if (a instanceof JsonValue.Obj oa && b instanceof JsonValue.Obj ob) {
      int na = oa.size();
      int nb = ob.size();
      for (int i = 0; i < na; i++) {
        String k = oa.keyAt(i);
        JsonValue other = i < nb && ob.keyAt(i).equals(k) ? ob.valueAt(i) : ob.get(k);
        member(path, k, oa.valueAt(i), other, sa, sb, unk, out);
      }
      for (int j = 0; j < nb; j++) {
        String k = ob.keyAt(j);
        if (!(j < na && oa.keyAt(j).equals(k)) && !oa.has(k)) {
          member(path, k, JsonValue.absent(), ob.valueAt(j), sa, sb, unk, out);
        }
      }
      if (unk.mirror() instanceof JsonValue.Obj uo && uo.size() > 0) {
        // A new attribute known only after apply is absent from both sides and named by after_unknown only.
        for (int i = 0; i < uo.size(); i++) {
          String k = uo.keyAt(i);
          if (!oa.has(k) && !ob.has(k) && unk.child(k).anyMarked() && out.size() < MAX_LEAVES) {
            boolean s = sa.child(k).isWhollyMarked() || sb.child(k).isWhollyMarked();
            out.add(new Leaf(Step.toPath(child(path, k)), JsonValue.absent(), JsonValue.absent(), s, true));
          }
        }
      }
      return;
    }
    if (a instanceof JsonValue.Arr xa && b instanceof JsonValue.Arr xb) {
      int n = Math.max(xa.size(), xb.size());
      for (int i = 0; i < n; i++) {
        JsonValue ea = xa.get(i);
        JsonValue eb = xb.get(i);
        if (ea == eb || (unk.isNone() && isScalar(ea) && ea.equals(eb))) {
          continue;
        }
        walk(new Step(path, null, i), ea, eb, sa.child(i), sb.child(i), unk.child(i), out);
      }
      return;
    }
    if (b.isAbsent() && !a.isAbsent() && unk.anyMarked()) {
      out.add(new Leaf(Step.toPath(path), a, b, sensitive, true));
      return;
    }
    if (a.equals(b)) {
      return;
    }
    out.add(new Leaf(Step.toPath(path), a, b, sensitive, false));
  }

  /** One member of a pair of objects: skipped without allocating when both sides are equal scalars. */
  private static void member(
      Step path, String k, JsonValue a, JsonValue b, ValueMask sa, ValueMask sb, ValueMask unk, List<Leaf> out) {
    if (a == b || (unk.isNone() && isScalar(a) && a.equals(b))) {
      return;
    }
    walk(child(path, k), a, b, sa.child(k), sb.child(k), unk.child(k), out);
  }

  /** True for strings, numbers, booleans, null and absence: what compares in constant-ish time. */
  private static boolean isScalar(JsonValue v) {
    return !(v instanceof JsonValue.Obj) && !(v instanceof JsonValue.Arr);
  }

  private static Step child(Step path, String key) {
    return new Step(path, key, -1);
  }

  /**
   * A path under construction, as a chain of parent links: cheap to extend for every node visited,
   * turned into an {@link AttributePath} only for the leaves that differ.
   */
  private record Step(Step parent, String key, int index) {
    static AttributePath toPath(Step s) {
      if (s == null) {
        return AttributePath.root();
      }
      int depth = 0;
      for (Step x = s; x != null; x = x.parent) {
        depth++;
      }
      PathStep[] steps = new PathStep[depth];
      for (Step x = s; x != null; x = x.parent) {
        depth--;
        if (x.key == null) {
          steps[depth] = PathStep.index(x.index);
        } else {
          steps[depth] = depth == 0 ? PathStep.attribute(x.key) : PathStep.ofName(x.key);
        }
      }
      return AttributePath.of(steps);
    }
  }
}
