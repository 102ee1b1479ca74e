package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.cli.testplugin.TestRuleProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift analyze} with plug-in rules that suppress and escalate (the test plug-in pack on the
 * class path), and the policy switch that forbids plug-in suppression.
 */
class PluginSuppressionTest {
  @TempDir Path tmp;

  static String resource(String name, String before, String after) {
    return """
        {"address":"tfdrift_test_plugin.%s","mode":"managed","type":"tfdrift_test_plugin","name":"%s",
         "provider_name":"registry.terraform.io/hashicorp/test",
         "change":{"actions":["update"],"before":%s,"after":%s,"after_unknown":{},"before_sensitive":{},"after_sensitive":{}}}"""
        .formatted(name, name, before, after);
  }

  Path plan(String... resources) throws IOException {
    Path p = tmp.resolve("plan.json");
    Files.writeString(p, """
        {"format_version":"1.2","terraform_version":"1.11.0","planned_values":{"root_module":{}},
         "resource_changes":[%s],"configuration":{"root_module":{}},"timestamp":"2026-11-22T04:00:00Z","errored":false}"""
        .formatted(String.join(",", resources)));
    return p;
  }

  Path policy(String yaml) throws IOException {
    Path p = tmp.resolve("drift-policy.yaml");
    Files.writeString(p, yaml);
    return p;
  }

  @Test
  void aChangeOnlyToTheScannedAttributeIsCosmeticAndExitsZero() throws IOException {
    CliRun r = CliRun.of("analyze", "--today", "2026-11-22", plan(resource("a", "{\"scanned\":\"1\"}", "{\"scanned\":\"2\"}")).toString());
    assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .contains("COSMETIC  tfdrift_test_plugin.a  scanned")
        .contains("Suppressed by rule " + TestRuleProvider.SUPPRESSOR + " (UPDATE without it): the scanner writes 'scanned'");
  }

  @Test
  void thePolicyCanForbidPluginSuppression() throws IOException {
    Path policy = policy("rules:\n  allow_plugin_suppression: false\n");
    CliRun r = CliRun.of("analyze", "--today", "2026-11-22", "--policy", policy.toString(),
        plan(resource("a", "{\"scanned\":\"1\"}", "{\"scanned\":\"2\"}")).toString());
    assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.ACTIONABLE);
    assertThat(r.out()).contains("UPDATE  tfdrift_test_plugin.a").doesNotContain("Suppressed by");
  }

  @Test
  void aBadSwitchIsAPolicyErrorWithItsPosition() throws IOException {
    Path policy = policy("rules:\n  allow_plugin_suppression: maybe\n");
    CliRun r = CliRun.of("analyze", "--policy", policy.toString(), plan(resource("a", "{\"scanned\":\"1\"}", "{\"scanned\":\"2\"}")).toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.err()).contains("drift-policy.yaml:2:29: 'allow_plugin_suppression' must be true or false, not 'maybe'");
  }

  @Test
  void anEscalatedUpdateExitsThreeAndTwoInTerraformMode() throws IOException {
    String p = plan(resource("b", "{\"public\":false}", "{\"public\":true}")).toString();
    CliRun r = CliRun.of("analyze", "--today", "2026-11-22", p);
    assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.DESTRUCTIVE);
    assertThat(r.out())
        .contains("UPDATE  tfdrift_test_plugin.b  public")
        .contains("STOP: escalated by rule " + TestRuleProvider.ESCALATOR + " (the verdict stays UPDATE): 'public' changes: review it");
    assertThat(CliRun.of("analyze", "--exit-code", "terraform", p).status()).isEqualTo(ExitCodes.ACTIONABLE);
  }
}
