package io.github.tfdrift.imports;

import io.github.tfdrift.imports.ImportIdTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.imports.ImportIdProvider;
import io.vavr.control.Either;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import ID catalogue: built-in data, templates, the policy file's import_ids and the ServiceLoader SPI. */
class ImportIdCatalogueTest {
  @TempDir Path tmp;

  private static String template(ImportIdCatalogue c, String type) {
    return c.find(type).orElseThrow().template().text();
  }

  @Test
  void theBuiltInCatalogueHasTheRunbooksTypes() {
    ImportIdCatalogue c = ImportIdCatalogue.builtIn();
    assertThat(template(c, "aws_iam_role")).isEqualTo("{name}");
    assertThat(template(c, "aws_cloudwatch_log_group")).isEqualTo("{name}");
    assertThat(template(c, "aws_s3_bucket")).isEqualTo("{bucket}");
    assertThat(template(c, "aws_iam_policy")).isEqualTo("arn:{@partition}:iam::{@account_id}:policy{path}{name}");
    assertThat(c.problems()).isEmpty();
    assertThat(c.entries()).hasSizeGreaterThan(60);
  }

  @Test
  void anExactTypeBeatsAPrefixAndALongerPrefixBeatsAShorterOne() {
    ImportIdCatalogue c =
        ImportIdCatalogue.of(
            Map.of(
                "google_*", ImportIdTemplate.parse("{@error_id}").get(),
                "google_compute_*", ImportIdTemplate.parse("c/{name}").get(),
                "google_compute_network", ImportIdTemplate.parse("n/{name}").get()),
            "test");
    assertThat(template(c, "google_compute_network")).isEqualTo("n/{name}");
    assertThat(template(c, "google_compute_subnetwork")).isEqualTo("c/{name}");
    assertThat(template(c, "google_pubsub_topic")).isEqualTo("{@error_id}");
    assertThat(c.find("aws_iam_role")).isEmpty();
    assertThat(template(ImportIdCatalogue.builtIn(), "azurerm_storage_account")).startsWith("{@error_id}");
  }

  @Test
  void templatesParseAlternativesFactsAndEscapedBraces() {
    ImportIdTemplate t = ImportIdTemplate.of(List.of("{@error_id}", "x{{{name}}}"), Optional.of("look {name}")).get();
    assertThat(t.alternatives()).containsExactly("{@error_id}", "x{{{name}}}");
    assertThat(t.lookup()).contains("look {name}");
    assertThat(t.uses(ImportIdTemplate.Fact.ERROR_ID)).isTrue();
    assertThat(t.uses(ImportIdTemplate.Fact.ACCOUNT_ID)).isFalse();
  }

  @Test
  void badTemplatesSayWhatIsWrong() {
    assertThat(ImportIdTemplate.parse("arn:{name").getLeft().describe()).isEqualTo("unclosed '{' at character 5 of \"arn:{name\"");
    assertThat(ImportIdTemplate.parse("{@acount_id}").getLeft().describe()).startsWith("unknown fact {@acount_id}");
    assertThat(ImportIdTemplate.parse("a}b").getLeft().describe()).startsWith("unmatched '}' at character 2");
    assertThat(ImportIdTemplate.parse("{}").getLeft().describe()).startsWith("empty reference {}");
    assertThat(ImportIdTemplate.parse("{tags[}").getLeft().describe()).startsWith("{tags[} in \"{tags[}\" is not an attribute path");
    assertThat(ImportIdTemplate.parse("").getLeft().describe()).isEqualTo("a template must not be empty");
  }

  @Test
  void aBadTemplateNamesTheCharacterWhereItGoesWrong() {
    assertThat(ImportIdTemplate.parse("arn:{name").getLeft().position()).hasValue(4);
  }

  @Test
  void thePolicyFileAddsTemplatesAndIgnoresItsOtherKeys() throws Exception {
    Path policy = tmp.resolve("policy.yaml");
    Files.writeString(
        policy,
        "rules:\n  - id: x\nimport_ids:\n  acme_widget: \"{region}/{name}\"\n  aws_security_group:\n    id: \"{id}\"\n"
            + "    lookup: \"aws ec2 describe-security-groups --group-names {name}\"\n  azurerm_*: [\"{@error_id}\"]\n");
    Map<String, ImportIdTemplate> ids = ImportIdPolicy.read(policy).get();
    assertThat(ids).containsOnlyKeys("acme_widget", "aws_security_group", "azurerm_*");
    assertThat(ids.get("aws_security_group").lookup()).contains("aws ec2 describe-security-groups --group-names {name}");
  }

