package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A plan edited by hand whose {@code name} disagrees with its {@code address}: read, warned about in
 * one line, classified by its address; never a crash.
 */
class InconsistentPlanTest {
  private static final byte[] PLAN =
      """
      {"format_version":"1.2","resource_changes":[
        {"address":"null_resource.my_null_resource[\\"val1\\"]","mode":"managed","type":"null_resource",
         "name":"some-name","index":"val1","change":{"actions":["update"],"before":{"x":"a"},"after":{"x":"b"},
         "after_unknown":{},"before_sensitive":{},"after_sensitive":{}}}]}
      """
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void showWarnsThatTheAddressWins() {
    CliRun r = CliRun.withStdin(PLAN, "show", "-");

    assertThat(r.status()).isZero();
    assertThat(r.errLines())
        .containsExactly(
            "drift: warning: <stdin>: resource_changes[0]: name \"some-name\" disagrees with address null_resource.my_null_resource[\"val1\"]; the address is used");
  }

  @Test
  void analyzeClassifiesByTheAddressAndReportsTheWarningAsANote() {
    CliRun r = CliRun.withStdin(PLAN, "analyze", "--format", "json", "-");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out())
        .contains("\"address\" : \"null_resource.my_null_resource[\\\"val1\\\"]\"")
        .contains("\"level\" : \"warning\"")
        .contains("name \\\"some-name\\\" disagrees with address");
  }
}
