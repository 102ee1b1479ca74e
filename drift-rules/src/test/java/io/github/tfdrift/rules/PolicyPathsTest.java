package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import static io.github.tfdrift.rules.EngineTest.role;
import static io.github.tfdrift.rules.EngineTest.roleAfter;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.normalize.Normalizer;
import io.github.tfdrift.rules.policy.IgnoreRule;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyReader;
import io.github.tfdrift.rules.policy.PolicyWarning;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One path syntax for every part of the policy, and one ignore matching for verdicts and reasons. The
 * plan is seed 003's IAM role (tags as a map), with its {@code ManagedBy} tag changed outside.
 */
class PolicyPathsTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final String ROLE = "module.notion_lambda.module.lambda_function.aws_iam_role.lambda[0]";

  /** Compares tag values case-insensitively; applies only where a policy attaches it. */
  static final Normalizer LOWER_CASE =
      new Normalizer() {
        @Override
        public String id() {
          return "lower-case";
        }

        @Override
        public Optional<JsonValue> normalize(JsonValue v) {
          return v.asText().map(s -> JsonValue.of(s.toLowerCase(Locale.ROOT)));
        }
      };

  /** The role's ManagedBy tag changed from {@code Terraform} to {@code terraform}; the plan reverts it. */
  static Plan managedByChangedOutside() {
    String configured = roleAfter("notion_lambda", "{\"ManagedBy\":\"Terraform\",\"Team\":\"data\"}");
    String actual = roleAfter("notion_lambda", "{\"ManagedBy\":\"terraform\",\"Team\":\"data\"}");
    return Plans.plan(
        role("notion_lambda", "[\"update\"]", configured, actual, ""),
        role("notion_lambda", "[\"update\"]", actual, configured, ""));
  }

  static Policy read(String yaml) {
    return PolicyReader.create()
        .withNormalizerKinds(Set.of(LOWER_CASE.id()))
        .readText(yaml, "drift-policy.yaml")
        .getOrElseThrow(e -> new AssertionError(e.lines()));
  }

  static ClassifiedEntry classify(Plan plan, Policy policy) {
    Report r = DriftEngine.builder().policy(policy).withBuiltInRules().addNormalizer(LOWER_CASE).today(TODAY).build().classify(plan, "plan.json");
    return r.entry(ROLE).orElseThrow();
  }

  /** The verdict, procedure, rule and reason: what two policies that mean the same must agree on. */
  static List<Object> outcome(ClassifiedEntry e) {
    return List.of(e.verdict(), e.procedure(), e.ruleId(), e.reason());
  }

  // Each template names the path twice, for tags and for tags_all (which holds the same tags).
  static final String IGNORE = "ignore_changes:\n  - type: aws_iam_role\n    attributes: [%s, %s]\n";
  static final String ACCEPT = "accept:\n  - type: aws_iam_role\n    attributes: [%s, %s]\n";
  static final String EXPECTED = "expected:\n  - address: \"*\"\n    attributes: [%s, %s]\n    reason: INC-7\n";
  static final String NORMALIZER =
      "normalizers:\n  - {type: aws_iam_role, path: %s, kind: lower-case}\n  - {type: aws_iam_role, path: %s, kind: lower-case}\n";

  /** The policy of {@code template}, its paths {@code tags} and {@code tags_all} followed by {@code step}. */
  private static Policy policy(String template, String step) {
    String quote = step.matches(".*[\"\\[*].*") ? "'" : "";
    return read(template.formatted(quote + "tags" + step + quote, quote + "tags_all" + step + quote));
  }

  private static ClassifiedEntry with(String template, String step) {
    return classify(managedByChangedOutside(), policy(template, step));
  }

  @Test
  void withoutAPolicyTheTagChangeIsDriftToApply() {
    ClassifiedEntry e = classify(managedByChangedOutside(), Policy.empty());
    assertThat(e.renderedPaths()).as(e.reason()).containsExactly("tags.ManagedBy", "tags_all.ManagedBy");
    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
  }

  @Test
  void anIgnoreRuleClassifiesTheSameInEitherSyntax() {
    ClassifiedEntry index = with(IGNORE, "[\"ManagedBy\"]");
    assertThat(index.verdict()).isEqualTo(Verdict.IGNORED);
    assertThat(outcome(with(IGNORE, ".ManagedBy"))).isEqualTo(outcome(index));
  }

  @Test
  void anAcceptRuleClassifiesTheSameInEitherSyntax() {
    ClassifiedEntry index = with(ACCEPT, "[\"ManagedBy\"]");
    assertThat(index.procedure()).isEqualTo(Procedure.ACCEPT);
    assertThat(outcome(with(ACCEPT, ".ManagedBy"))).isEqualTo(outcome(index));
  }

  @Test
  void anExpectedEntryClassifiesTheSameInEitherSyntax() {
    ClassifiedEntry index = with(EXPECTED, "[\"ManagedBy\"]");
    assertThat(index.verdict()).isEqualTo(Verdict.EXPECTED);
    assertThat(outcome(with(EXPECTED, ".ManagedBy"))).isEqualTo(outcome(index));
  }

  @Test
  void aNormalizerOnTagsManagedByInIndexSyntaxMakesTheChangeCosmetic() {
    ClassifiedEntry index = with(NORMALIZER, "[\"ManagedBy\"]");
    assertThat(index.verdict()).isEqualTo(Verdict.COSMETIC);
    assertThat(outcome(with(NORMALIZER, ".ManagedBy"))).isEqualTo(outcome(index));
  }

  @Test
  void aNormalizerOnAnotherTagLeavesTheChangeReal() {
    assertThat(with(NORMALIZER, "[\"Team\"]").verdict()).isEqualTo(Verdict.UPDATE);
  }

  @Test
  void aWildcardPathWorksInEveryPartOfThePolicyAlike() {
    assertThat(with(IGNORE, "[*]").verdict()).isEqualTo(Verdict.IGNORED);
    assertThat(with(NORMALIZER, ".Managed*").verdict()).isEqualTo(Verdict.COSMETIC);
    assertThat(with(EXPECTED, ".*").verdict()).isEqualTo(Verdict.EXPECTED);
  }

  @Test
  void theJavaApiTakesTheSameSyntax() {
    Policy p = Policy.builder().addIgnore(IgnoreRule.of("aws_iam_role", "*", "tags[\"ManagedBy\"]", "tags_all[\"ManagedBy\"]")).build();
    assertThat(outcome(classify(managedByChangedOutside(), p))).isEqualTo(outcome(with(IGNORE, ".ManagedBy")));
  }

  // ---- ignore matching: one implementation, address glob included --------------------------------

  static final String VM = Plans.VM;

  /** The VM's golden image rotated outside and the plan replacing it because of {@code clone}. */
  static Plan vmReplacedBecauseOfClone() {
    String actual = Plans.vm(8192, 1, "[\"media\"]", 9001, "[\"" + Plans.KEY + "\"]");
    return Plans.plan(
        Plans.vmChange("[\"update\"]", Plans.vm(), actual, ""),
        Plans.vmChange("[\"delete\",\"create\"]", actual, Plans.vm(), "\"replace_paths\":[[\"clone\",0,\"vm_id\"]]")
            .replace("}}\n", "},\"action_reason\":\"replace_because_cannot_update\"}\n"));
  }

  /** The VM's memory changed outside; the plan reverts it. */
  static Plan vmMemoryUpdated() {
    String actual = Plans.vm(10240, 1, "[\"media\"]", 9000, "[\"" + Plans.KEY + "\"]");
    return Plans.plan(Plans.vmChange("[\"update\"]", Plans.vm(), actual, ""), Plans.vmChange("[\"update\"]", actual, Plans.vm(), ""));
  }

  static ClassifiedEntry vm(Plan plan, String addressGlob, String attribute) {
    Policy p = Policy.builder().addIgnore(IgnoreRule.of("proxmox_virtual_environment_vm", addressGlob, attribute)).build();
    return DriftEngine.builder().policy(p).withBuiltInRules().today(TODAY).build().classify(plan, "plan.json").entry(VM).orElseThrow();
  }

  @Test
  void aReplacementInsideTheAddressGlobSaysItIsCoveredByIgnoreChanges() {
    assertThat(vm(vmReplacedBecauseOfClone(), "module.jellyfin.*", "clone").reason()).contains("covered by ignore_changes");
  }

  @Test
  void aReplacementOutsideTheAddressGlobDoesNotSayItIsCoveredByIgnoreChanges() {
    ClassifiedEntry e = vm(vmReplacedBecauseOfClone(), "module.sonarr.*", "clone");
    assertThat(e.verdict()).isEqualTo(Verdict.REPLACE);
    assertThat(e.reason()).doesNotContain("ignore_changes");
  }

  @Test
  void anUpdateInsideTheAddressGlobIsIgnored() {
    assertThat(vm(vmMemoryUpdated(), "module.jellyfin.*", "memory").verdict()).isEqualTo(Verdict.IGNORED);
  }

  @Test
  void anUpdateOutsideTheAddressGlobIsNotIgnored() {
    ClassifiedEntry e = vm(vmMemoryUpdated(), "module.sonarr.*", "memory");
    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(e.findings()).extracting(Finding::verdict).doesNotContain(Verdict.IGNORED);
  }

  @Test
  void theVerdictAndTheReasonsAskTheSameMatching() {
    Policy p = Policy.builder().addIgnore(IgnoreRule.of("proxmox_virtual_environment_vm", "module.sonarr.*", "memory")).build();
    var memory = io.github.tfdrift.core.address.AttributePath.parse("memory[0].dedicated").get();
    assertThat(p.ignoresFor("proxmox_virtual_environment_vm", VM).ruleCovering(memory)).isEmpty();
    assertThat(p.ignoresFor("proxmox_virtual_environment_vm", "module.sonarr.proxmox_virtual_environment_vm.vm").ruleCovering(memory))
        .contains(p.ignoreChanges().get(0));
    assertThat(p.ignoresFor("aws_instance", "module.sonarr.proxmox_virtual_environment_vm.vm").isEmpty()).isTrue();
  }

  // ---- paths that can never match -----------------------------------------------------------------

  @Test
  void theReaderWarnsAboutPathsThatCanNeverMatchWithTheirPositions() {
    Policy p =
        read(
            """
            ignore_changes:
              - attributes: [id, "lifecycle"]
            expected:
              - address: "*"
                attributes: ["tags_all[0]"]
                reason: INC-1
            normalizers:
              - {path: "tags[", kind: json}
              - {path: "depends_on", kind: json}
            """);
    assertThat(p.warnings())
        .extracting(PolicyWarning::describe)
        .containsExactly(
            "drift-policy.yaml:2:18: the path 'id' can never match: Terraform does not ignore changes to 'id'"
                + " (the provider sets it; a new id means a new object)",
            "drift-policy.yaml:2:22: the path 'lifecycle' can never match: 'lifecycle' is a meta-argument of the resource block,"
                + " not an attribute; plans never hold it",
            "drift-policy.yaml:5:18: the path 'tags_all[0]' can never match: 'tags_all' is a map of tags, never indexed by number",
            "drift-policy.yaml:8:12: the path 'tags[' can never match: it is not a valid attribute path"
                + " (expected an index or a quoted key at character 6); the normalizer is left out",
            "drift-policy.yaml:9:12: the path 'depends_on' can never match: 'depends_on' is a meta-argument of the resource block,"
                + " not an attribute; plans never hold it");
    assertThat(p.normalizers()).hasSize(1);
  }

  @Test
  void idIsOnlyAWarningInIgnoreChanges() {
    assertThat(read(ACCEPT.formatted("id", "name")).warnings()).isEmpty();
    assertThat(read(IGNORE.formatted("id", "name")).warnings()).hasSize(1);
  }

  @Test
  void aPolicyWithoutSuchPathsHasNoWarnings() {
    assertThat(policy(IGNORE, "[\"ManagedBy\"]").warnings()).isEmpty();
    assertThat(policy(NORMALIZER, ".*").warnings()).isEmpty();
  }
}
