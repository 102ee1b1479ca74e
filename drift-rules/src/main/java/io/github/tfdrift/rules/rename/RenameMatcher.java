package io.github.tfdrift.rules.rename;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.SuggestedMove;
import io.github.tfdrift.rules.normalize.NormalizerRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the planned deletes and creates that look like one object renamed in the configuration, and
 * the {@code moved {}} block that would keep it. A pair is suggested when:
 *
 * <ul>
 *   <li>the delete is {@code ["delete"]} of a current (not deposed) managed object, because its
 *       configuration is gone ({@code action_reason} {@code delete_because_no_resource_config}, {@code
 *       _no_module}, {@code _count_index}, {@code _each_key}, {@code _wrong_repetition}, or none);
 *   <li>the create is {@code ["create"]} of a managed object, not an import and not an object deleted
 *       outside Terraform (that is a recreation of the same address);
 *   <li>both have the same resource type and provider;
 *   <li>every attribute known in the create (not null or absent, no part unknown after apply) equals
 *       the delete's value, directly or under a normaliser (JSON documents, SSH keys, policy
 *       attachments), and one of them is not trivial (it holds a non-empty string; any value of {@code
 *       input} and {@code triggers_replace} of {@code terraform_data});
 *   <li>the pair is one-to-one: the delete matches no other create and the create no other delete.
 * </ul>
 *
 * <p>Identities (Terraform 1.12+) are stronger evidence than values. When the create's planned
 * identity ({@code after_identity}) has known members (not null), a delete whose {@code
 * before_identity} has the same value for each of them is the same remote object: the pair is
 * suggested whatever the other attributes say, and {@link SuggestedMove#identity()} names the
 * members. A delete whose {@code before_identity} gives another value for one of them is another
 * object and is never paired with that create. Without identities on both sides, the attributes
 * decide as above.
 *
 * <p>The result does not depend on the order of {@code resource_changes}. Candidates are grouped by type
 * and provider once, and looked up through an index on the create's most selective plain attribute (a
 * scalar no normaliser applies to); a create without one is compared with every delete of its group.
 * A create is compared with at most {@value #CANDIDATE_LIMIT} deletes: when more share its values,
 * neither it nor those deletes get a suggestion (they could not be told apart anyway). So a large plan
 * costs about one pass.
 */
public final class RenameMatcher {
  /** The most deletes one create is compared with. */
  public static final int CANDIDATE_LIMIT = 64;

  private static final Set<ActionReason> REASONS =
      Set.of(
          ActionReason.DELETE_BECAUSE_NO_RESOURCE_CONFIG,
          ActionReason.DELETE_BECAUSE_NO_MODULE,
          ActionReason.DELETE_BECAUSE_COUNT_INDEX,
          ActionReason.DELETE_BECAUSE_EACH_KEY,
          ActionReason.DELETE_BECAUSE_WRONG_REPETITION);

  private static final Set<String> TERRAFORM_DATA_KEYS = Set.of("input", "triggers_replace");

  private final NormalizerRegistry normalizers;

  private RenameMatcher(NormalizerRegistry normalizers) {
    this.normalizers = normalizers;
  }

  /** One side of a possible pair: the change and its values. */
  private static final class Half {
    final ResourceChange rc;
    final JsonValue.Obj values;
    final JsonValue.Obj identity;

    Half(ResourceChange rc, JsonValue.Obj values, JsonValue identity) {
      this.rc = rc;
      this.values = values;
      this.identity = identity instanceof JsonValue.Obj o ? o : JsonValue.Obj.EMPTY;
    }

    /** The identity members with a value (not null), sorted; empty without an identity. */
    List<String> knownIdentity() {
      List<String> keys = new ArrayList<>(identity.size());
      for (int i = 0, n = identity.size(); i < n; i++) {
        if (!identity.valueAt(i).isNullOrAbsent()) {
          keys.add(identity.keyAt(i));
        }
      }
      keys.sort(null);
      return keys;
    }

    /**
     * How this delete's identity compares with a create's on the create's known members: {@code
     * SAME} when it has each of them with the same value, {@code OTHER} when one differs, {@code
     * UNKNOWN} when it lacks one.
     */
    IdentityMatch identityAgainst(Half create, List<String> keys) {
      IdentityMatch m = IdentityMatch.SAME;
      for (String k : keys) {
        JsonValue mine = identity.get(k);
        if (mine.isNullOrAbsent()) {
          m = IdentityMatch.UNKNOWN;
        } else if (!mine.equals(create.identity.get(k))) {
          return IdentityMatch.OTHER;
        }
      }
      return m;
    }

    /** The address as Terraform writes it; empty when it does not parse (no block can name it). */
    Optional<String> address() {
      return ResourceAddress.parse(rc.address()).toJavaOptional().map(ResourceAddress::render);
    }
  }

  /** What two identities say about two objects. */
  private enum IdentityMatch {
    SAME,
    OTHER,
    UNKNOWN
  }

  /** The deletes and creates of one type and provider. */
  private static final class Group {
    final String type;
    final List<Half> deletes = new ArrayList<>();
    final List<Half> creates = new ArrayList<>();
    final Map<String, Map<JsonValue, List<Half>>> index = new HashMap<>();
    final Map<String, Map<JsonValue, List<Half>>> identityIndex = new HashMap<>();

    Group(String type) {
      this.type = type;
    }

    /** The deletes whose value of {@code key} is {@code value} (plain values only). */
    List<Half> deletesWith(String key, JsonValue value) {
      Map<JsonValue, List<Half>> byValue =
          index.computeIfAbsent(
              key,
              k -> {
                Map<JsonValue, List<Half>> m = new HashMap<>();
                for (Half d : deletes) {
                  JsonValue v = d.values.get(k);
                  if (isScalar(v)) {
                    m.computeIfAbsent(v, x -> new ArrayList<>(1)).add(d);
                  }
                }
                return m;
              });
      return byValue.getOrDefault(value, List.of());
    }

    /** The deletes whose {@code before_identity} member {@code key} is {@code value}. */
    List<Half> deletesWithIdentity(String key, JsonValue value) {
      Map<JsonValue, List<Half>> byValue =
          identityIndex.computeIfAbsent(
              key,
              k -> {
                Map<JsonValue, List<Half>> m = new HashMap<>();
                for (Half d : deletes) {
                  JsonValue v = d.identity.get(k);
                  if (!v.isNullOrAbsent()) {
                    m.computeIfAbsent(v, x -> new ArrayList<>(1)).add(d);
                  }
                }
                return m;
              });
      return byValue.getOrDefault(value, List.of());
    }

    /** The deletes that may have the create's identity: those sharing its most selective known member. */
    List<Half> identityCandidates(Half c, List<String> keys) {
      List<Half> best = null;
      for (String k : keys) {
        List<Half> l = deletesWithIdentity(k, c.identity.get(k));
        if (best == null || l.size() < best.size()) {
          best = l;
        }
      }
      return best == null ? List.of() : best;
    }
  }

  /**
   * The suggested moves of a plan, by instance: each pair appears twice, under the delete's id and
   * under the create's id.
   *
   * @param plan the plan
   * @param normalizers the normalisers values are compared under
   * @return the suggestions, empty when there are none
   */
  public static Map<InstanceId, SuggestedMove> match(Plan plan, NormalizerRegistry normalizers) {
    return new RenameMatcher(normalizers).run(plan);
  }

  /**
   * The suggested moves among some entries of a plan's {@code resource_changes}, by instance: {@link
   * #match(Plan, NormalizerRegistry)} for a plan read in parts. Pairs are only ever found within one
   * type and provider, so the entries of one type and provider at a time give the same moves as the
   * whole plan.
   *
   * @param changes entries of {@code resource_changes}, in document order
   * @param deletedOutside the addresses {@code resource_drift} shows deleted outside Terraform (not
   *     deposed)
   * @param normalizers the normalisers values are compared under
   * @return the suggestions, empty when there are none
   */
  public static Map<InstanceId, SuggestedMove> match(
      List<ResourceChange> changes, Set<String> deletedOutside, NormalizerRegistry normalizers) {
    return new RenameMatcher(normalizers).run(changes, deletedOutside);
  }

  /** The addresses a plan's {@code resource_drift} shows deleted outside Terraform. */
  public static Set<String> deletedOutside(List<ResourceChange> drift) {
    Set<String> deletedOutside = new HashSet<>();
    for (ResourceChange d : drift) {
      if (d.deposed().isEmpty() && d.kind() == ChangeKind.DELETE) {
        deletedOutside.add(d.address());
      }
    }
    return deletedOutside;
  }

  private Map<InstanceId, SuggestedMove> run(Plan plan) {
    return run(plan.resourceChanges(), deletedOutside(plan.resourceDrift()));
  }

  private Map<InstanceId, SuggestedMove> run(List<ResourceChange> changes, Set<String> deletedOutside) {
    boolean anyDelete = false;
    boolean anyCreate = false;
    for (ResourceChange rc : changes) {
      ChangeKind k = rc.kind();
      anyDelete |= k == ChangeKind.DELETE;
      anyCreate |= k == ChangeKind.CREATE;
    }
    if (!anyDelete || !anyCreate) {
      return Map.of();
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    for (ResourceChange rc : changes) {
      if (!ResourceMode.MANAGED.equals(rc.mode()) || rc.deposed().isPresent()) {
        continue;
      }
      ChangeKind k = rc.kind();
      if (k == ChangeKind.DELETE) {
        Optional<ActionReason> reason = rc.actionReason();
        if (reason.isPresent() && !REASONS.contains(reason.get())) {
          continue;
        }
        half(rc, rc.change().before(), rc.change().beforeIdentity()).ifPresent(h -> group(groups, rc).deletes.add(h));
      } else if (k == ChangeKind.CREATE
          && rc.change().importing().isEmpty()
          && rc.previousAddress().isEmpty()
          && !deletedOutside.contains(rc.address())) {
        half(rc, rc.change().after(), rc.change().afterIdentity()).ifPresent(h -> group(groups, rc).creates.add(h));
      }
    }
    Map<InstanceId, SuggestedMove> out = new HashMap<>();
    for (Group g : groups.values()) {
      if (!g.deletes.isEmpty() && !g.creates.isEmpty()) {
        pair(g, out);
      }
    }
    return out;
  }

  private static Group group(Map<String, Group> groups, ResourceChange rc) {
    String key = rc.type() + '\u0000' + rc.providerName().orElse("");
    return groups.computeIfAbsent(key, k -> new Group(rc.type()));
  }

  private static Optional<Half> half(ResourceChange rc, JsonValue values, JsonValue identity) {
    if (!(values instanceof JsonValue.Obj o)) {
      return Optional.empty();
    }
    return Optional.of(new Half(rc, o, identity));
  }

  /** Finds each create's matching deletes, then keeps the pairs that are one-to-one. */
  private void pair(Group g, Map<InstanceId, SuggestedMove> out) {
    Map<Half, List<Half>> matches = new IdentityHashMap<>();
    Map<Half, List<String>> compared = new IdentityHashMap<>();
    Map<Half, Integer> timesMatched = new IdentityHashMap<>();
    Map<Half, List<String>> byIdentity = new IdentityHashMap<>();
    Set<List<Half>> tooMany = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Half c : g.creates) {
      List<String> identityKeys = c.knownIdentity();
      if (!identityKeys.isEmpty()) {
        List<Half> same = new ArrayList<>(1);
        for (Half d : g.identityCandidates(c, identityKeys)) {
          if (d.identityAgainst(c, identityKeys) == IdentityMatch.SAME) {
            same.add(d);
          }
        }
        if (!same.isEmpty()) {
          for (Half d : same) {
            timesMatched.merge(d, 1, Integer::sum);
          }
          matches.put(c, same);
          compared.put(c, equalKeys(c, same.get(0)));
          byIdentity.put(c, identityKeys);
          continue;
        }
      }
      List<String> keys = comparedKeys(g.type, c.rc.change());
      if (keys.isEmpty()) {
        continue;
      }
      List<Half> candidates = candidates(g, c, keys);
      if (candidates.size() > CANDIDATE_LIMIT) {
        tooMany.add(candidates); // the create may match any of them: none of them is suggested
        continue;
      }
      List<Half> found = new ArrayList<>(1);
      for (Half d : candidates) {
        if (!identityKeys.isEmpty() && d.identityAgainst(c, identityKeys) == IdentityMatch.OTHER) {
          continue; // another object, whatever its values say
        }
        if (matches(g.type, keys, d.values, c.values)) {
          found.add(d);
          timesMatched.merge(d, 1, Integer::sum);
        }
      }
      if (!found.isEmpty()) {
        matches.put(c, found);
        compared.put(c, keys);
      }
    }
    Set<Half> blocked = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Half> l : tooMany) {
      blocked.addAll(l);
    }
    for (Map.Entry<Half, List<Half>> m : matches.entrySet()) {
      if (m.getValue().size() != 1) {
        continue;
      }
      Half c = m.getKey();
      Half d = m.getValue().get(0);
      if (timesMatched.get(d) != 1 || blocked.contains(d)) {
        continue;
      }
      Optional<String> from = d.address();
      Optional<String> to = c.address();
      if (from.isEmpty() || to.isEmpty()) {
        continue;
      }
      SuggestedMove move = new SuggestedMove(from.get(), to.get(), compared.get(c), byIdentity.getOrDefault(c, List.of()));
      out.put(d.rc.id(), move);
      out.put(c.rc.id(), move);
    }
  }

  /** The create's known attributes whose value equals the delete's, sorted (names only). */
  private static List<String> equalKeys(Half create, Half delete) {
    JsonValue unknown = create.rc.change().afterUnknown();
    List<String> keys = new ArrayList<>();
    for (int i = 0, n = create.values.size(); i < n; i++) {
      String k = create.values.keyAt(i);
      JsonValue v = create.values.valueAt(i);
      if (!v.isNullOrAbsent() && !anyTrue(unknown.get(k)) && v.equals(delete.values.get(k))) {
        keys.add(k);
      }
    }
    keys.sort(null);
    return keys;
  }

  /**
   * The create's attributes to compare, sorted: known (not null or absent, no part unknown after
   * apply); empty when none of them is non-trivial.
   */
  private static List<String> comparedKeys(String type, Change c) {
    JsonValue unknown = c.afterUnknown();
    if (unknown instanceof JsonValue.Bool b && b.value()) {
      return List.of();
    }
    JsonValue.Obj after = (JsonValue.Obj) c.after();
    List<String> keys = new ArrayList<>(after.size());
    boolean nonTrivial = false;
    for (int i = 0, n = after.size(); i < n; i++) {
      String k = after.keyAt(i);
      JsonValue v = after.valueAt(i);
      if (v.isNullOrAbsent() || anyTrue(unknown.get(k))) {
        continue;
      }
      keys.add(k);
      nonTrivial |= ("terraform_data".equals(type) && TERRAFORM_DATA_KEYS.contains(k)) || hasText(v);
    }
    if (!nonTrivial) {
      return List.of();
    }
    keys.sort(null);
    return keys;
  }

  /**
   * The deletes a create may match: those sharing the value of its most selective plain attribute, or
   * every delete of the group when it has no plain attribute.
   */
  private List<Half> candidates(Group g, Half c, List<String> keys) {
    List<Half> best = null;
    for (String k : keys) {
      JsonValue v = c.values.get(k);
      if (!isScalar(v) || normalizers.isDetected(v) || normalizers.isAttached(g.type, AttributePath.root().child(k))) {
        continue;
      }
      List<Half> l = g.deletesWith(k, v);
      if (best == null || l.size() < best.size()) {
        best = l;
        if (best.isEmpty()) {
          break;
        }
      }
    }
    return best != null ? best : g.deletes;
  }

  /** True when every compared attribute of the create equals the delete's. */
  private boolean matches(String type, List<String> keys, JsonValue.Obj before, JsonValue.Obj after) {
    List<String> differing = null;
    for (String k : keys) { // cheap pass first: most candidates that do not match differ plainly
      JsonValue a = after.get(k);
      JsonValue b = before.get(k);
      if (a.equals(b)) {
        continue;
      }
      if (b.isNullOrAbsent() || (isScalar(a) && isScalar(b) && !(a instanceof JsonValue.Str && b instanceof JsonValue.Str))) {
        return false;
      }
      if (differing == null) {
        differing = new ArrayList<>(2);
      }
      differing.add(k);
    }
    if (differing == null) {
      return true;
    }
    for (String k : differing) {
      if (!same(type, AttributePath.root().child(k), before.get(k), after.get(k), 0)) {
        return false;
      }
    }
    return true;
  }

  /** Equal, equal under a normaliser, or equal member by member (null equals missing). */
  private boolean same(String type, AttributePath path, JsonValue before, JsonValue after, int depth) {
    if (after.equals(before) || (after.isNullOrAbsent() && before.isNullOrAbsent())) {
      return true;
    }
    if (depth > 64) {
      return false;
    }
    if (normalizers.equalUnder(type, path, before, after).isPresent()) {
      return true;
    }
    if (after instanceof JsonValue.Obj a && before instanceof JsonValue.Obj b) {
      for (int i = 0, n = a.size(); i < n; i++) {
        String k = a.keyAt(i);
        if (!same(type, path.child(k), b.get(k), a.valueAt(i), depth + 1)) {
          return false;
        }
      }
      for (int i = 0, n = b.size(); i < n; i++) {
        if (!a.has(b.keyAt(i)) && !b.valueAt(i).isNullOrAbsent()) {
          return false;
        }
      }
      return true;
    }
    if (after instanceof JsonValue.Arr a && before instanceof JsonValue.Arr b && a.size() == b.size()) {
      for (int i = 0, n = a.size(); i < n; i++) {
        if (!same(type, path.child(i), b.get(i), a.get(i), depth + 1)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean isScalar(JsonValue v) {
    return v instanceof JsonValue.Str || v instanceof JsonValue.Num || v instanceof JsonValue.Bool;
  }

  /** True when a mirror value marks anything ({@code true} anywhere in it). */
  private static boolean anyTrue(JsonValue mirror) {
    if (mirror instanceof JsonValue.Bool b) {
      return b.value();
    }
    if (mirror instanceof JsonValue.Obj o) {
      for (int i = 0, n = o.size(); i < n; i++) {
        if (anyTrue(o.valueAt(i))) {
          return true;
        }
      }
    } else if (mirror instanceof JsonValue.Arr a) {
      for (int i = 0, n = a.size(); i < n; i++) {
        if (anyTrue(a.get(i))) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the value holds a non-empty string somewhere. */
  private static boolean hasText(JsonValue v) {
    if (v instanceof JsonValue.Str s) {
      return !s.value().isEmpty();
    }
    if (v instanceof JsonValue.Obj o) {
      for (int i = 0, n = o.size(); i < n; i++) {
        if (hasText(o.valueAt(i))) {
          return true;
        }
      }
    } else if (v instanceof JsonValue.Arr a) {
      for (int i = 0, n = a.size(); i < n; i++) {
        if (hasText(a.get(i))) {
          return true;
        }
      }
    }
    return false;
  }
}
