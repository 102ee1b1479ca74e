package io.github.tfdrift.rules.internal;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.ValueMask;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Diffs a change's {@code before} and {@code after} into changed leaves, once per change. Equal
 * subtrees are skipped with one comparison; objects are walked by key, arrays by index; a leaf is
 * reported where the two sides are not both objects or both arrays. Unknown and sensitive marks come
 * from the mirrors.
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
    if (k == ChangeKind.CREATE || k == ChangeKind.DELETE || k == ChangeKind.FORGET || k == ChangeKind.READ) {
      return List.of();
    }
    JsonValue before = c.before();
    JsonValue after = c.after();
    ValueMask unknown = c.afterUnknownMask();
    if (!(before instanceof JsonValue.Obj) || !(after instanceof JsonValue.Obj || after.isAbsent())) {
      return List.of();
    }
    if (before.equals(after) && !unknown.anyMarked()) {
      return List.of();
    }
    List<Leaf> out = new ArrayList<>();
    walk(AttributePath.root(), before, after, c.beforeSensitiveMask(), c.afterSensitiveMask(), unknown, out);
    return out;
  }

  private static void walk(
      AttributePath path, JsonValue a, JsonValue b, ValueMask sa, ValueMask sb, ValueMask unk, List<Leaf> out) {
    if (out.size() >= MAX_LEAVES) {
      return;
    }
    boolean sensitive = sa.isWhollyMarked() || sb.isWhollyMarked();
    if (unk.isWhollyMarked()) {
      out.add(new Leaf(path, a, JsonValue.absent(), sensitive, true));
      return;
    }
    if (!unk.anyMarked() && a.equals(b)) {
      return;
    }
    if (a instanceof JsonValue.Obj oa && b instanceof JsonValue.Obj ob) {
      Set<String> keys = new LinkedHashSet<>(oa.keys());
      keys.addAll(ob.keys());
      for (String k : keys) {
        walk(child(path, k), oa.get(k), ob.get(k), sa.child(k), sb.child(k), unk.child(k), out);
      }
      return;
    }
    if (a instanceof JsonValue.Arr xa && b instanceof JsonValue.Arr xb) {
      int n = Math.max(xa.size(), xb.size());
      for (int i = 0; i < n; i++) {
        walk(path.child(PathStep.index(i)), xa.get(i), xb.get(i), sa.child(i), sb.child(i), unk.child(i), out);
      }
      return;
    }
    if (b.isAbsent() && !a.isAbsent() && unk.anyMarked()) {
      out.add(new Leaf(path, a, b, sensitive, true));
      return;
    }
    if (a.equals(b)) {
      return;
    }
    out.add(new Leaf(path, a, b, sensitive, false));
  }

  private static AttributePath child(AttributePath path, String key) {
    return path.child(path.isRoot() ? PathStep.attribute(key) : PathStep.ofName(key));
  }
}
