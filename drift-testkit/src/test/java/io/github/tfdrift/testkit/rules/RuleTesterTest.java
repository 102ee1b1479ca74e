package io.github.tfdrift.testkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathCategory;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.PlanBuilder;
import io.github.tfdrift.testkit.builder.Plans;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class RuleTesterTest {
  static final String VM = "module.jellyfin.proxmox_virtual_environment_vm.vm";

  /** A rule made of a function, for tests. */
  static Rule rule(String id, BiFunction<EntryFacts, PlanContext, List<Finding>> f) {
    return new Rule() {
      public String id() {
        return id;
      }

      public String summary() {
        return "A rule for tests.";
      }

      public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
        return f.apply(e, ctx);
      }
    };
  }

  /** S3 buckets made public are UPDATE with risk HIGH about acl, showing the new value safely. */
  static final Rule PUBLIC_BUCKET =
      rule(
          "public-bucket",
          (e, ctx) -> {
            if (!e.type().equals("aws_s3_bucket")) {
              return List.of();
            }
            for (PathChange c : e.plannedChanges()) {
              if (c.path().render().equals("acl") && c.after().equals(JsonValue.of("public-read"))) {
                return List.of(
                    Finding.propose(Verdict.UPDATE, e.address() + " becomes public (" + ctx.transition(c) + ").")
                        .paths(List.of(c.path()))
                        .risk(Risk.HIGH)
                        .build()
                        .withWarning("Public buckets need an approval."));
              }
            }
            return List.of();
          });

  static PlanBuilder buckets() {
    PlanBuilder p = Plans.plan();
    p.resource("aws_s3_bucket.public").update().before(Json.obj("acl", "private", "bucket", "public")).after(Json.obj("acl", "public-read", "bucket", "public"));
    p.resource("aws_s3_bucket.private").update().before(Json.obj("acl", "private", "bucket", "x")).after(Json.obj("acl", "private", "bucket", "y"));
    p.resource("aws_iam_role.r").create().after(Json.obj("name", "r"));
    return p;
  }

  @Test
  void expectedFindingsAndNoOthersPass() {
    RuleTester.forRule(PUBLIC_BUCKET)
        .given(buckets())
        .on(LocalDate.of(2026, 11, 22))
        .expectFinding("aws_s3_bucket.public")
        .withVerdict(Verdict.UPDATE)
        .withRisk(Risk.HIGH)
        .withProcedure(Procedure.APPLY)
        .withPaths("acl")
        .withReasonContaining("becomes public", "(\"private\" → \"public-read\")")
        .withWarningContaining("approval")
        .and()
        .expectNoFindingFor("aws_s3_bucket.private")
        .expectNoFindingFor("aws_iam_role.r")
        .expectNoOtherFindings()
        .verify();
  }

  @Test
  void aWrongRiskListsExpectedAndActualFindings() {
    RuleTester t = RuleTester.forRule(PUBLIC_BUCKET).given(buckets()).expectFinding("aws_s3_bucket.public").withRisk(Risk.CRITICAL).withNoPaths().and().expectNoOtherFindings();
    String nl = System.lineSeparator();
    assertThatThrownBy(t::verify)
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Rule 'public-bucket' on the plan (3 resource changes, 0 drift entries; policy empty; today) does not behave as expected:" + nl
                + "  - expected aws_s3_bucket.public: a finding with risk CRITICAL, no paths, but the rule found UPDATE / HIGH / APPLY about [acl]: "
                + "\"aws_s3_bucket.public becomes public (\"private\" → \"public-read\").\" (warnings: Public buckets need an approval.) (risk HIGH, not CRITICAL; paths [acl], not [])" + nl
                + "  - aws_s3_bucket.public: unexpected finding UPDATE / HIGH / APPLY about [acl]: \"aws_s3_bucket.public becomes public (\"private\" → \"public-read\").\" (warnings: Public buckets need an approval.)" + nl
                + "Expected findings:" + nl
                + "  aws_s3_bucket.public: a finding with risk CRITICAL, no paths" + nl
                + "  no other finding" + nl
                + "Actual findings:" + nl
                + "  aws_s3_bucket.public: UPDATE / HIGH / APPLY about [acl]: \"aws_s3_bucket.public becomes public (\"private\" → \"public-read\").\" (warnings: Public buckets need an approval.)");
  }

  @Test
  void missingAndForbiddenFindingsAreReported() {
    assertThatThrownBy(() -> RuleTester.forRule(PUBLIC_BUCKET).given(buckets()).expectFinding("aws_s3_bucket.private").verify())
        .hasMessageContaining("  - expected aws_s3_bucket.private: a finding, but the rule found nothing there");
    assertThatThrownBy(() -> RuleTester.forRule(PUBLIC_BUCKET).given(buckets()).expectNoFindingFor("aws_s3_bucket.public").verify())
        .hasMessageContaining("  - aws_s3_bucket.public: expected no finding, but the rule found UPDATE / HIGH / APPLY about [acl]");
    assertThatThrownBy(() -> RuleTester.forRule(PUBLIC_BUCKET).given(buckets()).expectNoFindings().verify())
        .hasMessageContaining("  - aws_s3_bucket.public: unexpected finding UPDATE / HIGH / APPLY")
        .hasMessageContaining("Expected findings:" + System.lineSeparator() + "  no finding anywhere");
    assertThatThrownBy(() -> RuleTester.forRule(PUBLIC_BUCKET).given(buckets()).expectFinding("aws_s3_bucket.public").withVerdict(Verdict.UPDATE).expectFinding("aws_s3_bucket.public").verify())
        .hasMessageContaining("(already matched by another expectation)");
  }

  @Test
  void aTypoInAnAddressFailsInsteadOfPassingVacuously() {
    assertThatThrownBy(() -> RuleTester.forRule(PUBLIC_BUCKET).given(buckets()).expectNoFindingFor("aws_s3_bucket.pubic").verify())
        .hasMessageContaining("  - aws_s3_bucket.pubic: the plan has no such entry (entries: aws_iam_role.r, aws_s3_bucket.private, aws_s3_bucket.public)");
  }

  @Test
  void aRuleThatThrowsFailsWithTheExceptionAsCause() {
    Rule boom = rule("boom", (e, ctx) -> {
      throw new IllegalStateException("no tags on " + e.address());
    });
    assertThatThrownBy(() -> RuleTester.forRule(boom).given("s1-memory-changed").verify())
        .hasMessageContaining("  - " + VM + ": the rule threw java.lang.IllegalStateException (the engine would report a rule error, exit code 1)")
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RuleTester.forRule(boom).given("s1-memory-changed").findings()).hasMessageContaining("the rule threw java.lang.IllegalStateException");
  }

  @Test
  void nullsAreReported() {
    assertThatThrownBy(() -> RuleTester.forRule(rule("nulls", (e, ctx) -> null)).given("clean-run").verify())
        .hasMessageContaining(VM + ": the rule returned null instead of a list (return List.of() for no opinion)");
    assertThatThrownBy(() -> RuleTester.forRule(rule("nulls", (e, ctx) -> java.util.Arrays.asList((Finding) null))).given("clean-run").verify())
        .hasMessageContaining(VM + ": the rule returned a null finding");
  }

  @Test
  void aRuleThatKeepsStateIsNotDeterministic() {
    int[] calls = {0};
    Rule counting = rule("counting", (e, ctx) -> List.of(Finding.propose(Verdict.UPDATE, "call " + ++calls[0]).build()));
    assertThatThrownBy(() -> RuleTester.forRule(counting).given("clean-run").verify())
        .hasMessageContaining(VM + ": the rule is not deterministic: the first run found UPDATE / LOW / APPLY: \"call 1\", a second run (fresh evidence, entries in reverse order) found UPDATE / LOW / APPLY: \"call 2\"");
  }

  @Test
  void aRuleThatShowsASensitiveValueFailsWithoutShowingIt() {
    String password = "Jf-cloudinit-7Qv!x2r9";
    Rule leaky =
        rule(
            "leaky",
            (e, ctx) -> {
              JsonValue v = e.planned().get().change().after().get("initialization").get(0).get("user_account").get(0).get("password");
              return List.of(Finding.propose(Verdict.UPDATE, "password " + JsonValues.toJson(v)).build());
            });
    assertThatThrownBy(() -> RuleTester.forRule(leaky).given("s1-memory-changed").verify())
        .hasMessageContaining(VM + ": its reason shows a sensitive value of " + VM + " in resource_changes (before) (value not shown); show values with PlanContext.display")
        .hasMessageContaining("  " + VM + ": UPDATE / LOW / APPLY: (not shown: it contains a sensitive value)")
        .hasMessageNotContaining(password);
    Rule safe =
        rule(
            "safe",
            (e, ctx) -> {
              JsonValue v = e.planned().get().change().after().get("initialization").get(0).get("user_account").get(0).get("password");
              return List.of(Finding.propose(Verdict.UPDATE, "password " + ctx.display(v, true)).build());
            });
    RuleTester.forRule(safe).given("s1-memory-changed").expectFinding(VM).withReasonContaining("password (sensitive)").and().expectNoOtherFindings().verify();
  }

  @Test
  void aFixtureBringsItsPolicyUnlessAnotherIsGiven() {
    Rule ignored =
        rule(
            "report-ignored",
            (e, ctx) -> {
              List<PathChange> l = e.driftChanges(PathCategory.IGNORED);
              return l.isEmpty() ? List.of() : List.of(Finding.propose(Verdict.IGNORED, "ignored")
                  .paths(List.of(l.get(0).path()))
                  .build());
            });
    RuleTester.forRule(ignored).given("s5-golden-image-rotation").expectFinding(VM).withPaths("clone[0].vm_id").and().expectNoOtherFindings().verify();
    RuleTester.forRule(ignored).withPolicy("ignore_changes: []\n").given("s5-golden-image-rotation").expectNoFindings().verify();
    RuleTester.forRule(ignored).given("s5-golden-image-rotation").withPolicy(io.github.tfdrift.rules.policy.Policy.empty()).expectNoFindings().verify();
  }

  @Test
  void theDateIsWhatTheRuleSees() {
    Rule expected =
        rule(
            "report-expected",
            (e, ctx) -> e.driftChanges(PathCategory.EXPECTED).isEmpty()
                ? List.of()
                : List.of(Finding.propose(Verdict.EXPECTED, "expected on " + ctx.today()).build()));
    RuleTester.forRule(expected).given("expected-memory-bump").on(LocalDate.of(2030, 1, 31))
        .expectFinding(VM).withReasonContaining("expected on 2030-01-31").and().expectNoOtherFindings().verify();
    RuleTester.forRule(expected).given("expected-memory-bump").on(LocalDate.of(2030, 2, 1)).expectNoFindings().verify();
  }

  @Test
  void findingsAreStampedWithTheRuleIdAndKeyedByEntry() {
    Rule misnamed = rule("the-real-id", (e, ctx) -> List.of(Finding.propose(Verdict.NO_CHANGE, "ok").build().withRuleId("something-else")));
    Map<InstanceId, List<Finding>> found = RuleTester.forRule(misnamed).given(buckets()).findings();
    assertThat(found).containsOnlyKeys(InstanceId.of("aws_iam_role.r"), InstanceId.of("aws_s3_bucket.private"), InstanceId.of("aws_s3_bucket.public"));
    assertThat(found.values()).allSatisfy(l -> assertThat(l).singleElement().extracting(Finding::ruleId).isEqualTo("the-real-id"));
    assertThat(RuleTester.forRule(PUBLIC_BUCKET).given(buckets()).findings()).containsOnlyKeys(InstanceId.of("aws_s3_bucket.public"));
  }

  @Test
  void aDeposedObjectIsAddressedByItsInstanceId() {
    Plan p =
        Plans.plan()
            .resource("aws_instance.web").replaceCreateFirst().before(Json.obj("ami", "a")).after(Json.obj("ami", "b")).replacePath("ami")
            .resource("aws_instance.web").deposed("00000001").delete().before(Json.obj("ami", "old"))
            .build();
    Rule deposed = rule("deposed", (e, ctx) -> e.deposed().isPresent()
        ? List.of(Finding.propose(Verdict.DELETE, "leftover").risk(Risk.MEDIUM).build())
        : List.of());
    RuleTester.forRule(deposed).given(p)
        .expectFinding(new InstanceId("aws_instance.web", java.util.Optional.of("00000001"))).withVerdict(Verdict.DELETE)
        .and().expectNoFindingFor("aws_instance.web").expectNoOtherFindings().verify();
    assertThat(ChangeKind.REPLACE_CREATE_FIRST.isReplace()).isTrue();
  }

  @Test
  void badIdsAndMissingInputsAreReported() {
    assertThatThrownBy(() -> RuleTester.forRule(rule("Bad Id", (e, ctx) -> List.of())).given("clean-run").verify())
        .hasMessageContaining("the rule's id 'Bad Id' is not lower-case and dash-separated");
    assertThatThrownBy(() -> RuleTester.forRule(rule(null, (e, ctx) -> List.of())).given("clean-run").verify())
        .hasMessageContaining("the rule has no id");
    assertThatThrownBy(() -> RuleTester.forRule(PUBLIC_BUCKET).verify())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no plan: call given(plan), given(builder) or given(fixtureName) before verify()");
    assertThatThrownBy(() -> RuleTester.forRule(PUBLIC_BUCKET).withPolicy("ignore_change: []\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid policy: policy:1:1");
    assertThatThrownBy(() -> RuleTester.forRule(PUBLIC_BUCKET).given("no-such-fixture")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleTester.forRule(PUBLIC_BUCKET).given(buckets()).expectFinding("aws_s3_bucket.public").withPaths("acl[")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutExpectationsOnlyGoodBehaviourIsChecked() {
    RuleTester.forRule(PUBLIC_BUCKET).given(buckets()).verify();
    assertThat(RuleTester.forRule(PUBLIC_BUCKET).toString()).isEqualTo("RuleTester{public-bucket, 0 expected findings}");
    AttributePath acl = AttributePath.parse("acl").get();
    assertThat(RuleTester.forRule(PUBLIC_BUCKET).given(buckets()).findings().get(InstanceId.of("aws_s3_bucket.public")).get(0).paths()).containsExactly(acl);
  }
}
