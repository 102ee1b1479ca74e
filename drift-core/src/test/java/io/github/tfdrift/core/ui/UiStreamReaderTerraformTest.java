package io.github.tfdrift.core.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.Terraform;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.read.PlanError;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real UI streams: terraform 1.x runs {@code plan -json} and {@code apply -json} on configurations of
 * the built-in {@code terraform_data} resource, and the reader's typed fields are checked against what
 * it printed. Skipped, visibly, when terraform is not on PATH.
 */
class UiStreamReaderTerraformTest {
  @TempDir static Path tmp;

  private static UiLog plan;
  private static UiLog apply;
  private static UiLog secondPlan;
  private static UiLog precondition;
  private static UiLog provisioner;
  private static Path planFile;

  private static final String OK_CONFIG =
      "variable \"v\" {\n  default = \"hello\"\n}\n"
          + "resource \"terraform_data\" \"x\" {\n  input = var.v\n}\n"
          + "output \"o\" {\n  value = terraform_data.x.output\n}\n";

  private static final String PRECONDITION_CONFIG =
      "variable \"n\" {\n"
          + "  default = 1\n"
          + "}\n"
          + "resource \"terraform_data\" \"x\" {\n"
          + "  input = \"a\"\n"
          + "  lifecycle {\n"
          + "    precondition {\n"
          + "      condition     = var.n > 5\n"
          + "      error_message = \"n must be greater than five.\"\n"
          + "    }\n"
          + "  }\n"
          + "}\n";

  private static final String PROVISIONER_CONFIG =
      "resource \"terraform_data\" \"x\" {\n"
          + "  input = \"a\"\n"
          + "  provisioner \"local-exec\" {\n"
          + "    command = \"exit 3\"\n"
          + "  }\n"
          + "}\n";

  @BeforeAll
  static void runTerraform() throws IOException {
    if (Terraform.binary().isEmpty()) {
      return;
    }
    Terraform ok = Terraform.in(tmp.resolve("ok")).config(OK_CONFIG).init();
    Terraform.Result p = ok.run("plan", "-json", "-input=false");
    assertThat(p.exitCode()).as(p.stderr()).isZero();
    planFile = ok.dir().resolve("plan.jsonl");
    Files.write(planFile, p.stdout());
    plan = read(p.stdout());
    Terraform.Result a = ok.run("apply", "-json", "-auto-approve", "-input=false");
    assertThat(a.exitCode()).as(a.stderr()).isZero();
    apply = read(a.stdout());
    Terraform.Result p2 = ok.run("plan", "-json", "-input=false", "-var", "v=changed");
    assertThat(p2.exitCode()).as(p2.stderr()).isZero();
    secondPlan = read(p2.stdout());

    Terraform pre = Terraform.in(tmp.resolve("precondition")).config(PRECONDITION_CONFIG).init();
    Terraform.Result e = pre.run("plan", "-json", "-input=false");
    assertThat(e.exitCode()).isEqualTo(1);
    precondition = read(e.stdout());

    Terraform prov = Terraform.in(tmp.resolve("provisioner")).config(PROVISIONER_CONFIG).init();
    Terraform.Result f = prov.run("apply", "-json", "-auto-approve", "-input=false");
    assertThat(f.exitCode()).isEqualTo(1);
    provisioner = read(f.stdout());
  }

  private static UiLog read(byte[] stdout) {
    Either<PlanError, UiLog> r =
        UiStreamReader.create().read(new ByteArrayInputStream(stdout), "terraform-stdout");
    assertThat(r.isRight()).as("reads: %s", r.isLeft() ? r.getLeft().describe() : "").isTrue();
    assertThat(r.get().problems()).isEmpty();
    return r.get();
  }

