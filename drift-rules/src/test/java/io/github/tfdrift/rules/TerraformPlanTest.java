package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real plans written by the terraform binary (built-in terraform_data, no provider downloads). */
class TerraformPlanTest {

  static boolean terraformAvailable() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String d : path.split(File.pathSeparator)) {
        if (Files.isExecutable(Path.of(d, "terraform"))) {
          return true;
        }
      }
    }
    System.err.println("[tfdrift] SKIPPED: terraform not on PATH");
    return false;
  }

  static String run(Path dir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add("terraform");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(false);
    pb.environment().put("TF_CLI_CONFIG_FILE", "/dev/null");
    pb.environment().put("CHECKPOINT_DISABLE", "1");
    pb.environment().put("TF_IN_AUTOMATION", "1");
    pb.redirectError(dir.resolve("stderr.txt").toFile());
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("terraform %s: %s", String.join(" ", args), Files.readString(dir.resolve("stderr.txt"))).isIn(0, 2);
    return new String(out, StandardCharsets.UTF_8);
  }

  static Plan plan(Path dir) throws Exception {
    run(dir, "plan", "-input=false", "-out=tfplan");
    String json = run(dir, "show", "-json", "tfplan");
    return PlanReader.create().read(json, "tfplan.json").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  @Test
  void terraformDataPlanClassifiesAsItsActionsSay(@TempDir Path dir) throws Exception {
    assumeTrue(terraformAvailable(), "terraform not on PATH");
    Files.writeString(
        dir.resolve("main.tf"),
        """
        resource "terraform_data" "updated" { input = "v1" }
        resource "terraform_data" "replaced" { triggers_replace = ["v1"] }
        resource "terraform_data" "removed" { input = "gone soon" }
        resource "terraform_data" "same" { input = "same" }
        """);
    run(dir, "init", "-input=false", "-backend=false");
    run(dir, "apply", "-input=false", "-auto-approve");

    Report none = DriftEngine.withDefaults().classify(plan(dir));
    assertThat(none.entries()).extracting(ClassifiedEntry::verdict).containsOnly(Verdict.NO_CHANGE);
    assertThat(none.exitCode()).isZero();

    Files.writeString(
        dir.resolve("main.tf"),
        """
        resource "terraform_data" "updated" { input = "v2" }
        resource "terraform_data" "replaced" { triggers_replace = ["v2"] }
        resource "terraform_data" "same" { input = "same" }
        resource "terraform_data" "created" { input = "new" }
        """);
    Report r = DriftEngine.withDefaults().classify(plan(dir), "tfplan.json");
    assertThat(r.entry("terraform_data.updated").orElseThrow().verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(r.entry("terraform_data.updated").orElseThrow().renderedPaths()).contains("input");
    ClassifiedEntry replaced = r.entry("terraform_data.replaced").orElseThrow();
    assertThat(replaced.verdict()).isEqualTo(Verdict.REPLACE);
    assertThat(replaced.procedure()).isEqualTo(Procedure.STOP);
    assertThat(r.entry("terraform_data.removed").orElseThrow().verdict()).isEqualTo(Verdict.DELETE);
    assertThat(r.entry("terraform_data.removed").orElseThrow().reason()).contains("removed from the configuration");
    assertThat(r.entry("terraform_data.created").orElseThrow().verdict()).isEqualTo(Verdict.CREATE);
    assertThat(r.entry("terraform_data.same").orElseThrow().verdict()).isEqualTo(Verdict.NO_CHANGE);
    assertThat(r.producer().tool()).isEqualTo(io.github.tfdrift.core.model.Producer.Tool.TERRAFORM);
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.exitCode(ExitCodeMode.TERRAFORM)).isEqualTo(2);
  }

  @Test
  void terraformDataCreateOnlyPlanIsActionable(@TempDir Path dir) throws Exception {
    assumeTrue(terraformAvailable(), "terraform not on PATH");
    Files.writeString(dir.resolve("main.tf"), "resource \"terraform_data\" \"a\" { input = \"x\" }\noutput \"o\" { value = terraform_data.a.output }\n");
    run(dir, "init", "-input=false", "-backend=false");
    Report r = DriftEngine.withDefaults().classify(plan(dir));
    assertThat(r.entries()).extracting(ClassifiedEntry::verdict).containsExactly(Verdict.CREATE);
    assertThat(r.outputChanges()).extracting(OutputChange::name).containsExactly("o");
    assertThat(r.exitCode()).isEqualTo(2);
  }
}
