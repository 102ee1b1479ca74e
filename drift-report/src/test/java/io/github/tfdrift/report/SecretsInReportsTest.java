package io.github.tfdrift.report;

import static io.github.tfdrift.report.ReportFixtures.analyzed;
import static io.github.tfdrift.report.ReportFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.rules.policy.Policy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No report format prints a secret: marked leaves, sensitive outputs, sensitive variables, and
 * derived copies Terraform leaves unmarked (an output or attribute string embedding a password, an
 * instance key made from it). Short marked secrets are masked where marked.
 */
class SecretsInReportsTest {
  private static final String ALPHA = "Zq9-secret-Alpha-7731";
  private static final String BRAVO = "Zq9-secret-Bravo-4402";

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void noFormatPrintsASecretOrAPieceOfOne(ReportFormat format) {
    String out = format.writer().render(run(analyzed("secrets"), analyzed("s1-memory-changed")));
    assertThat(out).doesNotContain(ALPHA).doesNotContain(BRAVO).doesNotContain("Zq9").doesNotContain("4829137").doesNotContain("ab1");
    assertThat(out).contains("(sensitive)");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void derivedCopiesInsideLongerStringsAreMaskedNotDropped(ReportFormat format) {
    String out = format.writer().render(run(analyzed("secrets")));
    if (format == ReportFormat.SARIF) {
      assertThat(out).contains("terraform_data.gone[\\\"(sensitive)\\\"]");
    } else if (format == ReportFormat.JUNIT) {
      assertThat(out).contains("postgres://app:(sensitive)@db/app").contains("terraform_data.gone[&quot;(sensitive)&quot;]");
    } else {
      assertThat(out).contains("(sensitive)@db/app");
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void secretsOfOnePlanAreMaskedInAnotherPlansOutput(ReportFormat format) {
    String leak =
        """
        {"format_version":"1.2","terraform_version":"1.11.4","planned_values":{"root_module":{}},
         "resource_changes":[{"address":"terraform_data.leak","mode":"managed","type":"terraform_data","name":"leak",
           "provider_name":"terraform.io/builtin/terraform",
           "change":{"actions":["update"],"before":{"input":"plain"},"after":{"input":"copy of %s here"},
             "after_unknown":{},"before_sensitive":{},"after_sensitive":{}}}],
         "configuration":{"root_module":{}},"errored":false}
        """
            .formatted(ALPHA);
    AnalyzedPlan other = ReportFixtures.analyzed("leak.json", ReportFixtures.planFromJson(leak, "leak.json"), Policy.empty());
    String out = format.writer().render(run(other, analyzed("secrets")));
    assertThat(out).doesNotContain(ALPHA).contains("terraform_data.leak");
  }

  /** A sensitive variable {@code environment = "prod"} and a marked password {@code update}. */
  private static final String SHORT_WORDS =
      """
      {"format_version":"1.2","terraform_version":"1.11.4",
       "variables":{"environment":{"value":"prod"}},
       "planned_values":{"root_module":{}},
       "resource_changes":[{"address":"terraform_data.db","mode":"managed","type":"terraform_data","name":"db",
         "provider_name":"terraform.io/builtin/terraform",
         "change":{"actions":["update"],"before":{"input":"staging","output":"update"},"after":{"input":"prod","output":"update"},
           "after_unknown":{},"before_sensitive":{"output":true},"after_sensitive":{"input":true,"output":true}}}],
       "configuration":{"root_module":{"variables":{"environment":{"sensitive":true}}}},"errored":false}
      """;

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = {"JSON", "SARIF"})
  void aShortSecretNeverRenamesAFieldOrAVerdict(ReportFormat format) throws Exception {
    AnalyzedPlan p = ReportFixtures.analyzed("words.json", ReportFixtures.planFromJson(SHORT_WORDS, "words.json"), Policy.empty());
    String out = format.writer().render(run(p));
    com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out);
    assertThat(out).doesNotContain("(sensitive)ucer").doesNotContain("\"prod\"");
    if (format == ReportFormat.JSON) {
      com.fasterxml.jackson.databind.JsonNode plan = root.path("plans").path(0);
      assertThat(plan.has("producer")).isTrue();
      assertThat(plan.path("changes").path(0).path("verdict").asText()).isEqualTo("update");
      assertThat(plan.path("changes").path(0).has("warnings")).isTrue();
      assertThat(root.path("counts").has("update")).isTrue();
    } else {
      assertThat(root.path("runs").path(0).path("results").path(0).path("ruleId").asText()).isEqualTo("planned-change");
    }
  }

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = {"JUNIT"})
  void aShortSecretNeverRenamesAJunitProperty(ReportFormat format) {
    AnalyzedPlan p = ReportFixtures.analyzed("words.json", ReportFixtures.planFromJson(SHORT_WORDS, "words.json"), Policy.empty());
    String out = format.writer().render(run(p));
    assertThat(out)
        .contains("<property name=\"producer\"")
        .contains("<property name=\"counts\" value=\"1 update\"/>")
        .doesNotContain("(sensitive)ucer")
        .doesNotContain("\"prod\"");
  }
}
