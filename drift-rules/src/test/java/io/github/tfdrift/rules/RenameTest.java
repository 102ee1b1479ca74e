package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.builtin.RenameRule;
import io.github.tfdrift.rules.rename.RenameMatcher;
import io.github.tfdrift.rules.normalize.NormalizerRegistry;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rename rule on hand-written plans: what pairs, what does not, and that danger stays. */
class RenameTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final String AWS = "registry.terraform.io/hashicorp/aws";
  private static final String POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
  private static final String POLICY_REFORMATTED =
      "{\n  \"Statement\": [\n    {\n      \"Resource\": \"*\",\n      \"Action\": \"s3:GetObject\",\n      \"Effect\": \"Allow\"\n    }\n  ],\n  \"Version\": \"2012-10-17\"\n}";

  /** One resource_changes entry; {@code extra} is raw JSON members (action_reason, deposed...). */
  private static String rc(String address, String type, String provider, String actions, String before, String after, String afterUnknown, String extra) {
    int bracket = address.indexOf('[');
    String path = bracket < 0 ? address : address.substring(0, bracket);
    String name = path.substring(path.lastIndexOf('.') + 1);
    boolean data = path.startsWith("data.") || path.contains(".data.");
    return """
        {"address":"%s","mode":"%s","type":"%s","name":"%s","provider_name":"%s",
         "change":{"actions":%s,"before":%s,"after":%s,"after_unknown":%s,
                   "before_sensitive":%s,"after_sensitive":%s}%s}
        """
        .formatted(
            address.replace("\"", "\\\""),
            data ? "data" : "managed",
            type,
            name,
            provider,
            actions,
            before,
            after,
            afterUnknown,
            before.equals("null") ? "false" : "{}",
            after.equals("null") ? "false" : "{}",
            extra.isEmpty() ? "" : "," + extra);
  }

  private static String delete(String address, String type, String before, String reason) {
    return rc(address, type, provider(type), "[\"delete\"]", before, "null", "{}",
        reason.isEmpty() ? "" : "\"action_reason\":\"" + reason + "\"");
  }

  private static String create(String address, String type, String after, String afterUnknown) {
    return rc(address, type, provider(type), "[\"create\"]", "null", after, afterUnknown, "");
  }

  private static String provider(String type) {
    return type.equals("terraform_data") ? "terraform.io/builtin/terraform" : AWS;
  }

  private static String policyAttrs(String id, String policy) {
    return "{\"arn\":" + (id == null ? "null" : "\"arn:aws:iam::1:policy/" + id + "\"") + ",\"id\":" + (id == null ? "null" : "\"" + id + "\"")
        + ",\"name\":\"reader\",\"path\":\"/\",\"description\":\"\",\"policy\":" + json(policy) + ",\"tags\":null}";
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private static String before(String policy) {
    return policyAttrs("ANPA1", policy);
  }

  private static String after(String policy) {
    return policyAttrs(null, policy).replace("\"arn\":null,\"id\":null,", "");
  }

  private static final String POLICY_UNKNOWN = "{\"arn\":true,\"id\":true,\"policy_id\":true,\"tags_all\":true}";

  private static Plan plan(String... changes) {
    return plan(List.of(changes));
  }

  private static Plan plan(List<String> changes) {
    return Plans.read(
        """
        {"format_version":"1.2","terraform_version":"1.11.4","planned_values":{"root_module":{}},
         "resource_changes":[%s],"configuration":{"root_module":{}},"errored":false}
        """
            .formatted(String.join(",", changes)));
  }

  private static Report classify(Plan p) {
    return classify(p, Policy.empty());
  }

  private static Report classify(Plan p, Policy policy) {
    return DriftEngine.builder().withBuiltInRules().policy(policy).today(TODAY).build().classify(p);
  }

  private static Optional<SuggestedMove> move(Report r, String address) {
    return r.entry(address).orElseThrow().suggestedMove();
  }

  private static final String OLD = "aws_iam_policy.old";
  private static final String NEW = "module.iam[\"ro\"].aws_iam_policy.this[0]";

  @Test
  void aPolicyDocumentReformattedStillPairsUnderTheJsonNormaliser() {
    Report r = classify(plan(delete(OLD, "aws_iam_policy", before(POLICY), "delete_because_no_resource_config"),
        create(NEW, "aws_iam_policy", after(POLICY_REFORMATTED), POLICY_UNKNOWN)));
    SuggestedMove m = move(r, OLD).orElseThrow();
    assertThat(m.from()).isEqualTo(OLD);
    assertThat(m.to()).isEqualTo(NEW);
    assertThat(m.block()).isEqualTo("moved {\n  from = aws_iam_policy.old\n  to   = module.iam[\"ro\"].aws_iam_policy.this[0]\n}\n");
    assertThat(m.attributes()).containsExactly("description", "name", "path", "policy");
    assertThat(move(r, NEW)).contains(m);
  }

  @Test
  void theDeleteStaysDeleteWithStopAndTheCreateStaysCreate() {
    Report r = classify(plan(delete(OLD, "aws_iam_policy", before(POLICY), "delete_because_no_resource_config"),
        create(NEW, "aws_iam_policy", after(POLICY), POLICY_UNKNOWN)));
    ClassifiedEntry d = r.entry(OLD).orElseThrow();
    assertThat(d.verdict()).isEqualTo(Verdict.DELETE);
    assertThat(d.risk()).isEqualTo(Risk.HIGH);
    assertThat(d.procedure()).isEqualTo(Procedure.STOP);
    assertThat(d.ruleId()).isEqualTo("destructive-change");
    assertThat(d.reason()).contains("its resource block was removed from the configuration");
    assertThat(d.findings()).extracting(Finding::ruleId).contains("rename");
    ClassifiedEntry c = r.entry(NEW).orElseThrow();
    assertThat(c.verdict()).isEqualTo(Verdict.CREATE);
    assertThat(c.ruleId()).isEqualTo("planned-change");
    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void withoutDestructiveChangeTheRenameFindingStillSaysDeleteAndStop() {
    DriftEngine engine = DriftEngine.builder().addRule(new RenameRule()).today(TODAY).build();
    Report r = engine.classify(plan(delete(OLD, "aws_iam_policy", before(POLICY), "delete_because_no_resource_config"),
        create(NEW, "aws_iam_policy", after(POLICY), POLICY_UNKNOWN)));
    ClassifiedEntry d = r.entry(OLD).orElseThrow();
    assertThat(d.verdict()).isEqualTo(Verdict.DELETE);
    assertThat(d.risk()).isEqualTo(Risk.HIGH);
    assertThat(d.procedure()).isEqualTo(Procedure.STOP);
    assertThat(d.reason()).isEqualTo(OLD + " will be destroyed, but it looks renamed to " + NEW
        + ": STOP, add a moved block to keep it, or apply only if the removal is intended.");
  }

  @Test
  void aPolicyAttachmentNormaliserCountsToo() {
    Policy p = PolicyReader.read("version: 1\nnormalizers:\n  - type: aws_iam_policy\n    path: description\n    kind: json\n", "p.yaml").get();
    String b = before(POLICY).replace("\"description\":\"\"", "\"description\":\"[1, 2]\"");
    String a = after(POLICY).replace("\"description\":\"\"", "\"description\":\"[1,2]\"");
    Plan plan = plan(delete(OLD, "aws_iam_policy", b, "delete_because_no_resource_config"), create(NEW, "aws_iam_policy", a, POLICY_UNKNOWN));
    assertThat(move(classify(plan, p), OLD)).isPresent();
  }

  @Test
  void aDifferentPolicyDocumentIsNoRename() {
    Report r = classify(plan(delete(OLD, "aws_iam_policy", before(POLICY), "delete_because_no_resource_config"),
        create(NEW, "aws_iam_policy", after(POLICY.replace("GetObject", "PutObject")), POLICY_UNKNOWN)));
    assertThat(r.entries()).allSatisfy(e -> assertThat(e.suggestedMove()).isEmpty());
  }

  @Test
  void anAttributeUnknownInTheCreateIsLeftOut() {
    String a = after(POLICY).replace("\"name\":\"reader\",", "");
    Report r = classify(plan(delete(OLD, "aws_iam_policy", before(POLICY), "delete_because_no_resource_config"),
        create(NEW, "aws_iam_policy", a, "{\"arn\":true,\"id\":true,\"name\":true}")));
    assertThat(move(r, NEW).orElseThrow().attributes()).containsExactly("description", "path", "policy");
  }

  @Test
  void anAttributeOnlyPartlyKnownIsLeftOut() {
    String b = "{\"id\":\"i-1\",\"ami\":\"ami-1\",\"tags\":{\"Name\":\"web\",\"Owner\":\"ops\"}}";
    String a = "{\"ami\":\"ami-1\",\"tags\":{\"Name\":\"web\"}}";
    Report r = classify(plan(delete("aws_instance.a", "aws_instance", b, ""), create("aws_instance.b", "aws_instance", a, "{\"id\":true,\"tags\":{\"Owner\":true}}")));
    assertThat(move(r, "aws_instance.b").orElseThrow().attributes()).containsExactly("ami");
  }

  @Test
  void nestedValuesCompareWithNullEqualToMissing() {
    String b = "{\"id\":\"i-1\",\"ami\":\"ami-1\",\"ebs\":[{\"size\":8,\"kms\":null}]}";
    String a = "{\"ami\":\"ami-1\",\"ebs\":[{\"size\":8}]}";
    Report r = classify(plan(delete("aws_instance.a", "aws_instance", b, ""), create("aws_instance.b", "aws_instance", a, "{\"id\":true}")));
    assertThat(move(r, "aws_instance.a")).isPresent();
  }

  @Test
  void oneDeleteAndTwoMatchingCreatesGetNoSuggestion() {
    Report r = classify(plan(delete(OLD, "aws_iam_policy", before(POLICY), "delete_because_no_resource_config"),
        create("aws_iam_policy.a", "aws_iam_policy", after(POLICY), POLICY_UNKNOWN),
        create("aws_iam_policy.b", "aws_iam_policy", after(POLICY_REFORMATTED), POLICY_UNKNOWN)));
    assertThat(r.entries()).hasSize(3).allSatisfy(e -> assertThat(e.suggestedMove()).isEmpty());
  }

  @Test
  void anAmbiguousPairDoesNotHideAnUnambiguousOne() {
    Report r = classify(plan(
        delete("terraform_data.x1", "terraform_data", "{\"id\":\"1\",\"input\":\"x\",\"output\":\"x\",\"triggers_replace\":null}", "delete_because_no_resource_config"),
        delete("terraform_data.x2", "terraform_data", "{\"id\":\"2\",\"input\":\"x\",\"output\":\"x\",\"triggers_replace\":null}", "delete_because_no_resource_config"),
        delete("terraform_data.y", "terraform_data", "{\"id\":\"3\",\"input\":\"y\",\"output\":\"y\",\"triggers_replace\":null}", "delete_because_no_resource_config"),
        create("terraform_data.x3", "terraform_data", "{\"input\":\"x\",\"triggers_replace\":null}", "{\"id\":true,\"output\":true}"),
        create("terraform_data.z", "terraform_data", "{\"input\":\"y\",\"triggers_replace\":null}", "{\"id\":true,\"output\":true}")));
    assertThat(move(r, "terraform_data.y").map(SuggestedMove::to)).contains("terraform_data.z");
    assertThat(move(r, "terraform_data.x1")).isEmpty();
    assertThat(move(r, "terraform_data.x2")).isEmpty();
    assertThat(move(r, "terraform_data.x3")).isEmpty();
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfResourceChanges() {
    List<String> changes = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String input = "v" + (i % 20);
      changes.add(delete("terraform_data.old" + i, "terraform_data", "{\"id\":\"" + i + "\",\"input\":\"" + input + "\",\"output\":\"" + input + "\"}",
          "delete_because_no_resource_config"));
      if (i % 3 != 0) {
        changes.add(create("terraform_data.new" + i, "terraform_data", "{\"input\":\"" + input + "\"}", "{\"id\":true,\"output\":true}"));
      }
    }
    Map<InstanceId, SuggestedMove> forward = RenameMatcher.match(plan(changes), NormalizerRegistry.defaults());
    Collections.reverse(changes);
    Map<InstanceId, SuggestedMove> reversed = RenameMatcher.match(plan(changes), NormalizerRegistry.defaults());
    Collections.shuffle(changes, new java.util.Random(7));
    Map<InstanceId, SuggestedMove> shuffled = RenameMatcher.match(plan(changes), NormalizerRegistry.defaults());
    assertThat(forward).isNotEmpty().isEqualTo(reversed).isEqualTo(shuffled);
  }

  @Test
  void differentTypesAreNeverPaired() {
    Report r = classify(plan(delete(OLD, "aws_iam_policy", before(POLICY), "delete_because_no_resource_config"),
        create("aws_iam_role_policy.new", "aws_iam_role_policy", after(POLICY), POLICY_UNKNOWN)));
    assertThat(r.entries()).allSatisfy(e -> assertThat(e.suggestedMove()).isEmpty());
  }

  @Test
  void differentProvidersAreNeverPaired() {
    String c = rc(NEW, "aws_iam_policy", "registry.opentofu.org/hashicorp/aws", "[\"create\"]", "null", after(POLICY), POLICY_UNKNOWN, "");
    Report r = classify(plan(delete(OLD, "aws_iam_policy", before(POLICY), "delete_because_no_resource_config"), c));
    assertThat(r.entries()).allSatisfy(e -> assertThat(e.suggestedMove()).isEmpty());
  }

  @Test
  void aDeposedObjectIsNeverPaired() {
    String d = rc(OLD, "aws_iam_policy", AWS, "[\"delete\"]", before(POLICY), "null", "{}", "\"deposed\":\"00000001\"");
    Report r = classify(plan(d, create(NEW, "aws_iam_policy", after(POLICY), POLICY_UNKNOWN)));
    assertThat(r.entries()).allSatisfy(e -> assertThat(e.suggestedMove()).isEmpty());
  }

  @Test
  void dataSourcesAreNeverPaired() {
    String d = rc("data.aws_iam_policy_document.old", "aws_iam_policy_document", AWS, "[\"delete\"]", "{\"id\":\"1\",\"json\":\"x\"}", "null", "{}", "");
    String c = rc("data.aws_iam_policy_document.new", "aws_iam_policy_document", AWS, "[\"read\"]", "null", "{\"json\":\"x\"}", "{\"id\":true}", "");
    Report r = classify(plan(d, c));
    assertThat(r.entries()).allSatisfy(e -> assertThat(e.suggestedMove()).isEmpty());
  }

  @Test
  void aDeleteBecauseOfAMovedBlockWithoutTargetIsNeverPaired() {
    Report r = classify(plan(delete(OLD, "aws_iam_policy", before(POLICY), "delete_because_no_move_target"),
        create(NEW, "aws_iam_policy", after(POLICY), POLICY_UNKNOWN)));
    assertThat(r.entries()).allSatisfy(e -> assertThat(e.suggestedMove()).isEmpty());
  }

  @Test
  void aCreateOfAnObjectDeletedOutsideIsARecreationNotARename() {
    String drift = rc(NEW, "aws_iam_policy", AWS, "[\"delete\"]", before(POLICY), "null", "{}", "");
    Plan p = Plans.read(
        """
        {"format_version":"1.2","terraform_version":"1.11.4","planned_values":{"root_module":{}},
         "resource_drift":[%s],"resource_changes":[%s,%s],"configuration":{"root_module":{}},"errored":false}
        """
            .formatted(drift, delete(OLD, "aws_iam_policy", before(POLICY), "delete_because_no_resource_config"),
                create(NEW, "aws_iam_policy", after(POLICY), POLICY_UNKNOWN)));
    Report r = classify(p);
    assertThat(r.entry(NEW).orElseThrow().verdict()).isEqualTo(Verdict.RECREATE);
    assertThat(r.entries()).allSatisfy(e -> assertThat(e.suggestedMove()).isEmpty());
  }

  @Test
  void onlyTrivialAttributesAreNotEnoughToPair() {
    String b = "{\"id\":\"b1\",\"bucket\":\"logs\",\"block_public_acls\":true,\"block_public_policy\":true}";
    String a = "{\"block_public_acls\":true,\"block_public_policy\":true}";
    Report r = classify(plan(delete("aws_s3_bucket_public_access_block.a", "aws_s3_bucket_public_access_block", b, "delete_because_no_resource_config"),
        create("aws_s3_bucket_public_access_block.b", "aws_s3_bucket_public_access_block", a, "{\"id\":true,\"bucket\":true}")));
    assertThat(r.entries()).allSatisfy(e -> assertThat(e.suggestedMove()).isEmpty());
  }

  @Test
  void terraformDataWithAnEqualNumericInputPairs() {
    Report r = classify(plan(
        delete("terraform_data.a", "terraform_data", "{\"id\":\"1\",\"input\":5,\"output\":5,\"triggers_replace\":null}", "delete_because_no_resource_config"),
        create("terraform_data.b", "terraform_data", "{\"input\":5.0,\"triggers_replace\":null}", "{\"id\":true,\"output\":true}")));
    assertThat(move(r, "terraform_data.b").map(SuggestedMove::from)).contains("terraform_data.a");
  }

  @Test
  void documentsOnlyAreComparedOneByOneUpToTheCandidateLimit() {
    List<String> changes = new ArrayList<>();
    for (int i = 0; i <= RenameMatcher.CANDIDATE_LIMIT; i++) {
      String doc = "{\"n\":" + i + "}";
      changes.add(delete("aws_iam_policy.old" + i, "aws_iam_policy", "{\"id\":\"p" + i + "\",\"policy\":" + json(doc) + "}", "delete_because_no_resource_config"));
    }
    String create = create("aws_iam_policy.new", "aws_iam_policy", "{\"policy\":" + json("{ \"n\": 7 }") + "}", "{\"id\":true}");
    assertThat(RenameMatcher.match(plan(append(changes.subList(0, RenameMatcher.CANDIDATE_LIMIT), create)), NormalizerRegistry.defaults()))
        .containsOnlyKeys(InstanceId.of("aws_iam_policy.old7"), InstanceId.of("aws_iam_policy.new"));
    assertThat(RenameMatcher.match(plan(append(changes, create)), NormalizerRegistry.defaults())).isEmpty();
  }

  @Test
  void tooManyDeletesSharingACreatesPlainValuesGetNoSuggestionButOtherPairsDo() {
    List<String> changes = new ArrayList<>();
    for (int i = 0; i <= RenameMatcher.CANDIDATE_LIMIT; i++) {
      changes.add(delete("aws_iam_policy.old" + i, "aws_iam_policy", before(POLICY.replace("*", "arn:" + i)), "delete_because_no_resource_config"));
    }
    changes.add(create("aws_iam_policy.new", "aws_iam_policy", after(POLICY.replace("*", "arn:7")), POLICY_UNKNOWN));
    changes.add(delete("aws_iam_policy.other", "aws_iam_policy", before(POLICY).replace("reader", "writer"), "delete_because_no_resource_config"));
    changes.add(create("aws_iam_policy.other2", "aws_iam_policy", after(POLICY).replace("reader", "writer"), POLICY_UNKNOWN));
    Report r = classify(plan(changes));
    assertThat(move(r, "aws_iam_policy.new")).isEmpty();
    assertThat(move(r, "aws_iam_policy.old7")).isEmpty();
    assertThat(move(r, "aws_iam_policy.other").map(SuggestedMove::to)).contains("aws_iam_policy.other2");
  }

  private static List<String> append(List<String> l, String s) {
    List<String> out = new ArrayList<>(l);
    out.add(s);
    return out;
  }

  @Test
  void theWarningAndTheReasonsShowNoAttributeValue() {
    Report r = classify(plan(delete(OLD, "aws_iam_policy", before(POLICY), "delete_because_no_resource_config"),
        create(NEW, "aws_iam_policy", after(POLICY), POLICY_UNKNOWN)));
    for (ClassifiedEntry e : r.entries()) {
      for (Finding f : e.findings()) {
        assertThat(f.reason() + f.warnings()).doesNotContain("reader").doesNotContain("s3:GetObject");
      }
      assertThat(e.toString()).doesNotContain("reader").endsWith(", moved}");
    }
  }
}
