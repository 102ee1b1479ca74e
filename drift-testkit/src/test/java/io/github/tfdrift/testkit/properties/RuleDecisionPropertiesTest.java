package io.github.tfdrift.testkit.properties;

import static io.github.tfdrift.testkit.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.diff.AttributeDiff;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.ActionInvocation;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.ClassifiedAction;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.builtin.BuiltInRules;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.policy.Expectation;
import io.github.tfdrift.rules.policy.Glob;
import io.github.tfdrift.rules.policy.IgnoreRule;
import io.github.tfdrift.rules.policy.Location;
import io.github.tfdrift.rules.policy.PathPattern;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.RequiredTags;
import io.github.tfdrift.rules.spi.ExistingObject;
import io.github.tfdrift.rules.spi.ExistingObjects;
import io.github.tfdrift.testkit.PlanValidity;
import io.github.tfdrift.testkit.builder.PlanBuilder;
import io.github.tfdrift.testkit.builder.Plans;
import io.github.tfdrift.testkit.builder.ResourceChangeBuilder;
import io.github.tfdrift.testkit.gen.Gen;
import io.github.tfdrift.testkit.gen.PlanGens;
import io.github.tfdrift.testkit.gen.Statistics;
import io.github.tfdrift.testkit.junit.From;
import io.github.tfdrift.testkit.junit.PlanProperty;
import io.github.tfdrift.testkit.junit.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What six built-in rules decide, one property each, over generated plans with the policies and
 * evidence those rules act on: ignore rules and expectations for a random choice of the plan's
 * resources, required tags, apply-log existing objects, and action invocations. The weaker claims of
 * {@link RuleMetamorphicPropertiesTest} hold for any plan; these state each rule's own decision.
 */
class RuleDecisionPropertiesTest {
  static final int TRIES = 30;
  static final LocalDate TODAY = DriftCases.TODAY;

  static Report classify(Plan plan, Policy policy, ExistingObjects existing) {
    DriftEngine.Builder b = DriftEngine.builder().policy(policy).today(TODAY);
    BuiltInRules.all().forEach(b::addRule);
    return b.build().classify(plan, "generated.json", existing);
  }

  static List<Finding> findingsBy(ClassifiedEntry e, String ruleId) {
    return e.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  static Optional<ResourceChange> planned(ClassifiedEntry e, Plan plan) {
    return plan.resourceChanges().stream().filter(rc -> rc.id().equals(e.id())).findFirst();
  }

  static Optional<ResourceChange> drift(ClassifiedEntry e, Plan plan) {
    return plan.resourceDrift().stream().filter(rc -> rc.id().equals(e.id())).findFirst();
  }

  /** An entry whose planned change is an update or a plain no-op: what ignore rules and expectations can quiet. */
  static boolean updateOrPlainNoOp(ClassifiedEntry e, Plan plan) {
    return planned(e, plan)
        .filter(rc -> rc.kind() == ChangeKind.UPDATE || rc.kind() == ChangeKind.NO_OP)
        .filter(rc -> rc.change().importing().isEmpty() && rc.previousAddress().isEmpty())
        .isPresent()
        && e.deposed().isEmpty() && !e.isDeferred() && !e.driftActions().contains(io.github.tfdrift.core.model.Action.DELETE);
  }

  /** A plan and some of its resource addresses, each with a flag (an expectation's expiry). */
  record Chosen(Plan plan, Map<String, Boolean> addresses) {
    @Override
    public String toString() {
      return PlanWriter.pretty().toJson(plan) + "\nchosen: " + addresses;
    }
  }

  static Gen<Chosen> chosen() {
    return PlanGens.plans(2, 6).flatMap(plan -> {
      List<String> all = new ArrayList<>(new TreeSet<>(plan.resourceChanges().stream().map(ResourceChange::address).toList()));
      return Gen.listOf(Gen.integers(0, 2), all.size(), all.size()).map(flags -> {
        Map<String, Boolean> m = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
          if (flags.get(i) > 0) {
            m.put(all.get(i), flags.get(i) == 2);
          }
        }
        return new Chosen(plan, m);
      });
    });
  }

  /** The chosen addresses, and only those, are matched by a glob of the policy. */
  static boolean onlyChosenMatch(Chosen c, String address) {
    return c.addresses().containsKey(address) || c.addresses().keySet().stream().noneMatch(a -> DriftCases.globFor(a).matches(address));
  }

  // ---- ignore-changes -----------------------------------------------------------------------------

