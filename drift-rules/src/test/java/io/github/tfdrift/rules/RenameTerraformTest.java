package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.Terraform;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renames in real terraform plans (the built-in terraform_data resource, offline): the rename rule
 * suggests a moved block on the delete and the create, and the verdicts stay DELETE and CREATE.
 * Skipped, visibly, when terraform is not on PATH.
 */
class RenameTerraformTest {
  @TempDir Path dir;

  @BeforeEach
  void needsTerraform() {
    Terraform.assumeAvailable();
  }

  /** Applies {@code before}, then writes {@code after} and classifies its plan. */
  private Report renamed(String before, String after) throws IOException {
    Terraform.in(dir).config(before);
    Terraform.in(dir).init();
    Terraform.Result applied = Terraform.in(dir).run("apply", "-input=false", "-auto-approve", "-no-color");
    assertThat(applied.exitCode()).as(applied.stderr()).isZero();
    Terraform.in(dir).config(after);
    return classify();
  }

  private Report classify() throws IOException {
    if (Files.isDirectory(dir.resolve("mod"))) {
      Terraform.in(dir).init();
    }
    Terraform.Result p = Terraform.in(dir).run("plan", "-input=false", "-no-color", "-out=tfplan");
    assertThat(p.exitCode()).as(p.stderr()).isZero();
    Terraform.Result show = Terraform.in(dir).run("show", "-json", "tfplan");
    assertThat(show.exitCode()).as(show.stderr()).isZero();
    Files.delete(dir.resolve("tfplan"));
    Plan plan = PlanReader.create().read(show.stdout(), "tfplan.json").getOrElseThrow(e -> new AssertionError(e.describe()));
    return DriftEngine.withDefaults().classify(plan, "tfplan.json");
  }

  private void module(String hcl) throws IOException {
    Files.createDirectories(dir.resolve("mod"));
    Files.writeString(dir.resolve("mod/main.tf"), hcl);
  }

