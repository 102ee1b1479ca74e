package io.github.tfdrift.imports;

import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the identity of one resource to import: from the plan's planned identity ({@code
 * after_identity}) where it holds a value, else from the identity catalogue's templates, rendered as
 * import IDs are ({@link IdResolver}).
 */
final class IdentityResolver {
  private final IdResolver ids;
  private final Secrets secrets;

  IdentityResolver(IdResolver ids, Secrets secrets) {
    this.ids = ids;
    this.secrets = secrets;
  }

  /**
   * The identity of {@code rc}: the catalogue's members, each from the planned identity when it has a
   * value for it, else from the member's template; without a catalogue entry, the planned identity
   * when every member of it has a value; else none.
   */
  Optional<ImportIdentity> resolve(Optional<ImportIdentityCatalogue.Entry> entry, ResourceChange rc, Optional<String> errorId) {
    Map<String, String> planned = planned(rc.change().afterIdentity());
    if (entry.isEmpty()) {
      JsonValue a = rc.change().afterIdentity();
      if (planned.isEmpty() || !(a instanceof JsonValue.Obj o) || planned.size() != o.size()) {
        return Optional.empty();
      }
      return Optional.of(new ImportIdentity(planned, List.of(), ImportIdentity.FROM_PLAN, List.of()));
    }
    ImportIdentityTemplate t = entry.get().template();
    Map<String, String> members = new LinkedHashMap<>();
    Set<String> placeholders = new LinkedHashSet<>();
    List<String> warnings = new ArrayList<>();
    boolean allFromPlan = true;
    for (Map.Entry<String, ImportIdTemplate> m : t.required().entrySet()) {
      String fromPlan = planned.get(m.getKey());
      if (fromPlan != null) {
        members.put(m.getKey(), fromPlan);
        continue;
      }
      allFromPlan = false;
      IdResolver.Result r = ids.resolve(m.getValue(), rc, errorId);
      members.put(m.getKey(), r.id());
      placeholders.addAll(r.placeholders());
      for (String w : r.warnings()) {
        warnings.add("identity member " + m.getKey() + ": " + w);
      }
    }
    for (Map.Entry<String, ImportIdTemplate> m : t.optional().entrySet()) {
      String fromPlan = planned.get(m.getKey());
      if (fromPlan != null) {
        members.put(m.getKey(), fromPlan);
        continue;
      }
      IdResolver.Result r = ids.resolve(m.getValue(), rc, errorId);
      if (r.placeholders().isEmpty()) {
        members.put(m.getKey(), r.id());
        allFromPlan = false;
      }
    }
    String origin = allFromPlan ? ImportIdentity.FROM_PLAN : entry.get().origin();
    return Optional.of(new ImportIdentity(members, List.copyOf(placeholders), origin, new ArrayList<>(new LinkedHashSet<>(warnings))));
  }

  /** The members of a planned identity that hold a single, non-secret value, in the plan's order. */
  private Map<String, String> planned(JsonValue identity) {
    Map<String, String> out = new LinkedHashMap<>();
    if (identity instanceof JsonValue.Obj o) {
      for (int i = 0; i < o.size(); i++) {
        JsonValue v = o.valueAt(i);
        Optional<String> s =
            v instanceof JsonValue.Str str ? Optional.of(str.value())
                : v instanceof JsonValue.Num n ? Optional.of(n.literal())
                : v instanceof JsonValue.Bool b ? Optional.of(Boolean.toString(b.value()))
                : Optional.empty();
        if (s.isPresent() && !secrets.containsSecret(s.get()) && ImportIdentityTemplate.isMember(o.keyAt(i))) {
          out.put(o.keyAt(i), s.get());
        }
      }
    }
    return out;
  }
}
