package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import static io.github.tfdrift.rules.Plans.rc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.builtin.BuiltInRules;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.RequiredTags;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EngineTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static DriftEngine engine(Policy p) {
    return DriftEngine.builder().policy(p).withBuiltInRules().today(TODAY).build();
  }

  static String role(String name, String actions, String before, String after, String extra) {
    return rc(
            "module." + name + ".module.lambda_function.aws_iam_role.lambda[0]",
            "aws_iam_role",
            actions,
            before,
            after,
            extra)
        .replace("registry.opentofu.org/bpg/proxmox", "registry.terraform.io/hashicorp/aws")
        .replace("\"name\":\"lambda[0]\"", "\"name\":\"lambda\",\"index\":0");
  }

  static String roleAfter(String name, String tags) {
    return """
        {"name":"%s","assume_role_policy":"{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[]}","tags":%s,"tags_all":%s}
        """
        .formatted(name, tags, tags);
  }

  static final List<String> LAMBDAS =
      List.of("notion_lambda", "todoist_lambda", "chatgpt_lambda", "get_visualization_data", "put_todoist_lambda", "put_visualization_data");

  static Plan seed003(boolean importing, String tags) {
    String changes =
        LAMBDAS.stream()
            .map(n -> role(n, importing ? "[\"no-op\"]" : "[\"create\"]", importing ? roleAfter(n, tags) : "null", roleAfter(n, tags), importing ? "\"importing\":{\"id\":\"" + n + "\"}" : ""))
            .collect(Collectors.joining(","));
    return Plans.plan("", changes);
  }

  @Test
  void iamRolesPlannedForCreationAreCreate() {
    Report r = engine(Policy.empty()).classify(seed003(false, "{}"));
    assertThat(r.entries()).hasSize(6).allMatch(e -> e.verdict() == Verdict.CREATE && e.procedure() == Procedure.APPLY);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.decision()).isEqualTo(Decision.ACTIONABLE);
  }

  @Test
  void iamRolesWithImportingAreImport() {
    Report r = engine(Policy.empty()).classify(seed003(true, "{}"));
    assertThat(r.entries()).hasSize(6).allMatch(e -> e.verdict() == Verdict.IMPORT && e.procedure() == Procedure.IMPORT);
    assertThat(r.entry("module.notion_lambda.module.lambda_function.aws_iam_role.lambda[0]").orElseThrow().reason())
        .isEqualTo("module.notion_lambda.module.lambda_function.aws_iam_role.lambda[0] will be imported into state (id \"notion_lambda\").");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void requiredTagsAreOptIn() {
    Report off = engine(Policy.empty()).classify(seed003(false, "{}"));
    assertThat(off.entries()).allMatch(e -> e.warnings().isEmpty());
    Policy on = Policy.builder().requiredTags(RequiredTags.of()).build();
    Report r = engine(on).classify(seed003(false, "{\"ManagedBy\":\"Terraform\"}"));
    ClassifiedEntry e = r.entries().get(0);
    assertThat(e.ruleId()).isEqualTo("required-tags");
    assertThat(e.risk()).isEqualTo(Risk.MEDIUM);
    assertThat(e.warnings()).anyMatch(w -> w.endsWith("is missing required tags Workspace and Environment."));
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void requiredTagsMakeAnOtherwiseQuietUpdateActionable() {
    Policy p =
        Policy.builder()
            .requiredTags(RequiredTags.of())
            .addIgnore(io.github.tfdrift.rules.policy.IgnoreRule.of("aws_iam_role", "*", "description"))
            .build();
    String before = "{\"name\":\"r\",\"description\":\"a\",\"tags\":{}}";
    String after = "{\"name\":\"r\",\"description\":\"b\",\"tags\":{}}";
    Plan plan = Plans.plan("", role("x", "[\"update\"]", before, after, ""));
    Report r = engine(p).classify(plan);
    assertThat(r.entries().get(0).verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(r.entries().get(0).findings()).extracting(Finding::verdict).contains(Verdict.IGNORED);
    Report withoutTags = engine(p.toBuilder().requiredTags(RequiredTags.disabled()).build()).classify(plan);
    assertThat(withoutTags.entries().get(0).verdict()).isEqualTo(Verdict.IGNORED);
    assertThat(withoutTags.exitCode()).isZero();
  }

  @Test
  void jsonPolicyReformattedInPlannedUpdateIsCosmetic() {
    String before = "{\"name\":\"p\",\"policy\":\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":\\\"s3:*\\\"}]}\"}";
    String after = "{\"name\":\"p\",\"policy\":\"{\\n  \\\"Statement\\\": [{\\\"Action\\\": \\\"s3:*\\\", \\\"Effect\\\": \\\"Allow\\\"}],\\n  \\\"Version\\\": \\\"2012-10-17\\\"\\n}\"}";
    Report r = engine(Policy.empty()).classify(Plans.plan("", rc("aws_iam_policy.p", "aws_iam_policy", "[\"update\"]", before, after, "")));
    ClassifiedEntry e = r.entries().get(0);
    assertThat(e.verdict()).isEqualTo(Verdict.COSMETIC);
    assertThat(e.renderedPaths()).containsExactly("policy");
    assertThat(e.reason()).contains("JSON document");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void moveReadForgetAndDeposedDeleteAreClassifiedByTheirActions() {
    String obj = "{\"id\":\"x\"}";
    String changes =
        String.join(
            ",",
            rc("aws_s3_bucket.new", "aws_s3_bucket", "[\"no-op\"]", obj, obj, "").replace("\"mode\"", "\"previous_address\":\"aws_s3_bucket.old\",\"mode\""),
            rc("data.aws_ami.ubuntu", "aws_ami", "[\"read\"]", "null", obj, "").replace("\"mode\":\"managed\"", "\"mode\":\"data\"").replace("}}\n", "},\"action_reason\":\"read_because_config_unknown\"}\n"),
            rc("aws_instance.gone", "aws_instance", "[\"forget\"]", obj, "null", ""),
            rc("aws_instance.web", "aws_instance", "[\"delete\"]", obj, "null", "").replace("\"mode\"", "\"deposed\":\"deadbeef\",\"mode\""),
            rc("aws_instance.web", "aws_instance", "[\"no-op\"]", obj, obj, ""));
    Report r = engine(Policy.empty()).classify(Plans.plan("", changes));
    assertThat(r.entry("aws_s3_bucket.new").orElseThrow().verdict()).isEqualTo(Verdict.MOVE);
    assertThat(r.entry("data.aws_ami.ubuntu").orElseThrow().verdict()).isEqualTo(Verdict.READ);
    assertThat(r.entry("data.aws_ami.ubuntu").orElseThrow().reason()).contains("known only after apply");
    assertThat(r.entry("aws_instance.gone").orElseThrow().verdict()).isEqualTo(Verdict.FORGET);
    assertThat(r.entry("aws_instance.web").orElseThrow().verdict()).isEqualTo(Verdict.NO_CHANGE);
    ClassifiedEntry deposed = r.entry(io.github.tfdrift.core.model.InstanceId.of("aws_instance.web", java.util.Optional.of("deadbeef"))).orElseThrow();
    assertThat(deposed.verdict()).isEqualTo(Verdict.DELETE);
    assertThat(deposed.reason()).contains("deposed");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.entries()).extracting(ClassifiedEntry::address).isSorted();
  }

  @Test
  void outputOnlyChangesAreReportedButAreNotDrift() {
    String json =
        Plans.planJson("", rc("aws_s3_bucket.b", "aws_s3_bucket", "[\"no-op\"]", "{}", "{}", ""))
            .replace("\"timestamp\"", "\"output_changes\":{\"url\":{\"actions\":[\"update\"],\"before\":\"a\",\"after\":\"b\",\"after_unknown\":false,\"before_sensitive\":false,\"after_sensitive\":false},\"token\":{\"actions\":[\"create\"],\"before\":null,\"after\":\"s3cr3t\",\"after_unknown\":false,\"before_sensitive\":true,\"after_sensitive\":true}},\"timestamp\"");
    Report r = engine(Policy.empty()).classify(Plans.read(json));
    assertThat(r.outputChanges()).containsExactly(new OutputChange("token", ChangeKind.CREATE, true), new OutputChange("url", ChangeKind.UPDATE, false));
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void erroredPlanIsExitOneButStillListsItsChanges() {
    String json = Plans.planJson("", rc("aws_s3_bucket.b", "aws_s3_bucket", "[\"create\"]", "null", "{}", "")).replace("\"errored\":false", "\"errored\":true");
    Report r = engine(Policy.empty()).classify(Plans.read(json));
    assertThat(r.errored()).isTrue();
    assertThat(r.decision()).isEqualTo(Decision.ERROR);
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.exitCode(ExitCodeMode.TERRAFORM)).isEqualTo(1);
    assertThat(r.entries()).extracting(ClassifiedEntry::verdict).containsExactly(Verdict.CREATE);
  }

  static final class Exploding implements Rule {
    @Override
    public String id() {
      return "exploding";
    }

    @Override
    public String summary() {
      return "throws with a secret in the message";
    }

    @Override
    public List<Finding> evaluate(EntryFacts entry, PlanContext context) {
      throw new IllegalStateException("password=hunter2");
    }
  }

  @Test
  void aRuleThatThrowsIsIsolatedAndReportedByClassOnly() {
    DriftEngine e = DriftEngine.builder().withBuiltInRules().addRule(new Exploding()).today(TODAY).build();
    Report r = e.classify(seed003(false, "{}"));
    assertThat(r.entries()).hasSize(6).allMatch(x -> x.verdict() == Verdict.CREATE);
    assertThat(r.ruleErrors()).hasSize(6).allMatch(x -> x.ruleId().equals("exploding") && x.exceptionClass().equals("java.lang.IllegalStateException"));
    assertThat(r.ruleErrors().get(0).describe()).doesNotContain("hunter2");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  /** A custom rule from the README: any change to an aws_iam_* resource needs review. */
  static final class IamNeedsReview implements Rule {
    @Override
    public String id() {
      return "iam-needs-review";
    }

    @Override
    public String summary() {
      return "Any change to aws_iam_* resources needs a security review.";
    }

    @Override
    public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
      if (!e.type().startsWith("aws_iam_") || e.plannedKind() == ChangeKind.NO_OP) {
        return List.of();
      }
      return List.of(Finding.propose(e.actionVerdict(), e.address() + " changes IAM: get a security review before applying.")
          .risk(Risk.HIGH)
          .procedure(Procedure.STOP)
          .build());
    }
  }

  @Test
  void customRuleRaisesRiskAndProcedure() {
    Report r = DriftEngine.builder().withBuiltInRules().addRule(new IamNeedsReview()).today(TODAY).build().classify(seed003(false, "{}"));
    assertThat(r.entries()).allMatch(e -> e.ruleId().equals("iam-needs-review") && e.procedure() == Procedure.STOP && e.verdict() == Verdict.CREATE && e.risk() == Risk.HIGH);
  }

  static final class Downgrader implements Rule {
    @Override
    public String id() {
      return "downgrader";
    }

    @Override
    public String summary() {
      return "claims everything is fine";
    }

    @Override
    public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
      return List.of(Finding.propose(Verdict.NO_CHANGE, "fine").build());
    }
  }

  @Test
  void aRuleCannotDowngradeADeleteEvenAlone() {
    Plan p = Plans.plan("", rc("aws_db_instance.main", "aws_db_instance", "[\"delete\"]", "{\"id\":\"db\"}", "null", ""));
    Report r = DriftEngine.builder().addRule(new Downgrader()).today(TODAY).build().classify(p);
    ClassifiedEntry e = r.entries().get(0);
    assertThat(e.verdict()).isEqualTo(Verdict.DELETE);
    assertThat(e.procedure()).isEqualTo(Procedure.STOP);
    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void installedRulesAreFoundWithServiceLoader() {
    DriftEngine e = DriftEngine.builder().withInstalledRules().build();
    assertThat(e.rules()).extracting(Rule::id).containsAll(BuiltInRules.all().stream().map(Rule::id).collect(Collectors.toList()));
  }

  @Test
  void everyBuiltInRuleHasADocPage() throws Exception {
    for (Rule rule : BuiltInRules.all()) {
      try (InputStream in = Rule.class.getResourceAsStream("/io/github/tfdrift/rules/docs/" + rule.id() + ".md")) {
        assertThat(in).as("doc page of %s", rule.id()).isNotNull();
      }
      assertThat(rule.documentation()).startsWith("# " + rule.id());
      assertThat(rule.summary()).isNotBlank();
    }
  }

  @Test
  void ruleOrderNeverChangesTheResult() {
    Plan p = RunbookScenarioTest.goldenImageRotated();
    List<Rule> rules = new ArrayList<>(BuiltInRules.all());
    Report a = DriftEngine.builder().today(TODAY).policy(RunbookScenarioTest.policy(RunbookScenarioTest.RUNBOOK_POLICY)).build().classify(p);
    java.util.Collections.reverse(rules);
    DriftEngine.Builder b = DriftEngine.builder().today(TODAY).policy(RunbookScenarioTest.policy(RunbookScenarioTest.RUNBOOK_POLICY));
    rules.forEach(b::addRule);
    Report reversed = b.build().classify(p);
    DriftEngine.Builder f = DriftEngine.builder().today(TODAY).policy(RunbookScenarioTest.policy(RunbookScenarioTest.RUNBOOK_POLICY));
    BuiltInRules.all().forEach(f::addRule);
    assertThat(reversed.entries()).isEqualTo(f.build().classify(p).entries());
    assertThat(a.entries().get(0).verdict()).isEqualTo(Verdict.IGNORED);
  }

  @Test
  void evidenceIsWhatTheRulesSeeInReportOrder() {
    String actual = Plans.vm(10240, 1, "[\"media\"]", 9000, "[\"" + Plans.KEY + "\"]");
    Plan p =
        Plans.plan(
            Plans.vmChange("[\"update\"]", Plans.vm(), actual, ""),
            Plans.vmChange("[\"update\"]", actual, Plans.vm(), "") + "," + rc("aws_s3_bucket.b", "aws_s3_bucket", "[\"create\"]", "null", "{\"bucket\":\"b\"}", ""));
    DriftEngine engine = engine(Policy.empty());
    var evidence = engine.evidence(p);
    Report report = engine.classify(p);
    assertThat(evidence.entries()).extracting(EntryFacts::id).containsExactlyElementsOf(report.entries().stream().map(ClassifiedEntry::id).toList());
    assertThat(evidence.context().today()).isEqualTo(TODAY);
    assertThat(evidence.errors()).isEmpty();
    EntryFacts vm = evidence.entry(Plans.VM).orElseThrow();
    assertThat(vm.driftChanges()).extracting(c -> c.path().render()).containsExactly("memory[0].dedicated");
    Rule realDrift = BuiltInRules.all().stream().filter(r -> r.id().equals("real-drift")).findFirst().orElseThrow();
    assertThat(realDrift.evaluate(vm, evidence.context()).stream().map(f -> f.withRuleId("real-drift")).toList()).containsExactlyElementsOf(
        report.entry(Plans.VM).orElseThrow().findings().stream().filter(f -> f.ruleId().equals("real-drift")).toList());
    assertThat(evidence.entry("aws_s3_bucket.missing")).isEmpty();
    assertThat(evidence.toString()).isEqualTo("PlanEvidence{2 entries, 0 errors, today=2026-11-22}");
  }

  @Test
  void aNewAttributeKnownOnlyAfterApplyIsAPlannedChange() {
    String before = "{\"bucket\":\"b\",\"key\":\"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHb1nF3xkOQk8c2pW7sLq9vRj0dZyT4m a@b\"}";
    String after = "{\"bucket\":\"b\",\"key\":\"ssh-ed25519  AAAAC3NzaC1lZDI1NTE5AAAAIHb1nF3xkOQk8c2pW7sLq9vRj0dZyT4m a@b\\n\"}";
    Plan p =
        Plans.plan(
            "",
            rc("aws_s3_bucket.b", "aws_s3_bucket", "[\"update\"]", before, after, "")
                .replace("\"after_unknown\":{}", "\"after_unknown\":{\"version_id\":true}"));
    Report r = engine(Policy.empty()).classify(p);
    ClassifiedEntry e = r.entry("aws_s3_bucket.b").orElseThrow();
    assertThat(engine(Policy.empty()).evidence(p).entry("aws_s3_bucket.b").orElseThrow().plannedChanges())
        .extracting(c -> c.path().render() + " " + c.category() + (c.unknown() ? " unknown" : ""))
        .containsExactly("key COSMETIC", "version_id REAL unknown");
    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(e.renderedPaths()).containsExactly("version_id");
    assertThat(e.reason()).contains("version_id ((none) → (known after apply))");
    assertThat(r.exitCode()).isEqualTo(2);
  }
}