  @Test
  void aRenamedResourceGetsAMovedBlockOnBothEntriesAndStaysDestructive() throws IOException {
    Report r =
        renamed(
            "resource \"terraform_data\" \"old\" {\n  input = \"x\"\n}\n",
            "resource \"terraform_data\" \"new\" {\n  input = \"x\"\n}\n");
    ClassifiedEntry old = r.entry("terraform_data.old").orElseThrow();
    ClassifiedEntry created = r.entry("terraform_data.new").orElseThrow();
    SuggestedMove expected = new SuggestedMove("terraform_data.old", "terraform_data.new", java.util.List.of("input"));
    assertThat(old.suggestedMove()).contains(expected);
    assertThat(created.suggestedMove()).contains(expected);
    assertThat(old.verdict()).isEqualTo(Verdict.DELETE);
    assertThat(old.procedure()).isEqualTo(Procedure.STOP);
    assertThat(old.ruleId()).isEqualTo("destructive-change");
    assertThat(created.verdict()).isEqualTo(Verdict.CREATE);
    assertThat(created.ruleId()).isEqualTo("planned-change");
    String warning =
        "Looks like a rename of terraform_data.old to terraform_data.new: add `moved { from = terraform_data.old to = terraform_data.new }`"
            + " to keep the object instead of destroying it.";
    assertThat(old.warnings()).containsExactly(warning);
    assertThat(created.warnings()).containsExactly(warning);
    assertThat(old.movedBlock()).contains("moved {\n  from = terraform_data.old\n  to   = terraform_data.new\n}\n");
    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void theSuggestedBlockIsWhatTerraformFmtWritesAndTurnsThePlanIntoAMove() throws IOException {
    Report r =
        renamed(
            "resource \"terraform_data\" \"old\" {\n  input = \"x\"\n}\n",
            "resource \"terraform_data\" \"new\" {\n  input = \"x\"\n}\n");
    String block = r.entry("terraform_data.new").orElseThrow().movedBlock().orElseThrow();
    Terraform.Result fmt = Terraform.in(dir).runWithInput(block, "fmt", "-check", "-");
    assertThat(fmt.exitCode()).as(fmt.stderr() + fmt.out()).isZero();

    Terraform.in(dir).config("resource \"terraform_data\" \"new\" {\n  input = \"x\"\n}\n\n" + block);
    Report moved = classify();
    assertThat(moved.entries()).extracting(ClassifiedEntry::verdict).containsExactly(Verdict.MOVE);
    assertThat(moved.entries().get(0).suggestedMove()).isEmpty();
    assertThat(moved.exitCode()).isZero();
  }

  @Test
  void aResourceMovedIntoAModuleGetsAMovedBlockToItsModuleAddress() throws IOException {
    Terraform.in(dir).config("resource \"terraform_data\" \"old\" {\n  input = \"x\"\n}\n");
    Terraform.in(dir).init();
    assertThat(Terraform.in(dir).run("apply", "-input=false", "-auto-approve").exitCode()).isZero();
    module("variable \"i\" {}\n\nresource \"terraform_data\" \"new\" {\n  input = var.i\n}\n");
    Terraform.in(dir).config("module \"m\" {\n  source = \"./mod\"\n  i      = \"x\"\n}\n");
    Report r = classify();
    ClassifiedEntry old = r.entry("terraform_data.old").orElseThrow();
    assertThat(old.verdict()).isEqualTo(Verdict.DELETE);
    assertThat(old.movedBlock()).contains("moved {\n  from = terraform_data.old\n  to   = module.m.terraform_data.new\n}\n");
    assertThat(r.entry("module.m.terraform_data.new").orElseThrow().suggestedMove()).isEqualTo(old.suggestedMove());
    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void countTurnedIntoForEachGetsOneMovedBlockPerInstance() throws IOException {
    Report r =
        renamed(
            "resource \"terraform_data\" \"a\" {\n  count = 2\n  input = \"i${count.index}\"\n}\n",
            "resource \"terraform_data\" \"a\" {\n  for_each = toset([\"i0\", \"i1\"])\n  input    = each.key\n}\n");
    assertThat(r.entry("terraform_data.a[0]").orElseThrow().movedBlock())
        .contains("moved {\n  from = terraform_data.a[0]\n  to   = terraform_data.a[\"i0\"]\n}\n");
    assertThat(r.entry("terraform_data.a[1]").orElseThrow().suggestedMove().map(SuggestedMove::to)).contains("terraform_data.a[\"i1\"]");
    assertThat(r.entry("terraform_data.a[\"i1\"]").orElseThrow().suggestedMove().map(SuggestedMove::from)).contains("terraform_data.a[1]");
    assertThat(r.entries()).extracting(ClassifiedEntry::verdict).containsOnly(Verdict.DELETE, Verdict.CREATE);
  }

  @Test
  void twoEqualDeletesAndTwoEqualCreatesAreAmbiguousAndGetNoSuggestion() throws IOException {
    Report r =
        renamed(
            "resource \"terraform_data\" \"old1\" {\n  input = \"x\"\n}\nresource \"terraform_data\" \"old2\" {\n  input = \"x\"\n}\n",
            "resource \"terraform_data\" \"new1\" {\n  input = \"x\"\n}\nresource \"terraform_data\" \"new2\" {\n  input = \"x\"\n}\n");
    assertThat(r.entries()).hasSize(4);
    assertThat(r.entries()).allSatisfy(e -> {
      assertThat(e.suggestedMove()).isEmpty();
      assertThat(e.warnings()).isEmpty();
    });
    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void aDeleteAndACreateWithDifferentInputsAreNoRename() throws IOException {
    Report r =
        renamed(
            "resource \"terraform_data\" \"old\" {\n  input = \"x\"\n}\n",
            "resource \"terraform_data\" \"new\" {\n  input = \"y\"\n}\n");
    assertThat(r.entries()).extracting(ClassifiedEntry::verdict).containsExactly(Verdict.CREATE, Verdict.DELETE);
    assertThat(r.entries()).allSatisfy(e -> assertThat(e.suggestedMove()).isEmpty());
  }

  @Test
  void equalTriggersReplaceWithoutInputAreARename() throws IOException {
    Report r =
        renamed(
            "resource \"terraform_data\" \"old\" {\n  triggers_replace = [1, 2]\n}\n",
            "resource \"terraform_data\" \"new\" {\n  triggers_replace = [1, 2]\n}\n");
    assertThat(r.entry("terraform_data.new").orElseThrow().suggestedMove().map(SuggestedMove::attributes))
        .contains(java.util.List.of("triggers_replace"));
  }
}