  @PlanProperty(tries = TRIES)
  void changesCoveredByIgnoreChangesNeverMakeAnEntryActionableAndTheReasonSaysSo(@From("chosen") Chosen c) {
    Policy.Builder p = Policy.builder();
    c.addresses().keySet().forEach(a -> p.addIgnore(new IgnoreRule(Glob.any(), DriftCases.globFor(a), List.of(PathPattern.all()), Optional.empty(), Location.code())));
    Report r = classify(c.plan(), p.build(), ExistingObjects.none());
    boolean seen = false;
    for (ClassifiedEntry e : r.entries()) {
      if (!onlyChosenMatch(c, e.address())) {
        continue;
      }
      boolean changed = drift(e, c.plan()).isPresent() || planned(e, c.plan()).filter(rc -> rc.kind() == ChangeKind.UPDATE).isPresent();
      if (c.addresses().containsKey(e.address()) && updateOrPlainNoOp(e, c.plan()) && changed) {
        seen = true;
        assertThat(e.verdict().isActionable()).as(e.id() + " " + e.verdict() + ": " + e.reason()).isFalse();
        assertThat(findingsBy(e, "ignore-changes")).as(e.id().toString()).singleElement().satisfies(f -> {
          assertThat(f.verdict()).isEqualTo(Verdict.IGNORED);
          assertThat(f.reason()).contains("covered by ignore_changes");
        });
      } else if (!c.addresses().containsKey(e.address())) {
        assertThat(findingsBy(e, "ignore-changes")).as(e.id().toString()).isEmpty();
      }
    }
    Statistics.cover(20.0, seen, "an ignored update or drift");
  }

  // ---- expected-drift -----------------------------------------------------------------------------

  @PlanProperty(tries = TRIES)
  void driftMatchedByAnUnexpiredExpectationIsExpectedAndByAnExpiredOneIsNot(@From("chosen") Chosen c) {
    Policy.Builder p = Policy.builder();
    c.addresses().forEach((a, expired) -> p.addExpected(
        new Expectation(Glob.any(), DriftCases.globFor(a), List.of(PathPattern.all()), "ticket " + a.length(), Optional.of(expired ? TODAY.minusDays(1) : TODAY.plusDays(30)), Location.code())));
    Report r = classify(c.plan(), p.build(), ExistingObjects.none());
    Set<String> seen = new TreeSet<>();
    for (ClassifiedEntry e : r.entries()) {
      if (!onlyChosenMatch(c, e.address()) || !updateOrPlainNoOp(e, c.plan()) || drift(e, c.plan()).isEmpty()) {
        continue;
      }
      Boolean expired = c.addresses().get(e.address());
      seen.add(expired == null ? "absent" : expired ? "expired" : "unexpired");
      if (expired == null || expired) {
        assertThat(findingsBy(e, "expected-drift")).as(e.id() + " expectation " + (expired == null ? "absent" : "expired")).isEmpty();
      } else {
        assertThat(findingsBy(e, "expected-drift")).as(e.id().toString()).singleElement().satisfies(f -> {
          assertThat(f.verdict()).isEqualTo(Verdict.EXPECTED);
          assertThat(f.reason()).contains("expected", "until " + TODAY.plusDays(30));
        });
        assertThat(e.verdict().isActionable()).as(e.id() + " " + e.verdict()).isFalse();
      }
    }
    Statistics.cover(3.0, seen.contains("unexpired"), "drift under an unexpired expectation");
    Statistics.cover(3.0, seen.contains("expired"), "drift under an expired expectation");
    long expiredChosen = c.addresses().values().stream().filter(x -> x).count();
    assertThat(r.expiredExpectations()).hasSize((int) expiredChosen);
  }

  // ---- import-existing ----------------------------------------------------------------------------

  @PlanProperty(tries = TRIES)
  void everyPlannedCreateThatAlreadyExistsGetsOneImportFindingAndNothingElseDoes(@From("chosen") Chosen c) {
    List<ExistingObject> objects = new ArrayList<>();
    int line = 1;
    for (String a : c.addresses().keySet()) {
      objects.add(ExistingObject.of(a, "id-" + line, new ExistingObject.Origin("EntityAlreadyExists", "apply.log", line++)));
    }
    objects.add(ExistingObject.of("aws_s3_bucket.not_in_the_plan", "elsewhere", new ExistingObject.Origin("BucketAlreadyOwnedByYou", "apply.log", line)));
    ExistingObjects existing = ExistingObjects.of(objects);
    Report r = classify(c.plan(), Policy.builder().build(), existing);
    boolean seen = false;
    for (ClassifiedEntry e : r.entries()) {
      boolean create = planned(e, c.plan()).filter(rc -> rc.kind() == ChangeKind.CREATE).isPresent();
      boolean named = c.addresses().containsKey(e.address());
      if (named && create && e.deposed().isEmpty() && !e.isDeferred() && !e.driftActions().contains(io.github.tfdrift.core.model.Action.DELETE)) {
        assertThat(findingsBy(e, "import-existing")).as(e.id().toString()).singleElement().satisfies(f -> {
          assertThat(f.verdict()).isEqualTo(Verdict.IMPORT);
          assertThat(f.reason()).contains("already exists outside the state", "apply.log");
        });
        assertThat(e).hasVerdict(Verdict.IMPORT);
        seen = true;
      } else {
        assertThat(findingsBy(e, "import-existing")).as(e.id().toString()).isEmpty();
      }
    }
    Statistics.cover(5.0, seen, "a create of an object that already exists");
  }