  @Test
  void planStreamStartsWithTheVersionOfTerraform() {
    Terraform.assumeAvailable();
    UiMessage first = plan.messages().get(0);

    assertThat(first).isInstanceOf(VersionMessage.class);
    VersionMessage v = (VersionMessage) first;
    assertThat(v.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(v.message()).isEqualTo("Terraform " + v.version());
    assertThat(v.uiVersion()).matches("1\\.\\d+");
    assertThat(v.uiMajor()).isEqualTo(1);
    assertThat(v.producer().tool()).isEqualTo(Producer.Tool.TERRAFORM);
    assertThat(v.module()).isEqualTo("terraform.ui");
    assertThat(v.level()).isEqualTo(UiLevel.INFO);
    assertThat(v.line()).isEqualTo(1);
    assertThat(v.time()).isPresent();
    assertThat(plan.producer().tool()).isEqualTo(Producer.Tool.TERRAFORM);
  }

  @Test
  void plannedChangeOfTerraformDataIsACreate() {
    Terraform.assumeAvailable();
    List<PlannedChangeMessage> changes = plan.plannedChanges();

    assertThat(changes).hasSize(1);
    PlannedChangeMessage c = changes.get(0);
    assertThat(c.action()).isEqualTo(UiAction.CREATE);
    assertThat(c.resource().addr()).isEqualTo("terraform_data.x");
    assertThat(c.resource().module()).isEmpty();
    assertThat(c.resource().resource()).isEqualTo("terraform_data.x");
    assertThat(c.resource().impliedProvider()).isEqualTo("terraform");
    assertThat(c.resource().resourceType()).isEqualTo("terraform_data");
    assertThat(c.resource().resourceName()).isEqualTo("x");
    assertThat(c.resource().resourceKey()).isEmpty();
    assertThat(c.resource().parsed().get()).isEqualTo(ResourceAddress.of("terraform_data", "x"));
    assertThat(c.previousResource()).isEmpty();
    assertThat(c.reason()).isEmpty();
    assertThat(c.address()).contains("terraform_data.x");
    assertThat(c.message()).isEqualTo("terraform_data.x: Plan to create");
  }

  @Test
  void planSummaryCountsOneToAdd() {
    Terraform.assumeAvailable();
    ChangeSummaryMessage s = plan.changeSummary().get();

    assertThat(s.add()).isEqualTo(1);
    assertThat(s.change()).isZero();
    assertThat(s.remove()).isZero();
    assertThat(s.imports()).hasValue(0);
    assertThat(s.forget()).isEmpty();
    assertThat(s.operation()).isEqualTo("plan");
  }

  @Test
  void plannedOutputCarriesItsAction() {
    Terraform.assumeAvailable();
    UiOutput o = plan.outputs().get(0).outputs().get("o");

    assertThat(o.action()).contains(UiAction.CREATE);
    assertThat(o.sensitive()).isFalse();
    assertThat(o.value().isAbsent()).isTrue();
  }

  @Test
  void applyStreamHasStartAndCompleteHooksWithTheNewId() {
    Terraform.assumeAvailable();
    List<HookMessage> hooks = apply.hooks();

    assertThat(hooks).extracting(HookMessage::type).containsExactly("apply_start", "apply_complete");
    HookMessage done = hooks.get(1);
    assertThat(done.resource().addr()).isEqualTo("terraform_data.x");
    assertThat(done.action()).contains(UiAction.CREATE);
    assertThat(done.idKey()).contains("id");
    assertThat(done.idValue()).hasValueSatisfying(id -> assertThat(id).isNotBlank());
    assertThat(done.elapsedSeconds()).isPresent();
    assertThat(done.isErrored()).isFalse();
    assertThat(done.toString()).doesNotContain(done.idValue().get());
    assertThat(done.toString())
        .isEqualTo("HookMessage[type=apply_complete, level=info, line=" + done.line() + ", address=terraform_data.x]");
  }

  @Test
  void applySummaryAndOutputsComeLast() {
    Terraform.assumeAvailable();

    assertThat(apply.changeSummaries()).extracting(ChangeSummaryMessage::operation).containsExactly("plan", "apply");
    assertThat(apply.changeSummary().get().add()).isEqualTo(1);
    UiOutput o = apply.outputs().get(apply.outputs().size() - 1).outputs().get("o");
    assertThat(o.value().asText()).contains("hello");
    assertThat(o.type().asText()).contains("string");
    assertThat(o.toString()).doesNotContain("hello");
  }

  @Test
  void secondPlanRefreshesTheObjectAndPlansAnUpdate() {
    Terraform.assumeAvailable();
    String id = apply.hooks().get(1).idValue().get();

    assertThat(secondPlan.hooks())
        .extracting(HookMessage::type)
        .containsExactly("refresh_start", "refresh_complete");
    assertThat(secondPlan.hooks().get(1).idValue()).contains(id);
    assertThat(secondPlan.plannedChanges()).extracting(PlannedChangeMessage::action).containsExactly(UiAction.UPDATE);
    assertThat(secondPlan.changeSummary().get().change()).isEqualTo(1);
  }

  @Test
  void failedPreconditionIsAnErrorDiagnosticWithRangeAndSnippet() {
    Terraform.assumeAvailable();

    assertThat(precondition.hasErrors()).isTrue();
    DiagnosticMessage d = precondition.errors().get(0);
    assertThat(d.level()).isEqualTo(UiLevel.ERROR);
    assertThat(d.severity()).isEqualTo(DiagnosticSeverity.ERROR);
    assertThat(d.summary()).isEqualTo("Resource precondition failed");
    assertThat(d.detail()).isEqualTo("n must be greater than five.");
    SourceRange r = d.range().get();
    assertThat(r.filename()).isEqualTo("main.tf");
    assertThat(r.start().line()).isEqualTo(8);
    assertThat(r.start().column()).isEqualTo(23);
    assertThat(r.end().byteOffset()).isGreaterThan(r.start().byteOffset());
    Snippet s = d.snippet().get();
    assertThat(s.context()).contains("resource \"terraform_data\" \"x\"");
    assertThat(s.startLine()).isEqualTo(8);
    assertThat(s.highlighted()).isEqualTo("var.n > 5");
    assertThat(s.values()).containsExactly(new ExpressionValue("var.n", "is 1"));
    assertThat(d.toString()).doesNotContain("five").doesNotContain("is 1");
  }

  @Test
  void provisionerFailureIsAnErrorDiagnosticNamingTheResource() {
    Terraform.assumeAvailable();

    DiagnosticMessage d = provisioner.errors().get(0);
    assertThat(d.summary()).isEqualTo("local-exec provisioner error");
    assertThat(d.address()).contains("terraform_data.x");
    assertThat(d.range().get().filename()).isEqualTo("main.tf");
    assertThat(provisioner.hooks())
        .extracting(HookMessage::type)
        .containsExactly(
            "apply_start", "provision_start", "provision_progress", "provision_errored", "apply_errored");
    HookMessage progress = provisioner.hooks().get(2);
    assertThat(progress.provisioner()).contains("local-exec");
    assertThat(progress.output()).isPresent();
    assertThat(provisioner.hooks().get(4).isErrored()).isTrue();
    assertThat(d.toString())
        .isEqualTo(
            "DiagnosticMessage[type=diagnostic, level=error, line=" + d.line() + ", address=terraform_data.x]");
  }

  @Test
  void streamSavedToAFileReadsTheSame() {
    Terraform.assumeAvailable();
    UiLog fromFile = UiStreamReader.create().read(planFile).get();

    assertThat(fromFile.source()).isEqualTo(planFile.toString());
    assertThat(fromFile.messages()).hasSameSizeAs(plan.messages());
    assertThat(fromFile.messages().get(1).raw()).isEqualTo(plan.messages().get(1).raw());
    assertThat(Optional.of(fromFile.toString())).contains("UiLog[" + planFile + ": 4 messages, 0 diagnostics, 0 problems]");
  }
}
