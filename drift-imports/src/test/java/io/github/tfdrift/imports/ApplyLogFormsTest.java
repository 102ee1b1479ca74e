package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Producer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forms of apply output and where their errors are: line numbers across line endings and byte-order
 * marks, which form a log is, which tool wrote it, which creates apply started, and what is not a log.
 */
class ApplyLogFormsTest {
  @TempDir Path tmp;

  private static final String VERSION =
      "{\"@level\":\"info\",\"@message\":\"Terraform 1.11.4\",\"@module\":\"terraform.ui\",\"@timestamp\":\"2025-06-14T09:13:00Z\","
          + "\"terraform\":\"1.11.4\",\"ui\":\"1.2\",\"type\":\"version\"}";

  private static String diagnostic(String severity, String summary, String address) {
    return "{\"@level\":\"" + severity + "\",\"@message\":\"Error: " + summary + "\",\"@module\":\"terraform.ui\","
        + "\"@timestamp\":\"2025-06-14T09:13:06Z\",\"diagnostic\":{\"severity\":\"" + severity + "\",\"summary\":\"" + summary
        + "\",\"detail\":\"\",\"address\":\"" + address + "\"},\"type\":\"diagnostic\"}";
  }

  private static String hook(String type, String address, String action) {
    return "{\"@level\":\"info\",\"@message\":\"" + address + ": x\",\"@module\":\"terraform.ui\",\"@timestamp\":\"2025-06-14T09:13:02Z\","
        + "\"hook\":{\"resource\":{\"addr\":\"" + address + "\",\"module\":\"\",\"resource\":\"" + address + "\",\"implied_provider\":\"aws\","
        + "\"resource_type\":\"aws_s3_bucket\",\"resource_name\":\"b\",\"resource_key\":null},\"action\":\"" + action + "\"},"
        + "\"type\":\"" + type + "\"}";
  }

