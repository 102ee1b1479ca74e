package io.github.tfdrift.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.config.ConfigurationReader;
import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.fix.engine.Fixer;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.testkit.PlanFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runbook's Proxmox configuration (bpg/proxmox, module {@code jellyfin}, drift-testkit's {@code
 * configurations/jellybuntu}) with the runbook's scenario plans: the patches each procedure writes.
 * Offline: the provider is never needed, only the files and the plans.
 */
class JellybuntuConfigurationTest {
  private static final String ROOT = "/io/github/tfdrift/testkit/fixtures/configurations/jellybuntu/";

  @TempDir Path dir;

  @Test
  void theConfigurationParsesWithTheModuleAndItsLifecycle() throws IOException {
    Configuration c = configuration();

    assertThat(c.module(List.of("jellyfin"))).isPresent();
    assertThat(c.resourceFor(io.github.tfdrift.core.address.ResourceAddress.parse("module.jellyfin.proxmox_virtual_environment_vm.vm").get()))
        .hasValueSatisfying(b -> assertThat(b.lifecycle().ignoreChanges()).hasValueSatisfying(i ->
            assertThat(i.paths()).extracting(p -> p.render()).containsExactly("initialization[0].user_account[0].keys", "clone")));
  }

  @Test
  void scenario1MemoryChangedAcceptedInTheModuleArgumentOfVmsTf() throws IOException {
    PatchResult r = Fixer.accept(configuration(), report("s1-memory-changed"), Selection.all());

    assertThat(r.patch().unifiedDiff()).isEqualTo("""
        --- a/vms.tf
        +++ b/vms.tf
        @@ -7,7 +7,7 @@
           vm_id       = 400
        \s
           cores     = 4
        -  memory    = 8192 # MiB
        +  memory    = 10240 # MiB
           disk_size = 64
        \s
           ip_address    = "192.168.0.12/24"
        """);
    assertThat(r.patched()).singleElement().satisfies(p -> assertThat(p.describe()).isEqualTo(
        "module.jellyfin.proxmox_virtual_environment_vm.vm: accepted memory[0].dedicated at vms.tf:10"));
  }

  @Test
  void scenario2StartupOrderAcceptedInTheModuleArgument() throws IOException {
    PatchResult r = Fixer.accept(configuration(), report("s2-startup-order"), Selection.all());

    assertThat(r.patch().unifiedDiff()).contains("-  startup_order = 1\n+  startup_order = 2\n");
    assertThat(r.complete()).isTrue();
  }

  @Test
  void scenario3TagsAcceptedAsTheWholeList() throws IOException {
    PatchResult r = Fixer.accept(configuration(), report("s3-tags-modified"), Selection.all());

    assertThat(r.patch().unifiedDiff()).contains("-  tags          = [\"jellyfin\", \"media\"]\n+  tags          = [\"new-tag\"]\n");
  }

  @Test
  void scenario1MemoryIgnoredInTheModulesLifecycleListKeepingItsComments() throws IOException {
    PatchResult r = Fixer.ignore(configuration(), report("s1-memory-changed"), Selection.all());

    assertThat(r.patch().unifiedDiff()).isEqualTo("""
        --- a/modules/vm/main.tf
        +++ b/modules/vm/main.tf
        @@ -75,6 +75,7 @@
             ignore_changes = [
               initialization[0].user_account[0].keys, # SSH key format
               clone,                                  # Golden image rotation
        +      memory[0].dedicated,
             ]
           }
         }
        """);
  }

  @Test
  void anAddressThatSelectsNothingLeavesTheConfigurationAlone() throws IOException {
    PatchResult r = Fixer.accept(configuration(), report("s1-memory-changed"), Selection.of(io.github.tfdrift.rules.policy.Glob.of("module.sonarr.*")));

    assertThat(r.patch().isEmpty()).isTrue();
    assertThat(r.outcomes()).isEmpty();
  }

  @Test
  void aCleanRunHasNothingToDo() throws IOException {
    PatchResult r = Fixer.accept(configuration(), report("clean-run"), Selection.all());

    assertThat(r.patch().isEmpty()).isTrue();
    assertThat(r.outcomes()).allSatisfy(o -> assertThat(o).isInstanceOf(EntryOutcome.NothingToDo.class));
  }

  @Test
  void theWrittenFilesStayAsTerraformFmtWritesThem() throws IOException {
    Configuration c = configuration();
    PatchResult accept = Fixer.accept(c, report("s1-memory-changed"), Selection.all());
    PatchResult ignore = Fixer.ignore(c, report("s1-memory-changed"), Selection.all());

    assertThat(accept.patch().applyTo(dir).isRight()).isTrue();
    assertThat(ignore.patch().applyTo(dir).isRight()).isTrue();

    io.github.tfdrift.core.Terraform.assumeAvailable();
    assertThat(io.github.tfdrift.core.Terraform.in(dir).run("fmt", "-check", "-recursive").exitCode()).isZero();
  }

  /** The fixture, copied into the temporary directory (patches are applied there). */
  static Path copy(Path dir) throws IOException {
    for (String f : files()) {
      try (InputStream in = Objects.requireNonNull(JellybuntuConfigurationTest.class.getResourceAsStream(ROOT + f), f)) {
        Path target = dir.resolve(f);
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      }
    }
    return dir;
  }

  private Configuration configuration() throws IOException {
    if (!Files.exists(dir.resolve("vms.tf"))) {
      copy(dir);
    }
    return ConfigurationReader.read(dir).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  private static Report report(String scenario) {
    return DriftEngine.withDefaults().classify(PlanFixtures.load(scenario), scenario);
  }

  /** The fixture's files, as its {@code files.txt} lists them. */
  private static List<String> files() throws IOException {
    try (InputStream in = Objects.requireNonNull(JellybuntuConfigurationTest.class.getResourceAsStream(ROOT + "files.txt"))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }
}
