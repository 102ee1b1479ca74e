package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Producer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading apply output: the UI stream, the human output in its forms, mixed CI logs, and bad input. */
class ApplyLogTest {
  @TempDir Path tmp;

  private static Path resource(String name) {
    try {
      return Path.of(Objects.requireNonNull(ApplyLogTest.class.getResource("/logs/" + name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ApplyLog read(Path p) {
    return ApplyLog.read(p).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  private static LogReadError fails(String text) {
    return ApplyLog.parse(text, "apply.log").swap().getOrElseThrow(l -> new AssertionError("read: " + l));
  }

  // ---- seed 003 ---------------------------------------------------------------------------------

  @Test
  void theJsonLogOfSeed003HasSixteenErrorsWithAddresses() {
    ApplyLog log = Seed003.jsonLog();
    assertThat(log.form()).isEqualTo(ApplyLog.Form.UI_STREAM);
    assertThat(log.errors()).hasSize(16).allSatisfy(e -> {
      assertThat(e.origin()).isEqualTo(LogDiagnostic.Origin.UI_STREAM);
      assertThat(e.address()).isPresent();
    });
    assertThat(log.problems()).isEmpty();
    assertThat(log.producer().tool()).isEqualTo(Producer.Tool.TERRAFORM);
  }

  @Test
  void theHumanOutputOfSeed003HasTheSameErrorsAsTheJsonLog() {
    ApplyLog text = Seed003.textLog();
    ApplyLog json = Seed003.jsonLog();
    assertThat(text.form()).isEqualTo(ApplyLog.Form.TEXT);
    assertThat(text.errors().stream().map(e -> e.address().orElseThrow() + " " + e.summary()).sorted().toList())
        .isEqualTo(json.errors().stream().map(e -> e.address().orElseThrow() + " " + e.summary()).sorted().toList());
    assertThat(text.errors()).allSatisfy(e -> assertThat(e.detail()).isEmpty());
  }

  @Test
  void colourCodesAndCiTimestampsAreRemoved() {
    String coloured =
        Seed003.text("apply.txt")
            .lines()
            .map(l -> "2025-06-14T09:13:07.1234567Z " + colour(l))
            .collect(Collectors.joining("\n", "", "\n"));
    ApplyLog log = Seed003.log(coloured, "ci.log");
    assertThat(log.errors().stream().map(e -> e.address().orElseThrow()).collect(Collectors.toSet()))
        .isEqualTo(Seed003.EXPECTED.keySet());
    assertThat(log.errors().get(0).summary()).startsWith("creating IAM Role (notion_lambda): operation error IAM");
  }

  /** Colours a line the way terraform does on a terminal. */
  private static String colour(String l) {
    if (l.equals("╷") || l.equals("╵")) {
      return "\u001b[31m" + l + "\u001b[0m\u001b[0m";
    }
    if (l.startsWith("│ Error: ")) {
      return "\u001b[31m│\u001b[0m \u001b[0m\u001b[1m\u001b[31mError: \u001b[0m\u001b[0m\u001b[1m" + l.substring(9) + "\u001b[0m";
    }
    if (l.startsWith("│")) {
      return "\u001b[31m│\u001b[0m \u001b[0m" + l.substring(Math.min(l.length(), 2));
    }
    return "\u001b[0m\u001b[1m" + l + "\u001b[0m\u001b[0m";
  }

  @Test
  void thePlainOutputOfNoColorIsReadToo() {
    String plain =
        Seed003.text("apply.txt")
            .lines()
            .filter(l -> !l.equals("╷"))
            .map(l -> l.equals("╵") ? "" : l.startsWith("│") ? l.substring(Math.min(l.length(), 2)) : l)
            .collect(Collectors.joining("\n", "", "\n"));
    ApplyLog log = Seed003.log(plain, "plain.log");
    assertThat(log.errors()).hasSize(16);
    assertThat(log.errors().stream().map(e -> e.address().orElseThrow()).collect(Collectors.toSet()))
        .isEqualTo(Seed003.EXPECTED.keySet());
  }

  // ---- real terraform output --------------------------------------------------------------------

  @Test
  void realColouredTerraformOutputGivesTheErrorWithAddressAndDetail() {
    ApplyLog log = read(resource("terraform-1.11-provisioner-error-colored.txt"));
    assertThat(log.errors()).singleElement().satisfies(e -> {
      assertThat(e.summary()).isEqualTo("local-exec provisioner error");
      assertThat(e.address()).contains("terraform_data.x");
      assertThat(e.detail()).isEqualTo("Error running command 'exit 3': exit status 3. Output:");
      assertThat(e.origin()).isEqualTo(LogDiagnostic.Origin.TEXT);
    });
    assertThat(log.producer().tool()).isEqualTo(Producer.Tool.TERRAFORM);
  }

  @Test
  void realNoColorTerraformOutputGivesTheSameError() {
    ApplyLog log = read(resource("terraform-1.11-provisioner-error-plain.txt"));
    assertThat(log.errors()).singleElement().satisfies(e -> {
      assertThat(e.summary()).isEqualTo("local-exec provisioner error");
      assertThat(e.address()).contains("terraform_data.x");
      assertThat(e.detail()).isEqualTo("Error running command 'exit 3': exit status 3. Output:");
    });
  }

  @Test
  void aRealJsonLogWithTheCliWarningOnStderrIsReadAsMixed() {
    ApplyLog log = read(resource("terraform-1.11-provisioner-error.jsonl"));
    assertThat(log.form()).isEqualTo(ApplyLog.Form.MIXED);
    assertThat(log.errors()).singleElement().satisfies(e -> {
      assertThat(e.origin()).isEqualTo(LogDiagnostic.Origin.UI_STREAM);
      assertThat(e.address()).contains("terraform_data.x");
      assertThat(e.summary()).isEqualTo("local-exec provisioner error");
    });
    assertThat(log.problems()).isEmpty();
  }

  @Test
  void warningsAreNotErrors() {
    ApplyLog log =
        Seed003.log(
            "╷\n│ Warning: Argument is deprecated\n│ \n│   with aws_s3_bucket.b,\n│ \n╵\nApply complete! Resources: 0 added, 0 changed, 0 destroyed.\n",
            "w.log");
    assertThat(log.errors()).isEmpty();
  }

  @Test
  void aWrappedDetailIsJoinedAndParagraphsKept() {
    ApplyLog log =
        Seed003.log(
            "Error: Invalid value\n\n  with aws_x.y,\n  on main.tf line 3, in resource \"aws_x\" \"y\":\n   3:   a = 1\n\n"
                + "The value is\nwrong here.\n\nSecond paragraph.\n",
            "w.log");
    assertThat(log.errors()).singleElement().satisfies(e -> {
      assertThat(e.address()).contains("aws_x.y");
      assertThat(e.detail()).isEqualTo("The value is wrong here.\nSecond paragraph.");
    });
  }

  @Test
  void anErrorWithoutAddressHasNone() {
    ApplyLog log = Seed003.log("Error: Failed to get existing workspaces: connection refused\n", "w.log");
    assertThat(log.errors()).singleElement().satisfies(e -> assertThat(e.address()).isEmpty());
  }

  @Test
  void anUtf16LogWithByteOrderMarkIsDecoded() {
    byte[] bom = {(byte) 0xFF, (byte) 0xFE};
    byte[] body = Seed003.text("apply.txt").getBytes(StandardCharsets.UTF_16LE);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 2);
    System.arraycopy(body, 0, all, 2, body.length);
    ApplyLog log = ApplyLog.read(new ByteArrayInputStream(all), "ps.log").getOrElseThrow(e -> new AssertionError(e.describe()));
    assertThat(log.errors()).hasSize(16);
  }

  // ---- bad input --------------------------------------------------------------------------------

  @Test
  void anEmptyLogIsAClearError() {
    LogReadError e = fails("  \n\n");
    assertThat(e.kind()).isEqualTo(LogReadError.Kind.EMPTY);
    assertThat(e.describe()).isEqualTo("apply.log: the log is empty");
  }

  @Test
  void anUnrelatedTextIsNotAnApplyLog() {
    LogReadError e = fails("Dear diary,\ntoday the build was green.\n");
    assertThat(e.kind()).isEqualTo(LogReadError.Kind.NOT_AN_APPLY_LOG);
    assertThat(e.describe())
        .isEqualTo(
            "apply.log: nothing in it is Terraform or OpenTofu output (no Error: block, no resource progress line,"
                + " no apply -json message); is it the output of apply?");
  }

  @Test
  void aZipIsBinaryNotALog() throws IOException {
    Path zip = tmp.resolve("plan.tfplan");
    Files.write(zip, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
    LogReadError e = ApplyLog.read(zip).swap().get();
    assertThat(e.kind()).isEqualTo(LogReadError.Kind.BINARY);
    assertThat(e.message()).isEqualTo("this is a zip file (a binary plan?), not the output of apply");
  }

  @Test
  void aMissingFileSaysSo() {
    LogReadError e = ApplyLog.read(tmp.resolve("nope.log")).swap().get();
    assertThat(e.kind()).isEqualTo(LogReadError.Kind.IO);
    assertThat(e.describe()).endsWith("nope.log: no such file");
  }

  @Test
  void aTruncatedLastLineIsAProblemAndItsErrorIsNotUsed() {
    String[] lines = Seed003.text("apply.log").split("\n");
    String last = lines[lines.length - 1];
    String cut = String.join("\n", List.of(lines).subList(0, lines.length - 1)) + "\n" + last.substring(0, last.length() / 2);
    ApplyLog log = Seed003.log(cut, "cut.log");
    assertThat(log.errors()).hasSize(15);
    assertThat(log.problems()).singleElement().satisfies(p -> assertThat(p)
        .startsWith("cut.log:75:")
        .endsWith("; an error reported on that line, if any, is not used"));
  }

  @Test
  void aLogOfOnlyATruncatedJsonLineIsAClearError() {
    String line = Seed003.text("apply.log").lines().findFirst().orElseThrow();
    LogReadError e = fails(line.substring(0, 40));
    assertThat(e.kind()).isEqualTo(LogReadError.Kind.MALFORMED_JSON);
    assertThat(e.describe()).startsWith("apply.log:1: no line of the input is a JSON object");
    assertThat(e.describe()).doesNotContain("Terraform 1.11");
  }

  @Test
  void aShowJsonPlanIsNotAnApplyLog() {
    LogReadError e = ApplyLog.read(Seed003.file("plan.json")).swap().get();
    assertThat(e.kind()).isEqualTo(LogReadError.Kind.NOT_AN_APPLY_LOG);
    assertThat(e.message()).isEqualTo("this is a plan (show -json), not the output of apply; give it as the plan");
  }

  @Test
  void aCompactShowJsonPlanIsNotAnApplyLogEither() {
    LogReadError e = fails(Seed003.text("plan.json").replaceAll("\\n\\s*", ""));
    assertThat(e.kind()).isEqualTo(LogReadError.Kind.NOT_AN_APPLY_LOG);
    assertThat(e.message()).contains("show -json");
  }

  @Test
  void aGithubActionsCommandLineIsNotMistakenForJson() {
    ApplyLog log = Seed003.log("[command]/usr/bin/terraform apply -auto-approve\n" + Seed003.text("apply.txt"), "gha.log");
    assertThat(log.errors()).hasSize(16);
  }

  @Test
  void toStringNeverShowsTheLogText() {
    assertThat(Seed003.jsonLog().toString()).doesNotContain("notion_lambda").contains("16 errors");
    assertThat(Seed003.jsonLog().errors().get(0).toString()).doesNotContain("EntityAlreadyExists");
  }

  @Test
  void theToolOfAnOpenTofuLogIsOpenTofu() {
    String tofu = Seed003.text("apply.log").replace("terraform.ui", "tofu.ui").replace("\"terraform\":\"1.11.4\"", "\"tofu\":\"1.9.0\"");
    assertThat(Seed003.log(tofu, "tofu.log").producer().tool()).isEqualTo(Producer.Tool.OPENTOFU);
    assertThat(Optional.of(Seed003.log("OpenTofu has been successfully initialized!\n", "t.log").producer().tool()))
        .contains(Producer.Tool.OPENTOFU);
  }
}