  @Test
  void aPolicyWithoutImportIdsGivesNone() {
    assertThat(ImportIdPolicy.parse("rules: []\n", "p.yaml").get()).isEmpty();
    assertThat(ImportIdPolicy.parse("", "p.yaml").get()).isEmpty();
  }

  @Test
  void badPolicyEntriesAreNamedWithTheirPath() {
    assertThat(ImportIdPolicy.parse("import_ids:\n  aws_iam_role: \"{nam\"\n", "p.yaml").getLeft().describe())
        .isEqualTo("p.yaml: import_ids.aws_iam_role: unclosed '{' at character 1 of \"{nam\"");
    assertThat(ImportIdPolicy.parse("import_ids:\n  AWS Role: \"{name}\"\n", "p.yaml").getLeft().describe())
        .startsWith("p.yaml: import_ids.AWS Role: not a resource type");
    assertThat(ImportIdPolicy.parse("import_ids:\n  aws_iam_role: 12\n", "p.yaml").getLeft().describe())
        .isEqualTo("p.yaml: import_ids.aws_iam_role: must be a template string or a non-empty list of them");
    assertThat(ImportIdPolicy.parse("import_ids:\n  aws_iam_role: {idd: x}\n", "p.yaml").getLeft().describe())
        .isEqualTo("p.yaml: import_ids.aws_iam_role: unknown key 'idd' (an entry has id and lookup)");
    assertThat(ImportIdPolicy.parse("import_ids: [a]\n", "p.yaml").getLeft().describe())
        .isEqualTo("p.yaml: import_ids: must be a map from resource type to import ID template");
    assertThat(ImportIdPolicy.parse("- a\n", "p.yaml").getLeft().describe()).isEqualTo("p.yaml: a policy file is a YAML map");
    assertThat(ImportIdPolicy.parse("a: [\n", "p.yaml").getLeft().describe()).startsWith("p.yaml: not valid YAML (");
    assertThat(ImportIdPolicy.read(tmp.resolve("missing.yaml")).getLeft().describe()).endsWith("missing.yaml: no such file");
  }

  @Test
  void serviceProvidersOnTheClassPathAddTemplates() {
    ImportIdCatalogue c = ImportIdCatalogue.installed();
    assertThat(c.find("acme_widget").orElseThrow().origin()).isEqualTo(AcmeImportIds.class.getName());
    assertThat(template(c, "aws_ecr_repository")).isEqualTo("acme/{name}");
    assertThat(c.problems()).isEmpty();
  }

  @Test
  void thePolicyBeatsProvidersAndProvidersBeatTheBuiltInCatalogue() {
    ImportOptions o =
        ImportOptions.defaults().withImportIds(Map.of("aws_ecr_repository", ImportIdTemplate.parse("p/{name}").get()), "policy.yaml");
    ImportIdCatalogue.Entry e = o.effectiveCatalogue().find("aws_ecr_repository").orElseThrow();
    assertThat(e.template().text()).isEqualTo("p/{name}");
    assertThat(e.origin()).isEqualTo("policy.yaml");
  }

  @Test
  void aFailingOrConflictingProviderIsReportedNotFatal() {
    ImportIdProvider broken =
        new ImportIdProvider() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public Map<String, ImportIdTemplate> templates() {
            throw new IllegalStateException("boom");
          }
        };
    ImportIdProvider first = named("a-first", Map.of("x_thing", ImportIdTemplate.parse("1").get()));
    ImportIdProvider second = named("b-second", Map.of("x_thing", ImportIdTemplate.parse("2").get()));
    ImportIdCatalogue c = ImportIdCatalogue.withProviders(List.of(second, broken, first));
    assertThat(template(c, "x_thing")).isEqualTo("1");
    assertThat(c.problems())
        .containsExactly(
            "import ID providers a-first and b-second both define x_thing; a-first wins",
            "import ID provider broken failed; its templates are not used");
  }

  private static ImportIdProvider named(String name, Map<String, ImportIdTemplate> t) {
    return new ImportIdProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Map<String, ImportIdTemplate> templates() {
        return t;
      }
    };
  }

  @Test
  void checkingUserInputGivesMessages() {
    assertThat(ImportOptions.checkAwsAccountId("12345").getLeft().describe()).isEqualTo("an AWS account ID is 12 digits, not '12345'");
    assertThat(ImportOptions.checkAwsAccountId(" 123456789012 ")).isEqualTo(Either.right("123456789012"));
    assertThat(ImportOptions.checkAwsRegion("moon-1").isLeft()).isTrue();
    assertThat(ImportOptions.checkAwsRegion("us-gov-west-1").isRight()).isTrue();
  }
}