  // ---- drift-not-acted-on -------------------------------------------------------------------------

  @PlanProperty(tries = TRIES)
  void driftOnAttributesAPlannedUpdateDoesNotTouchIsReportedAsNotActedOn(@Size(min = 4, max = 8) Plan plan) {
    Report r = classify(plan, Policy.builder().build(), ExistingObjects.none());
    boolean seen = false;
    for (ClassifiedEntry e : r.entries()) {
      Optional<ResourceChange> d = drift(e, plan);
      Optional<ResourceChange> rc = planned(e, plan).filter(x -> x.kind() == ChangeKind.UPDATE);
      if (d.isEmpty() || rc.isEmpty() || e.isDeferred() || e.deposed().isPresent() || e.driftActions().contains(io.github.tfdrift.core.model.Action.DELETE)) {
        continue;
      }
      List<AttributePath> touched = AttributeDiff.asShown(rc.get().change()).paths();
      Set<AttributePath> untouched = new LinkedHashSet<>();
      for (AttributePath p : AttributeDiff.asShown(d.get().change()).paths()) {
        if (touched.stream().noneMatch(p::overlaps)) {
          untouched.add(p);
        }
      }
      List<Finding> found = findingsBy(e, "drift-not-acted-on");
      if (untouched.isEmpty()) {
        assertThat(found).as(e.id().toString()).isEmpty();
      } else {
        seen = true;
        assertThat(found).as(e.id().toString()).singleElement().satisfies(f -> {
          assertThat(f.verdict()).isEqualTo(Verdict.IGNORED);
          assertThat(new LinkedHashSet<>(f.paths())).isEqualTo(untouched);
          assertThat(f.reason()).contains("the planned update does not touch");
        });
      }
    }
    Statistics.cover(3.0, seen, "drift beside an update that does not touch it");
  }

  // ---- required-tags ------------------------------------------------------------------------------

  static final List<String> TAGS = List.of("ManagedBy", "Workspace", "Environment", "Owner", "CostCenter");
  static final String TAG_SECRET = "T4G-SECRET-";

  /** One planned resource with tags: created or updated, which of {@link #TAGS} it carries, and whether its tags are sensitive. */
  record Tagged(boolean create, List<Boolean> carries, boolean sensitive) {
    Set<String> tags() {
      Set<String> out = new LinkedHashSet<>();
      for (int i = 0; i < TAGS.size(); i++) {
        if (carries.get(i)) {
          out.add(TAGS.get(i));
        }
      }
      return out;
    }
  }

  /** Plans of creates and updates with tags, and the tags a policy requires. */
  record TagCase(List<Tagged> resources, List<String> required, Plan plan) {
    @Override
    public String toString() {
      return "required " + required + "\n" + PlanWriter.pretty().toJson(plan);
    }
  }

  static Gen<TagCase> tagCases() {
    Gen<Tagged> tagged = Gen.tuple(List.of(Gen.booleans(), Gen.listOf(Gen.booleans(), TAGS.size(), TAGS.size()), Gen.booleans()))
        .map(t -> {
          @SuppressWarnings("unchecked")
          List<Boolean> carries = (List<Boolean>) t.get(1);
          return new Tagged((Boolean) t.get(0), carries, (Boolean) t.get(2));
        });
    return Gen.zip(Gen.listOf(tagged, 1, 5), Gen.listOf(Gen.booleans(), TAGS.size(), TAGS.size()), (resources, which) -> {
      List<String> required = new ArrayList<>();
      for (int i = 0; i < TAGS.size(); i++) {
        if (which.get(i)) {
          required.add(TAGS.get(i));
        }
      }
      if (required.isEmpty()) {
        required.add(TAGS.get(0));
      }
      PlanBuilder b = Plans.plan();
      for (int i = 0; i < resources.size(); i++) {
        Tagged t = resources.get(i);
        Map<String, JsonValue> tags = new LinkedHashMap<>();
        for (String tag : t.tags()) {
          tags.put(tag, JsonValue.of(TAG_SECRET + i + "-" + tag.length()));
        }
        JsonValue after = JsonValue.object(Map.of("ami", JsonValue.of("ami-" + i), "tags", JsonValue.object(tags)));
        ResourceChangeBuilder r = b.resource("aws_instance.r" + i);
        if (t.create()) {
          r.create().after(after);
        } else {
          r.update().before(JsonValue.object(Map.of("ami", JsonValue.of("ami-old"), "tags", JsonValue.object(tags)))).after(after);
        }
        if (t.sensitive()) {
          r.sensitive("tags");
        }
      }
      return new TagCase(resources, required, b.build());
    });
  }