  private static ApplyLog parse(String text) {
    return ApplyLog.parse(text, "apply.log").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  private static ApplyLog read(byte[] bytes) {
    return ApplyLog.read(new ByteArrayInputStream(bytes), "apply.log").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  private static LogReadError fails(String text) {
    return ApplyLog.parse(text, "apply.log").swap().getOrElseThrow(l -> new AssertionError("read: " + l));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void aUiStreamErrorKeepsItsLineAndAddress() {
    ApplyLog log = parse(VERSION + "\n" + diagnostic("warning", "deprecated", "aws_s3_bucket.a") + "\n"
        + diagnostic("error", "BucketAlreadyExists", "aws_s3_bucket.b") + "\n");
    assertThat(log.errors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.address()).contains("aws_s3_bucket.b");
      assertThat(e.origin()).isEqualTo(LogDiagnostic.Origin.UI_STREAM);
    });
  }

  @Test
  void aUiStreamErrorWithABlankAddressHasNone() {
    ApplyLog log = parse(VERSION + "\n" + diagnostic("error", "no credentials", " ") + "\n");
    assertThat(log.errors()).singleElement().satisfies(e -> assertThat(e.address()).isEmpty());
  }

  @Test
  void aUiStreamAloneIsThatForm() {
    ApplyLog log = parse(VERSION + "\n" + diagnostic("error", "x", "aws_s3_bucket.b") + "\n");
    assertThat(log.form()).isEqualTo(ApplyLog.Form.UI_STREAM);
    assertThat(log.producer().tool()).isEqualTo(Producer.Tool.TERRAFORM);
  }

  @Test
  void aCiLogMixingHumanOutputAndTheUiStreamIsMixedAndItsErrorsAreInLogOrder() {
    ApplyLog log = parse("Error: Failed to lock state\n\n" + VERSION + "\n" + diagnostic("error", "x", "aws_s3_bucket.b") + "\n");
    assertThat(log.form()).isEqualTo(ApplyLog.Form.MIXED);
    assertThat(log.errors()).extracting(LogDiagnostic::line).containsExactly(1, 4);
  }

  @Test
  void humanOutputAloneIsText() {
    assertThat(parse("aws_s3_bucket.b: Creating...\n").form()).isEqualTo(ApplyLog.Form.TEXT);
  }

  @Test
  void windowsAndOldMacLineEndingsCountAsOneLineEach() {
    ApplyLog log = parse("aws_s3_bucket.a: Creating...\r\n\r\rError: BucketAlreadyExists\r\n\r\n  with aws_s3_bucket.b,\r\n");
    assertThat(log.errors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.address()).contains("aws_s3_bucket.b");
    });
  }

  @Test
  void theLineCountLeavesOutTheLastLineBreak() {
    assertThat(parse("aws_s3_bucket.a: Creating...\nx\n").lineCount()).isEqualTo(2);
    assertThat(parse("aws_s3_bucket.a: Creating...\nx").lineCount()).isEqualTo(2);
  }

  @Test
  void aUtf8ByteOrderMarkIsNotPartOfTheFirstLine() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        "Error: BucketAlreadyExists\n\n  with aws_s3_bucket.b,\n".getBytes(StandardCharsets.UTF_8));
    assertThat(read(bytes).errors()).singleElement().satisfies(e -> assertThat(e.summary()).isEqualTo("BucketAlreadyExists"));
  }

  @Test
  void aByteOrderMarkAlreadyDecodedIsDroppedToo() {
    assertThat(parse("\uFEFFError: BucketAlreadyExists\n").errors()).singleElement()
        .satisfies(e -> assertThat(e.summary()).isEqualTo("BucketAlreadyExists"));
  }

  @Test
  void aBigEndianUtf16LogIsDecoded() {
    byte[] bytes = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Error: BucketAlreadyExists\n".getBytes(StandardCharsets.UTF_16BE));
    assertThat(read(bytes).errors()).singleElement().satisfies(e -> assertThat(e.summary()).isEqualTo("BucketAlreadyExists"));
  }

  @Test
  void bytesThatAreNotUtf8ReadAsReplacementCharacters() {
    byte[] bytes = concat("Error: bad ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, '\n'});
    assertThat(read(bytes).errors()).singleElement().satisfies(e -> assertThat(e.summary()).isEqualTo("bad \uFFFD"));
  }

  @Test
  void aStreamThatFailsIsAnInputOutputError() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }
    };
    LogReadError e = ApplyLog.read(broken, "apply.log").swap().get();
    assertThat(e.kind()).isEqualTo(LogReadError.Kind.IO);
    assertThat(e.message()).isEqualTo("cannot read the input (an input/output error)");
  }

  @Test
  void aDirectoryIsNotALogFile() {
    LogReadError e = ApplyLog.read(tmp).swap().get();
    assertThat(e.kind()).isEqualTo(LogReadError.Kind.IO);
    assertThat(e.message()).isEqualTo("is a directory, not a file");
  }

  @Test
  void controlCharactersMakeALogBinary() {
    LogReadError e = fails("Error: x\u0001\n");
    assertThat(e.kind()).isEqualTo(LogReadError.Kind.BINARY);
    assertThat(e.message()).isEqualTo("the log is binary data, not the text output of apply");
  }

  @Test
  void tabsFormFeedsBackspacesAndColourEscapesAreText() {
    assertThat(parse("Error: BucketAlreadyExists\t\f\b\u001B[0m\n").form()).isEqualTo(ApplyLog.Form.TEXT);
  }

  @Test
  void aStateDocumentIsNotAnApplyLog() {
    LogReadError e = fails("{\n  \"version\": 4,\n  \"serial\": 3,\n  \"lineage\": \"abc\"\n}\n");
    assertThat(e.kind()).isEqualTo(LogReadError.Kind.NOT_AN_APPLY_LOG);
    assertThat(e.message()).isEqualTo("this is a state document, not the output of apply");
  }

  @Test
  void theValuesOfAShowJsonStateAreAStateDocumentToo() {
    assertThat(fails("{\n  \"format_version\": \"1.0\",\n  \"values\": {}\n}\n").message())
        .isEqualTo("this is a state document, not the output of apply");
  }

  @Test
  void anotherJsonDocumentIsNotAnApplyLog() {
    assertThat(fails("{\n  \"name\": \"x\"\n}\n").message())
        .isEqualTo("this is one JSON document, not the output of apply (apply -json writes one JSON object per line)");
  }

  @Test
  void aJsonArrayOfUiMessagesIsReadAsTheUiStream() {
    ApplyLog log = parse("[\n" + VERSION + ",\n" + diagnostic("error", "x", "aws_s3_bucket.b") + "\n]\n");
    assertThat(log.errors()).singleElement().satisfies(e -> assertThat(e.address()).contains("aws_s3_bucket.b"));
  }

  @Test
  void applyStartedCreatingWhatItsCreateAndReplaceHooksName() {
    ApplyLog log = parse(String.join("\n", List.of(VERSION,
        hook("apply_start", "aws_s3_bucket.created", "create"),
        hook("apply_errored", "aws_s3_bucket.replaced", "replace"),
        hook("apply_start", "aws_s3_bucket.deleted", "delete"),
        hook("apply_progress", "aws_s3_bucket.progress", "create"))) + "\n");
    assertThat(log.startedCreates()).containsExactlyInAnyOrder("aws_s3_bucket.created", "aws_s3_bucket.replaced");
  }

  @Test
  void applyStartedCreatingWhatTheHumanOutputSaysIsCreating() {
    assertThat(parse("aws_s3_bucket.b: Creating...\naws_s3_bucket.c: Destroying...\n").startedCreates())
        .containsExactly("aws_s3_bucket.b");
  }

  @Test
  void humanOutputNamingTerraformIsTerraforms() {
    ApplyLog log = parse("Terraform used the selected providers to generate the following execution plan.\nError: x\n");
    assertThat(log.producer().tool()).isEqualTo(Producer.Tool.TERRAFORM);
  }

  @Test
  void humanOutputNamingNoToolHasAnUnknownProducer() {
    assertThat(parse("Error: x\n").producer().tool()).isEqualTo(Producer.Tool.UNKNOWN);
  }

  @Test
  void aPipelineFailureAloneIsStillALog() {
    assertThat(parse("Error acquiring the state lock\n").form()).isEqualTo(ApplyLog.Form.TEXT);
  }

  @Test
  void toStringCountsLinesErrorsAndProblems() {
    assertThat(parse("Error: x\n\nError: y\n"))
        .hasToString("ApplyLog[apply.log: TEXT, 3 lines, 2 errors, 0 problems]");
  }

  @Test
  void aBrokenJsonLineAmongUiMessagesIsAProblemAndTheRestIsRead() {
    ApplyLog log = parse(VERSION + "\n{\"@level\":\"error\",\"@mess\n" + diagnostic("error", "x", "aws_s3_bucket.b") + "\n");
    assertThat(log.problems()).singleElement().satisfies(p -> assertThat(p)
        .startsWith("apply.log:2:")
        .endsWith("; an error reported on that line, if any, is not used"));
    assertThat(log.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(3));
  }

  @Test
  void aHumanLineAmongUiMessagesIsNotAProblem() {
    ApplyLog log = parse("Running terraform apply -json\n" + VERSION + "\n" + diagnostic("error", "x", "aws_s3_bucket.b") + "\n");
    assertThat(log.problems()).isEmpty();
  }

  @Test
  void aUiStreamNamesItsToolEvenWhenItsTextMentionsAnother() {
    ApplyLog log = parse("OpenTofu was here\n" + VERSION + "\n" + diagnostic("error", "x", "aws_s3_bucket.b") + "\n");
    assertThat(log.producer().tool()).isEqualTo(Producer.Tool.TERRAFORM);
  }
}
