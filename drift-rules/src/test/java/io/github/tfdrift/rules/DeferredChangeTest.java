package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyReader;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code deferred_changes} (Terraform 1.9+, {@code plan -allow-deferral}): every deferred change is
 * an entry, DEFERRED unless it deletes, which stays REPLACE or DELETE.
 *
 * <p>The plans are written by hand from the format reference: real Terraform writes deferred
 * changes only with the {@code -allow-deferral} experiment and providers whose configuration is
 * unknown, which cannot run offline, and no plan of the corpus has them.
 */
class DeferredChangeTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  /** A resource change as Terraform writes it; {@code extra} is raw JSON members (may be empty). */
  static String rc(String address, String type, String actions, String before, String after, String extra) {
    return rc(address, type, actions, before, after, extra, "");
  }

  /** As above, with raw JSON members added to the change object. */
  static String rc(String address, String type, String actions, String before, String after, String extra, String changeExtra) {
    int dot = address.lastIndexOf('.');
    String name = address.substring(dot + 1).replaceAll("\\[.*", "");
    return """
        {"address":"%s","mode":"%s","type":"%s","name":"%s",%s
         "provider_name":"registry.terraform.io/hashicorp/aws",
         "change":{"actions":%s,"before":%s,"after":%s,"after_unknown":{},
                   "before_sensitive":%s,"after_sensitive":%s%s}}
        """
        .formatted(
            address,
            address.startsWith("data.") ? "data" : "managed",
            type,
            name,
            extra.isEmpty() ? "" : extra + ",",
            actions,
            before,
            after,
            before.equals("null") ? "false" : "{}",
            after.equals("null") ? "false" : "{}",
            changeExtra.isEmpty() ? "" : "," + changeExtra);
  }

  static String deferred(String reason, String resourceChange) {
    return "{\"reason\":\"" + reason + "\",\"resource_change\":" + resourceChange + "}";
  }

  static final String WORKER =
      deferred(
          "instance_count_unknown",
          rc("aws_instance.worker[*]", "aws_instance", "[\"create\"]", "null", "{\"instance_type\":\"m7g.large\"}", "\"index_unknown\":true"));
  static final String API =
      deferred(
          "deferred_prereq",
          rc("aws_lambda_function.api", "aws_lambda_function", "[\"update\"]", "{\"memory_size\":128}", "{\"memory_size\":256}", ""));
  static final String DB =
      deferred(
          "provider_config_unknown",
          rc(
              "aws_db_instance.main",
              "aws_db_instance",
              "[\"delete\",\"create\"]",
              "{\"engine_version\":\"15\"}",
              "{\"engine_version\":\"16\"}",
              "\"action_reason\":\"replace_because_cannot_update\""));

  /** A Terraform 1.10 plan with the given entries (raw JSON, comma separated). */
  static Plan plan(String changes, String drift, String deferredChanges) {
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.10.5",
         "planned_values":{"root_module":{}},
         "resource_drift":[%s],
         "resource_changes":[%s],
         "deferred_changes":[%s],
         "configuration":{"provider_config":{"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws"}},"root_module":{}},
         "timestamp":"2026-11-22T04:00:00Z","applyable":true,"complete":false,"errored":false}
        """
            .formatted(drift, changes, deferredChanges);
    return PlanReader.create().read(json, "deferred.json").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  static Plan deferredOnly(String... deferredChanges) {
    return plan("", "", String.join(",", deferredChanges));
  }

  static Report classify(Plan plan) {
    return DriftEngine.builder().withBuiltInRules().today(TODAY).build().classify(plan, "deferred.json");
  }

  static ClassifiedEntry entry(Report r, String address) {
    return r.entry(address).orElseThrow(() -> new AssertionError("no entry " + address + " in " + r.entries()));
  }

  // ---- create, update, replace -----------------------------------------------------------------

  @Test
  void deferredCreateIsDeferredToApplyAndPlanAgain() {
    ClassifiedEntry e = entry(classify(deferredOnly(WORKER)), "aws_instance.worker[*]");

    assertThat(e.verdict()).isEqualTo(Verdict.DEFERRED);
    assertThat(e.procedure()).isEqualTo(Procedure.APPLY);
    assertThat(e.risk()).isEqualTo(Risk.MEDIUM);
    assertThat(e.ruleId()).isEqualTo("deferred-change");
    assertThat(e.reason())
        .isEqualTo(
            "aws_instance.worker[*] would be created (for every instance: [*] stands for instance keys that are not known yet)"
                + " once its count or for_each is known (deferral reason instance_count_unknown); the plan is incomplete:"
                + " run 'terraform apply', then plan again to see the rest.");
  }

  @Test
  void deferredUpdateIsDeferredWithTheChangedPaths() {
    ClassifiedEntry e = entry(classify(deferredOnly(API)), "aws_lambda_function.api");

    assertThat(e.verdict()).isEqualTo(Verdict.DEFERRED);
    assertThat(e.procedure()).isEqualTo(Procedure.APPLY);
    assertThat(e.renderedPaths()).containsExactly("memory_size");
    assertThat(e.reason())
        .startsWith("aws_lambda_function.api would be updated in place once the deferred changes it depends on are planned (deferral reason deferred_prereq)");
  }

  @Test
  void deferredReplaceStaysReplaceAndSaysItIsDeferred() {
    ClassifiedEntry e = entry(classify(deferredOnly(DB)), "aws_db_instance.main");

    assertThat(e.verdict()).isEqualTo(Verdict.REPLACE);
    assertThat(e.procedure()).isEqualTo(Procedure.STOP);
    assertThat(e.ruleId()).isEqualTo("destructive-change");
    assertThat(e.reason())
        .isEqualTo(
            "aws_db_instance.main would be replaced (-/+) because the provider cannot update it in place; the change is deferred"
                + " until its provider's configuration is known (deferral reason provider_config_unknown), so this plan does not"
                + " make it yet: STOP, investigate before applying.");
  }

  @Test
  void deferredDeleteStaysDelete() {
    String orphan = deferred("resource_config_unknown", rc("aws_s3_bucket.old", "aws_s3_bucket", "[\"delete\"]", "{\"bucket\":\"old\"}", "null", ""));

    ClassifiedEntry e = entry(classify(deferredOnly(orphan)), "aws_s3_bucket.old");

    assertThat(e.verdict()).isEqualTo(Verdict.DELETE);
    assertThat(e.procedure()).isEqualTo(Procedure.STOP);
    assertThat(e.reason()).startsWith("aws_s3_bucket.old would be destroyed because the plan destroys it; the change is deferred until the values");
  }

  @Test
  void deferredCreateAndUpdateExitTwo() {
    Report r = classify(deferredOnly(WORKER, API));

    assertThat(r.decision()).isEqualTo(Decision.ACTIONABLE);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.exitCode(ExitCodeMode.TERRAFORM)).isEqualTo(2);
  }

  @Test
  void aDeferredReplaceMakesThePlanDestructive() {
    Report r = classify(deferredOnly(WORKER, API, DB));

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.exitCode(ExitCodeMode.TERRAFORM)).isEqualTo(2);
    assertThat(r.countsByVerdict()).containsEntry(Verdict.DEFERRED, 2).containsEntry(Verdict.REPLACE, 1);
  }

  // ---- reasons ---------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown                 | in a later plan (deferral reason unknown: the plan does not say why)",
        "instance_count_unknown  | once its count or for_each is known (deferral reason instance_count_unknown)",
        "resource_config_unknown | once the values its configuration depends on are known (deferral reason resource_config_unknown)",
        "provider_config_unknown | once its provider's configuration is known (deferral reason provider_config_unknown)",
        "deferred_prereq         | once the deferred changes it depends on are planned (deferral reason deferred_prereq)",
        "absent_prereq           | once the objects it depends on exist (deferral reason absent_prereq)",
        "quantum_entanglement    | in a later plan (deferral reason quantum_entanglement: a reason this version does not know)"
      })
  void theReasonNamesTheDeferralReasonInPlainWords(String reason, String words) {
    String bucket = deferred(reason, rc("aws_s3_bucket.b", "aws_s3_bucket", "[\"create\"]", "null", "{\"bucket\":\"b\"}", ""));

    ClassifiedEntry e = entry(classify(deferredOnly(bucket)), "aws_s3_bucket.b");

    assertThat(e.verdict()).isEqualTo(Verdict.DEFERRED);
    assertThat(e.reason()).startsWith("aws_s3_bucket.b would be created " + words + ";");
    assertThat(e.deferralReason()).contains(reason);
  }

  @Test
  void aDeferredChangeWithoutAReasonSaysSo() {
    String bucket = "{\"resource_change\":" + rc("aws_s3_bucket.b", "aws_s3_bucket", "[\"create\"]", "null", "{\"bucket\":\"b\"}", "") + "}";

    ClassifiedEntry e = entry(classify(deferredOnly(bucket)), "aws_s3_bucket.b");

    assertThat(e.reason()).startsWith("aws_s3_bucket.b would be created in a later plan (no deferral reason given);");
  }

  @Test
  void deferredImportReadAndMoveSayWhatWouldHappen() {
    Report r =
        classify(
            deferredOnly(
                deferred(
                    "provider_config_unknown",
                    rc("aws_iam_role.app", "aws_iam_role", "[\"no-op\"]", "null", "null", "", "\"importing\":{\"unknown\":true}")),
                deferred("resource_config_unknown", rc("data.aws_ami.ubuntu", "aws_ami", "[\"read\"]", "null", "{\"most_recent\":true}", "")),
                deferred(
                    "deferred_prereq",
                    rc("aws_sqs_queue.jobs", "aws_sqs_queue", "[\"no-op\"]", "{\"name\":\"jobs\"}", "{\"name\":\"jobs\"}", "\"previous_address\":\"aws_sqs_queue.q\""))));

    assertThat(entry(r, "aws_iam_role.app").reason()).startsWith("aws_iam_role.app would be imported once its provider's configuration is known");
    assertThat(entry(r, "data.aws_ami.ubuntu").reason()).startsWith("data.aws_ami.ubuntu would be read once the values");
    assertThat(entry(r, "aws_sqs_queue.jobs").reason()).startsWith("aws_sqs_queue.jobs would be moved from aws_sqs_queue.q once");
    assertThat(r.entries()).allMatch(e -> e.verdict() == Verdict.DEFERRED);
  }

  @Test
  void driftOfADeferredInstanceIsJoinedAndNamed() {
    String drift = rc("aws_lambda_function.api", "aws_lambda_function", "[\"update\"]", "{\"memory_size\":64}", "{\"memory_size\":128}", "");

    ClassifiedEntry e = entry(classify(plan("", drift, API)), "aws_lambda_function.api");

    assertThat(e.source()).isEqualTo(Source.DEFERRED_AND_DRIFT);
    assertThat(e.verdict()).isEqualTo(Verdict.DEFERRED);
    assertThat(e.drift()).isPresent();
    assertThat(e.reason()).contains("; memory_size (64 → 128) changed outside Terraform; the plan is incomplete");
  }

  @Test
  void aDeferredCreateOfAnObjectDeletedOutsideIsRecreate() {
    String gone = rc("aws_instance.web", "aws_instance", "[\"delete\"]", "{\"ami\":\"ami-1\"}", "null", "");
    String again = deferred("provider_config_unknown", rc("aws_instance.web", "aws_instance", "[\"create\"]", "null", "{\"ami\":\"ami-1\"}", ""));

    ClassifiedEntry e = entry(classify(plan("", gone, again)), "aws_instance.web");

    assertThat(e.verdict()).isEqualTo(Verdict.RECREATE);
    assertThat(e.reason())
        .startsWith("aws_instance.web was deleted outside Terraform and apply would create it again; the change is deferred until its provider's configuration is known");
  }

  // ---- lossless, joined, sorted ----------------------------------------------------------------

  @Test
  void aDeferredEntryKeepsTheWholeDeferredChange() {
    Plan p = deferredOnly(WORKER, API);
    Report r = classify(p);

    ClassifiedEntry worker = entry(r, "aws_instance.worker[*]");
    assertThat(worker.source()).isEqualTo(Source.DEFERRED);
    assertThat(worker.deferred()).contains(p.deferredChanges().get(0));
    assertThat(worker.planned()).contains(p.deferredChanges().get(0).resourceChange());
    assertThat(worker.actions()).containsExactly(Action.CREATE);
    assertThat(worker.planned().get().indexUnknown()).contains(true);
  }

  @Test
  void unknownKeyAddressesSortWithTheirResource() {
    String known = rc("aws_instance.worker[0]", "aws_instance", "[\"no-op\"]", "{\"id\":\"i-0\"}", "{\"id\":\"i-0\"}", "\"index\":0");
    String other = rc("aws_instance.a", "aws_instance", "[\"no-op\"]", "{\"id\":\"i-a\"}", "{\"id\":\"i-a\"}", "");

    Report r = classify(plan(known + "," + other, "", WORKER));

    assertThat(r.entries()).extracting(ClassifiedEntry::address).containsExactly("aws_instance.a", "aws_instance.worker[*]", "aws_instance.worker[0]");
  }

  @Test
  void anInstanceBothPlannedAndDeferredKeepsBothEntries() {
    String planned = rc("aws_lambda_function.api", "aws_lambda_function", "[\"no-op\"]", "{\"memory_size\":128}", "{\"memory_size\":128}", "");

    Report r = classify(plan(planned, "", API));

    assertThat(r.entries()).extracting(ClassifiedEntry::verdict).containsExactly(Verdict.NO_CHANGE, Verdict.DEFERRED);
    assertThat(r.exitCode()).isEqualTo(2);
  }

  // ---- never hidden, never downgraded ----------------------------------------------------------

  /** A rule that says everything is fine. */
  static final class AllFine implements Rule {
    @Override
    public String id() {
      return "all-fine";
    }

    @Override
    public String summary() {
      return "claims everything is fine";
    }

    @Override
    public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
      return List.of(Finding.propose(Verdict.IGNORED, "fine").build());
    }
  }

  @Test
  void noRuleCanHideADeferredChange() {
    Report r = DriftEngine.builder().addRule(new AllFine()).today(TODAY).build().classify(deferredOnly(WORKER, DB));

    assertThat(entry(r, "aws_instance.worker[*]").verdict()).isEqualTo(Verdict.DEFERRED);
    assertThat(entry(r, "aws_instance.worker[*]").ruleId()).isEqualTo("engine");
    assertThat(entry(r, "aws_instance.worker[*]").reason())
        .isEqualTo(
            "aws_instance.worker[*] has a change the plan defers until its count or for_each is known (deferral reason"
                + " instance_count_unknown); the plan is incomplete: run 'terraform apply', then plan again to see the rest.");
    assertThat(entry(r, "aws_db_instance.main").verdict()).isEqualTo(Verdict.REPLACE);
    assertThat(entry(r, "aws_db_instance.main").reason()).contains("would be replaced; the change is deferred until its provider's configuration is known");
  }

  @Test
  void ignoreChangesCoveringEverythingCannotDowngradeADeferredReplace() {
    Policy all = PolicyReader.read("ignore_changes:\n  - type: aws_db_instance\n    attributes: [all]\n", "drift.yaml").get();

    ClassifiedEntry e = DriftEngine.builder().withBuiltInRules().policy(all).today(TODAY).build().classify(deferredOnly(DB)).entries().get(0);

    assertThat(e.verdict()).isEqualTo(Verdict.REPLACE);
    assertThat(e.procedure()).isEqualTo(Procedure.STOP);
  }

  @Test
  void aCustomRuleRaisingRiskKeepsTheDeferredVerdict() {
    Rule review =
        new Rule() {
          @Override
          public String id() {
            return "review";
          }

          @Override
          public String summary() {
            return "raises risk";
          }

          @Override
          public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
            return List.of(Finding.propose(e.actionVerdict(), "review it").risk(Risk.HIGH).procedure(Procedure.STOP).build());
          }
        };

    ClassifiedEntry e = DriftEngine.builder().withBuiltInRules().addRule(review).today(TODAY).build().classify(deferredOnly(API)).entries().get(0);

    assertThat(e.verdict()).isEqualTo(Verdict.DEFERRED);
    assertThat(e.ruleId()).isEqualTo("review");
  }

  @Test
  void everyDeferredChangeBecomesAnEntry() {
    Plan p = deferredOnly(WORKER, API, DB);

    Report r = classify(p);

    assertThat(r.entries().stream().filter(ClassifiedEntry::isDeferred).map(e -> e.deferred().get()).collect(Collectors.toList()))
        .containsExactlyInAnyOrderElementsOf(p.deferredChanges());
    assertThat(Stream.of("aws_instance.worker[*]", "aws_lambda_function.api", "aws_db_instance.main")).allMatch(a -> r.entry(a).isPresent());
  }
}