  @PlanProperty(tries = TRIES)
  void aResourceMissingRequiredTagsGetsExactlyOneFindingNamingThemAndNeverATagValue(@From("tagCases") TagCase c) {
    assertThat(PlanValidity.problems(c.plan())).isEmpty();
    Report r = classify(c.plan(), Policy.builder().requiredTags(RequiredTags.of(c.required().toArray(new String[0]))).build(), ExistingObjects.none());
    for (int i = 0; i < c.resources().size(); i++) {
      Tagged t = c.resources().get(i);
      ClassifiedEntry e = r.entry("aws_instance.r" + i).orElseThrow();
      List<String> missing = c.required().stream().filter(tag -> !t.tags().contains(tag)).toList();
      List<Finding> found = findingsBy(e, "required-tags");
      Statistics.cover(10.0, missing.isEmpty(), "a resource with every required tag");
      Statistics.cover(10.0, !missing.isEmpty() && t.sensitive(), "a resource with sensitive tags missing some");
      if (missing.isEmpty()) {
        assertThat(found).as(e.id().toString()).isEmpty();
        continue;
      }
      assertThat(found).as(e.id().toString()).singleElement().satisfies(f -> {
        assertThat(f.verdict()).isEqualTo(t.create() ? Verdict.CREATE : Verdict.UPDATE);
        assertThat(f.reason()).contains(missing);
        t.tags().forEach(present -> assertThat(f.reason()).doesNotContain(present));
        assertThat(f.reason()).doesNotContain(TAG_SECRET);
        assertThat(f.warnings()).allSatisfy(w -> assertThat(w).contains(missing).doesNotContain(TAG_SECRET));
      });
      assertThat(e).isAtLeast(t.create() ? Verdict.CREATE : Verdict.UPDATE);
    }
    assertThat(r.toString()).doesNotContain(TAG_SECRET);
    r.entries().forEach(e -> assertThat(e.reason()).doesNotContain(TAG_SECRET));
  }

  // ---- action-invocation --------------------------------------------------------------------------

  static Gen<Plan> actionPlans() {
    return PlanGens.plansWithActionInvocations(4, 3);
  }

  /** Every invocation of the plan, with its deferral reason (empty when it is not deferred). */
  static Map<String, Optional<String>> invocations(Plan plan) {
    Map<String, Optional<String>> m = new LinkedHashMap<>();
    plan.actionInvocations().forEach(a -> m.put(a.address(), Optional.empty()));
    if (plan.deferredActionInvocations() instanceof JsonValue.Arr deferred) {
      for (JsonValue d : deferred.elements()) {
        m.put(d.get("action_invocation").get("address").asText().orElseThrow(), d.get("reason").asText());
      }
    }
    return m;
  }

  @PlanProperty(tries = TRIES)
  void everyActionInvocationIsAnActionableEntryInvokedOrDeferredThatNamesItsTrigger(@From("actionPlans") Plan plan) {
    Report r = classify(plan, Policy.builder().build(), ExistingObjects.none());
    Map<String, Optional<String>> expected = invocations(plan);
    assertThat(r.actions()).extracting(ClassifiedAction::address).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (ClassifiedAction a : r.actions()) {
      ActionInvocation inv = a.invocation();
      Optional<String> deferral = expected.get(a.address());
      assertThat(a.verdict()).as(a.address()).isEqualTo(deferral.isPresent() ? Verdict.DEFERRED : Verdict.INVOKE);
      assertThat(a.verdict().isActionable()).isTrue();
      assertThat(a.ruleId()).isEqualTo("action-invocation");
      assertThat(a.reason()).as(a.address()).contains(a.address());
      Optional<String> resource = inv.lifecycleActionTrigger().get("triggering_resource_address").asText();
      if (resource.isPresent()) {
        String event = inv.lifecycleActionTrigger().get("action_trigger_event").asText().orElseThrow();
        String words = event.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        assertThat(a.reason()).as(a.address()).contains(words + " of " + resource.get());
      } else {
        assertThat(a.reason()).as(a.address()).contains("apply -invoke");
      }
      assertThat(a.reason()).doesNotContain("{\"n\":");
    }
    Statistics.cover(20.0, r.actions().stream().anyMatch(ClassifiedAction::isDeferred), "a deferred invocation");
    Statistics.cover(20.0, r.actions().stream().anyMatch(a -> !a.invocation().lifecycleActionTrigger().isAbsent()), "a lifecycle trigger");
    Statistics.cover(20.0, r.actions().stream().anyMatch(a -> a.invocation().lifecycleActionTrigger().isAbsent()), "apply -invoke");
  }
}
