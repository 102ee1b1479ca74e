package io.github.tfdrift.testkit.gen;

import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ModuleInstance;
import io.github.tfdrift.core.address.ResourceAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the instance keys of generated resource objects agree as Terraform's do: the first object of
 * a resource (and of a module call) decides whether it has no key, count indexes or for_each keys,
 * and the later ones are re-keyed to match (a for_each key {@code "3"} becomes the index {@code 3}, an
 * index becomes the key {@code "3"}, a key is dropped for an unkeyed resource). A delete's reason
 * that names the other kind of repetition is dropped. Deterministic, so shrinking is not disturbed.
 */
final class Repetition {
  private Repetition() {}

  private enum Kind {
    NONE,
    COUNT,
    FOR_EACH
  }

  static List<PlanGens.Spec> consistent(List<PlanGens.Spec> specs) {
    Map<String, Kind> calls = new HashMap<>();
    Map<String, Kind> resources = new HashMap<>();
    List<PlanGens.Spec> out = new ArrayList<>(specs.size());
    for (PlanGens.Spec s : specs) {
      ResourceAddress a = s.address();
      List<ModuleInstance> path = new ArrayList<>();
      StringBuilder call = new StringBuilder();
      for (ModuleInstance m : a.modulePath()) {
        call.append('.').append(m.name());
        Kind k = calls.computeIfAbsent(call.toString(), x -> kindOf(m.key()));
        path.add(new ModuleInstance(m.name(), rekey(m.key(), k)));
      }
      String resource = call + "|" + a.mode().text() + "." + a.type() + "." + a.name();
      Kind k = resources.computeIfAbsent(resource, x -> kindOf(a.key()));
      ResourceAddress fixed = new ResourceAddress(path, a.mode(), a.type(), a.name(), rekey(a.key(), k));
      Optional<String> reason = s.reason();
      if (reason.equals(Optional.of("delete_because_count_index")) && k != Kind.COUNT
          || reason.equals(Optional.of("delete_because_each_key")) && k != Kind.FOR_EACH) {
        reason = Optional.empty();
      }
      Optional<String> extra = s.extra();
      if (s.kind() == PlanGens.Kind.MOVE && extra.isPresent()) {
        ResourceAddress from = ResourceAddress.parse(extra.get()).get();
        extra = Optional.of(new ResourceAddress(path, from.mode(), from.type(), from.name(), fixed.key()).render());
      }
      out.add(new PlanGens.Spec(fixed, s.kind(), s.before(), s.after(), s.sensitive(), s.unknown(), s.replacePaths(), reason, s.driftBefore(),
          s.deletedOutside(), s.deposedKey(), extra, s.deferral()));
    }
    return out;
  }

  private static Kind kindOf(Optional<InstanceKey> key) {
    if (key.isEmpty()) {
      return Kind.NONE;
    }
    return key.get() instanceof InstanceKey.IntKey ? Kind.COUNT : Kind.FOR_EACH;
  }

  private static Optional<InstanceKey> rekey(Optional<InstanceKey> key, Kind kind) {
    if (kindOf(key) == kind) {
      return key;
    }
    return switch (kind) {
      case NONE -> Optional.empty();
      case COUNT -> Optional.of(InstanceKey.of(key.map(Repetition::index).orElse(0L)));
      case FOR_EACH -> Optional.of(InstanceKey.of(key.map(Repetition::text).orElse("a")));
    };
  }

  private static long index(InstanceKey k) {
    if (k instanceof InstanceKey.IntKey i) {
      return i.index();
    }
    String s = text(k);
    return s.isEmpty() ? 0 : Math.floorMod(s.hashCode(), 21);
  }

  private static String text(InstanceKey k) {
    if (k instanceof InstanceKey.IntKey i) {
      return Long.toString(i.index());
    }
    return k instanceof InstanceKey.StringKey s ? s.key() : "a";
  }
}
