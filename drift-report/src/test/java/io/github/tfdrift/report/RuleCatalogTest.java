package io.github.tfdrift.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuleCatalogTest {
  @Test
  void builtInRulesAndTheEngineAreListedByIdWithTheirDocumentation() {
    RuleCatalog c = RuleCatalog.builtIn();
    assertThat(c.entries()).extracting(RuleCatalog.Entry::id).contains("deleted-outside", "real-drift", "engine").isSorted();
    RuleCatalog.Entry e = c.find("deleted-outside").get();
    assertThat(e.origin()).isEqualTo(RuleCatalog.Origin.BUILT_IN);
    assertThat(e.documentation()).startsWith("# deleted-outside");
    assertThat(e.description()).startsWith("Runbook scenario 6");
    assertThat(c.find("engine").get().documentation()).startsWith("# engine").contains("Never downgrade");
    assertThat(c.entries().get(c.indexOf("real-drift")).id()).isEqualTo("real-drift");
    assertThat(c.indexOf("no-such-rule")).isEqualTo(-1);
  }

  @Test
  void installedRulesComeThroughTheServiceLoader() {
    RuleCatalog c = RuleCatalog.installed(getClass().getClassLoader());
    assertThat(c.find("ignore-changes")).isPresent();
    assertThat(c.loadErrors()).isEmpty();
  }

  @Test
  void rulesNoLongerInstalledGetAPlaceholder() {
    RuleCatalog c = RuleCatalog.builtIn().withUnknown(java.util.List.of("gone-rule"));
    assertThat(c.find("gone-rule").get().origin()).isEqualTo(RuleCatalog.Origin.PLUGIN);
    assertThat(c.entries()).extracting(RuleCatalog.Entry::id).isSorted();
  }
}
