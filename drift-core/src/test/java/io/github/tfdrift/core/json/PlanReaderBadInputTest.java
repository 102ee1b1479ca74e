package io.github.tfdrift.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.Corpus;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.read.ReadOptions;
import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input: every failure is a {@link PlanError} value of the right kind, located where that makes
 * sense, and never echoing the input. Each input plants {@link #SECRET} where a careless message
 * would quote it.
 */
class PlanReaderBadInputTest {
  private static final String SECRET = "hunter2-Zq9vX7-SECRET";
  private static final PlanReader READER = PlanReader.create();

  @TempDir Path tmp;

  private static PlanError failure(Either<PlanError, Plan> read) {
    assertThat(read.isLeft()).as("the input is rejected").isTrue();
    PlanError e = read.getLeft();
    assertThat(e.describe()).doesNotContain(SECRET).doesNotContain("hunter2");
    assertThat(e.toString()).doesNotContain(SECRET);
    assertThat(e.message()).doesNotContain(SECRET);
    assertThat(e.describe()).doesNotContain("\n");
    return e;
  }

  private static PlanError failure(String json) {
    PlanError e = failure(READER.read(json.getBytes(StandardCharsets.UTF_8), "plan.json"));
    PlanError fromString = failure(READER.read(json, "plan.json"));
    assertThat(fromString.kind()).as("the String reader agrees").isEqualTo(e.kind());
    return e;
  }

  private static String plan(String extraMembers) {
    return "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.4\","
        + "\"variables\":{\"db_password\":{\"value\":\""
        + SECRET
        + "\"}},"
        + extraMembers
        + "\"planned_values\":{\"root_module\":{}},\"configuration\":{\"root_module\":{}}}";
  }

  // ---- malformed and truncated -----------------------------------------------------------------

  @Test
  void badTokenThatLooksLikeASecretIsNotEchoed() {
    PlanError e =
        failure(
            """
            {
              "format_version": "1.2",
              "variables": {
                "db_password": { "value": %s }
              }
            }
            """
                .formatted(SECRET));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.MALFORMED_JSON);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isGreaterThanOrEqualTo(31);
    assertThat(e.jsonPath()).contains("$.variables.db_password.value");
    assertThat(e.message()).contains("unrecognized token");
  }

  @Test
  void missingCommaIsMalformedJsonAtTheNextMember() {
    PlanError e =
        failure(
            """
            {
              "format_version": "1.2",
              "variables": { "db_password": { "value": "%s" } }
              "planned_values": { "root_module": {} }
            }
            """
                .formatted(SECRET));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.MALFORMED_JSON);
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.message()).contains("comma");
  }

  @Test
  void invalidEscapeInsideASecretStringIsNotEchoed() {
    PlanError e = failure(plan("").replace(SECRET, SECRET + "\\q"));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.MALFORMED_JSON);
    assertThat(e.message()).contains("escape");
  }

  @Test
  void everyPrefixOfAPlanIsTruncatedOrEmpty() {
    String whole = new String(HandWrittenFixturesTest.bytes("deposed-object"), StandardCharsets.UTF_8);
    int closing = whole.lastIndexOf('}');
    for (int cut = 0; cut < closing; cut++) {
      String prefix = whole.substring(0, cut);
      Either<PlanError, Plan> read = READER.read(prefix.getBytes(StandardCharsets.UTF_8), "plan.json");
      assertThat(read.isLeft()).as("cut at %d", cut).isTrue();
      PlanError.Kind expected = prefix.isBlank() ? PlanError.Kind.EMPTY : PlanError.Kind.TRUNCATED;
      assertThat(read.getLeft().kind()).as("cut at %d: %s", cut, read.getLeft().describe()).isEqualTo(expected);
    }
  }

  @Tag("corpus")
  @Test
  void corpusPlanCutMidwayIsTruncatedWithItsPosition() throws IOException {
    Optional<Path> dir = Corpus.dir();
    assumeTrue(dir.isPresent(), "corpus absent: skipped");
    Path largest =
        Corpus.files(dir.get()).stream()
            .max(Comparator.comparingLong(PlanReaderBadInputTest::size))
            .orElseThrow();
    byte[] whole = Files.readAllBytes(largest);
    byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
    PlanError e = failure(READER.read(half, largest.getFileName().toString()));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.TRUNCATED);
    assertThat(e.line()).isPositive();
    assertThat(e.jsonPath()).hasValueSatisfying(p -> assertThat(p).startsWith("$."));
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  @Test
  void truncatedSecretStringIsNotEchoed() {
    String json = plan("");
    PlanError e = failure(json.substring(0, json.indexOf(SECRET) + SECRET.length()));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.TRUNCATED);
    assertThat(e.jsonPath()).contains("$.variables.db_password.value");
  }

  // ---- empty -----------------------------------------------------------------------------------

  @Test
  void emptyInputIsEmpty() throws IOException {
    assertThat(failure(READER.read(new byte[0], "plan.json")).kind()).isEqualTo(PlanError.Kind.EMPTY);
    assertThat(failure(READER.read("")).kind()).isEqualTo(PlanError.Kind.EMPTY);
    Path file = Files.write(tmp.resolve("empty.json"), new byte[0]);
    PlanError e = failure(READER.read(file));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.EMPTY);
    assertThat(e.source()).isEqualTo(file.toString());
  }

  @Test
  void whitespaceOnlyInputIsEmpty() {
    assertThat(failure(" \n\t\r\n  ").kind()).isEqualTo(PlanError.Kind.EMPTY);
  }

  @Test
  void missingFileIsAnIoErrorNamingTheFile() {
    PlanError e = failure(READER.read(tmp.resolve("nope.json")));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.IO);
    assertThat(e.describe()).contains("nope.json").contains("no such file");
  }

  @Test
  void directoryIsAnIoError() {
    assertThat(failure(READER.read(tmp)).kind()).isEqualTo(PlanError.Kind.IO);
  }

  // ---- look-alikes -----------------------------------------------------------------------------

  @Test
  void zipBinaryPlanIsRecognised() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("tfplan"));
      z.write(SECRET.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("tfstate"));
      z.write("{}".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    PlanError e = failure(READER.read(zip.toByteArray(), "tfplan"));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.BINARY_PLAN);
    assertThat(e.message()).contains("show -json");
    Path file = Files.write(tmp.resolve("tfplan"), zip.toByteArray());
    assertThat(failure(READER.read(file)).kind()).isEqualTo(PlanError.Kind.BINARY_PLAN);
  }

  @Test
  void stateDocumentIsNotAPlan() {
    PlanError e =
        failure(
            """
            {"format_version":"1.0","terraform_version":"1.11.4","values":{"root_module":{"resources":[
              {"address":"terraform_data.db","mode":"managed","type":"terraform_data","name":"db",
               "provider_name":"terraform.io/builtin/terraform","schema_version":0,
               "values":{"id":"0b3c","input":"%s","output":"%s","triggers_replace":null},
               "sensitive_values":{"input":true,"output":true}}]}}}
            """
                .formatted(SECRET, SECRET));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.STATE_FILE);
    assertThat(e.message()).contains("state");
  }

  @Test
  void emptyStateDocumentIsNotAnEmptyPlan() {
    PlanError e = failure("{\"format_version\":\"1.0\"}");
    assertThat(e.kind()).isEqualTo(PlanError.Kind.STATE_FILE);
    assertThat(e.message()).contains("empty state");
  }

  @Test
  void documentWithOnlyAVersionIsNotAPlan() {
    assertThat(failure("{\"format_version\":\"1.2\",\"note\":\"" + SECRET + "\"}").kind())
        .isEqualTo(PlanError.Kind.NOT_A_PLAN);
  }

  @Test
  void rawTerraformStateFileIsNotAPlan() {
    PlanError e =
        failure(
            """
            {
              "version": 4,
              "terraform_version": "1.11.4",
              "serial": 3,
              "lineage": "6d1f7c2a-0e4b-7a9d-31c5-8f2e6b4d0a17",
              "outputs": {},
              "resources": [
                {
                  "mode": "managed", "type": "terraform_data", "name": "db",
                  "provider": "provider[\\"terraform.io/builtin/terraform\\"]",
                  "instances": [
                    { "schema_version": 0,
                      "attributes": { "id": "0b3c", "input": { "value": "%s", "type": "string" } },
                      "sensitive_attributes": [] }
                  ]
                }
              ],
              "check_results": null
            }
            """
                .formatted(SECRET));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.STATE_FILE);
    assertThat(e.message()).contains("tfstate");
  }

  @Test
  void uiLogStreamIsRecognised() {
    String stream =
        """
        {"@level":"info","@message":"Terraform 1.11.4","@module":"terraform.ui","@timestamp":"2026-11-22T04:18:51.123456Z","terraform":"1.11.4","type":"version","ui":"1.2"}
        {"@level":"info","@message":"terraform_data.db: Plan to create","@module":"terraform.ui","@timestamp":"2026-11-22T04:18:51.223456Z","change":{"resource":{"addr":"terraform_data.db","module":"","resource":"terraform_data.db","implied_provider":"terraform","resource_type":"terraform_data","resource_name":"db","resource_key":null},"action":"create"},"type":"planned_change"}
        {"@level":"error","@message":"Error: %s","@module":"terraform.ui","@timestamp":"2026-11-22T04:18:51.323456Z","type":"diagnostic"}
        """
            .formatted(SECRET);
    PlanError e = failure(stream);
    assertThat(e.kind()).isEqualTo(PlanError.Kind.UI_STREAM);
    assertThat(e.message()).contains("show -json");
  }

  @Test
  void uiLogStreamStoredAsAnArrayIsRecognised() {
    PlanError e =
        failure("[{\"@level\":\"info\",\"@message\":\"" + SECRET + "\",\"type\":\"version\",\"terraform\":\"1.11.4\"}]");
    assertThat(e.kind()).isEqualTo(PlanError.Kind.UI_STREAM);
  }

  @Test
  void hcpRedactedPlanIsRecognised() {
    PlanError e =
        failure(
            """
            {"plan_format_version":"2.0","provider_format_version":"1.0","provider_schemas":{},
             "resource_changes":[{"address":"terraform_data.db","mode":"managed","type":"terraform_data","name":"db",
               "provider_name":"terraform.io/builtin/terraform",
               "change":{"actions":["create"],"before":null,"after":{"input":"%s"},"after_unknown":{"id":true},
                         "before_sensitive":false,"after_sensitive":{"input":true}}}],
             "resource_drift":[],"output_changes":{},"relevant_attributes":[]}
            """
                .formatted(SECRET));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.HCP_REDACTED_PLAN);
  }

  @Test
  void validateOutputIsRecognised() {
    PlanError e =
        failure(
            """
            {"format_version":"1.0","valid":false,"error_count":1,"warning_count":0,"diagnostics":[
              {"severity":"error","summary":"Unsupported argument",
               "detail":"An argument named \\"password\\" is not expected here.",
               "range":{"filename":"main.tf","start":{"line":2,"column":3,"byte":34},"end":{"line":2,"column":11,"byte":42}},
               "snippet":{"context":"resource \\"terraform_data\\" \\"x\\"","code":"  password = \\"%s\\"","start_line":2,
                          "highlight_start_offset":2,"highlight_end_offset":10,"values":[]}}]}
            """
                .formatted(SECRET));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.VALIDATE_OUTPUT);
  }

  @Test
  void jsonThatIsNotAnObjectIsNotAPlan() {
    assertThat(failure("\"" + SECRET + "\"").kind()).isEqualTo(PlanError.Kind.NOT_A_PLAN);
    assertThat(failure("[1,2,3]").kind()).isEqualTo(PlanError.Kind.NOT_A_PLAN);
  }

  // ---- versions --------------------------------------------------------------------------------

  @Test
  void majorVersionTwoIsUnsupportedAtTheVersionValue() {
    PlanError e =
        failure(
            """
            {
              "terraform_version": "9.0.0",
                "format_version": "2.0",
              "variables": { "db_password": { "value": "%s" } },
              "planned_values": { "root_module": {} }
            }
            """
                .formatted(SECRET));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.UNSUPPORTED_VERSION);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(23);
    assertThat(e.jsonPath()).contains("$.format_version");
    assertThat(e.message()).contains("2.0");
    assertThat(e.describe()).startsWith("plan.json:3:23: ");
  }

  @Test
  void missingFormatVersionIsMissingVersion() {
    PlanError e = failure(plan("").replace("\"format_version\":\"1.2\",", ""));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.MISSING_VERSION);
    assertThat(e.jsonPath()).contains("$");
  }

  @Test
  void formatVersionThatIsNotAVersionIsMissingVersionAtItsValue() {
    PlanError e = failure(plan("").replace("\"1.2\"", "\"latest\""));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.MISSING_VERSION);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(19);
    assertThat(e.jsonPath()).contains("$.format_version");
  }

  @Test
  void numericFormatVersionIsMissingVersion() {
    PlanError e = failure(plan("").replace("\"1.2\"", "1.2"));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.MISSING_VERSION);
    assertThat(e.jsonPath()).contains("$.format_version");
  }

  // ---- wrong types -----------------------------------------------------------------------------

  @Test
  void resourceChangesAsAnObjectIsWrongType() {
    PlanError e = failure(plan("\"resource_changes\":{},"));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.WRONG_TYPE);
    assertThat(e.jsonPath()).contains("$.resource_changes");
    assertThat(e.message()).contains("an array").contains("an object");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isPositive();
  }

  @Test
  void actionsThatIsNotAnArrayIsWrongTypeAtItsPath() {
    PlanError e =
        failure(
            plan(
                "\"resource_changes\":[{\"address\":\"terraform_data.db\",\"type\":\"terraform_data\",\"name\":\"db\","
                    + "\"change\":{\"actions\":\"create\",\"after\":{\"input\":\""
                    + SECRET
                    + "\"}}}],"));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.WRONG_TYPE);
    assertThat(e.jsonPath()).contains("$.resource_changes[0].change.actions");
    assertThat(e.message()).contains("an array").contains("a string");
  }

  @Test
  void secretWhereAStringIsExpectedIsWrongTypeWithoutTheSecret() {
    PlanError e = failure(plan("\"resource_changes\":[{\"address\":[\"" + SECRET + "\"],\"change\":{}}],"));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.WRONG_TYPE);
    assertThat(e.jsonPath()).contains("$.resource_changes[0].address");
  }

  // ---- limits ----------------------------------------------------------------------------------

  @Test
  void hundredThousandOpenBracketsAreTooDeepWithoutStackOverflow() {
    PlanError e = failure("[".repeat(100_000));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.TOO_DEEP);
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void deeplyNestedValueInsideAPlanIsTooDeepAtItsPath() {
    String deep = "{\"a\":".repeat(100_000);
    PlanError e = failure(plan("").replace("\"" + SECRET + "\"", deep));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.TOO_DEEP);
    assertThat(e.jsonPath()).hasValueSatisfying(p -> assertThat(p).startsWith("$.variables.db_password.value.a.a"));
  }

  @Test
  void tooDeepErrorIsOneShortLineThatElidesTheMiddleOfThePath() {
    PlanError e = failure("[".repeat(100_000));
    assertThat(e.jsonPath()).hasValueSatisfying(p -> assertThat(p).isEqualTo("$[0][0][0][0][0][0]…(501 more)…[0][0][0][0][0][0]"));
    assertThat(e.describe()).hasSizeLessThan(200).doesNotContain("\n");
  }

  @Test
  void hostileKeyInAPathIsCutAndItsControlCharactersEscaped() {
    String key = "evil\\n\\u001b[31m" + "x".repeat(5_000);
    PlanError e = failure(plan("\"resource_changes\":[{\"change\":{\"before\":{\"" + key + "\":[1,}}}],"));
    assertThat(e.describe()).contains("['evil\\u000a\\u001b[31mxxx").contains("x…']").hasSizeLessThan(300);
    assertThat(e.describe()).doesNotContain("\u001b").doesNotContain("\n");
  }

  @Test
  void nestingWithinAConfiguredLimitIsRead() {
    String nested = "[".repeat(50) + "\"" + SECRET + "\"" + "]".repeat(50);
    Either<PlanError, Plan> read =
        PlanReader.create(ReadOptions.defaults().withMaxNestingDepth(60)).read(plan("").replace("\"" + SECRET + "\"", nested));
    assertThat(read.isRight()).isTrue();
    PlanError e =
        failure(PlanReader.create(ReadOptions.defaults().withMaxNestingDepth(40)).read(plan("").replace("\"" + SECRET + "\"", nested)));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.TOO_DEEP);
  }

  @Test
  void stringLongerThanTheConfiguredLimitIsTooLarge() {
    PlanReader reader = PlanReader.create(ReadOptions.defaults().withMaxStringLength(1_000));
    String longSecret = SECRET.repeat(100);
    PlanError e = failure(reader.read(plan("").replace(SECRET, longSecret).getBytes(StandardCharsets.UTF_8), "plan.json"));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.TOO_LARGE);
    assertThat(e.message()).contains("string").contains("1000");
    assertThat(e.jsonPath()).contains("$.variables.db_password.value");
    assertThat(reader.read(plan("")).isRight()).as("short strings are fine").isTrue();
  }

  @Test
  void memberNameLongerThanTheConfiguredLimitIsTooLarge() {
    PlanReader reader = PlanReader.create(ReadOptions.defaults().withMaxStringLength(1_000));
    PlanError e = failure(reader.read(plan("").replace("db_password", SECRET.repeat(100))));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.TOO_LARGE);
  }

  @Test
  void gigabyteStringStreamedFromAGeneratorFailsFastWithoutReadingIt() {
    HostileStream in = new HostileStream("{\"format_version\":\"1.2\",\"variables\":{\"x\":{\"value\":\"", 1L << 30);
    PlanError e = failure(READER.read(in, "<hostile>"));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.TOO_LARGE);
    assertThat(e.message()).contains("string");
    assertThat(in.produced())
        .as("bytes read before failing")
        .isLessThan(ReadOptions.DEFAULT_MAX_STRING_LENGTH + (1L << 20));
  }

  @Test
  void gigabyteMemberNameStreamedFromAGeneratorFailsFast() {
    HostileStream in = new HostileStream("{\"format_version\":\"1.2\",\"", 1L << 30);
    PlanError e = failure(READER.read(in, "<hostile>"));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.TOO_LARGE);
    // Jackson checks a member name's length in bytes as it grows (about twice the limit here).
    assertThat(in.produced()).as("bytes read before failing").isLessThan(1L << 28);
  }

  @Test
  void documentLargerThanTheConfiguredLimitIsTooLarge() throws IOException {
    byte[] plan = HandWrittenFixturesTest.bytes("deposed-object");
    PlanReader reader = PlanReader.create(ReadOptions.defaults().withMaxDocumentBytes(2_048));
    assertThat(plan.length).isGreaterThan(2_048);
    assertThat(failure(reader.read(plan, "plan.json")).kind()).isEqualTo(PlanError.Kind.TOO_LARGE);
    assertThat(failure(reader.read(new String(plan, StandardCharsets.UTF_8))).kind()).isEqualTo(PlanError.Kind.TOO_LARGE);
    Path file = Files.write(tmp.resolve("plan.json"), plan);
    PlanError fromFile = failure(reader.read(file));
    assertThat(fromFile.kind()).isEqualTo(PlanError.Kind.TOO_LARGE);
    assertThat(fromFile.message()).contains("2048");
    assertThat(PlanReader.create().read(file).isRight()).isTrue();
  }

  // ---- encodings -------------------------------------------------------------------------------

  @Test
  void utf16LittleEndianWithBomIsRead() throws IOException {
    assertReadsInEncoding(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE);
  }

  @Test
  void utf16BigEndianWithBomIsRead() throws IOException {
    assertReadsInEncoding(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE);
  }

  @Test
  void utf8WithBomIsRead() throws IOException {
    assertReadsInEncoding(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8);
    String text = "\uFEFF" + new String(HandWrittenFixturesTest.bytes("future-fields"), StandardCharsets.UTF_8);
    assertThat(READER.read(text).get()).isEqualTo(HandWrittenFixturesTest.plan("future-fields"));
  }

  private void assertReadsInEncoding(byte[] bom, Charset charset) throws IOException {
    Plan expected = HandWrittenFixturesTest.plan("opentofu-ephemeral-open");
    String text = new String(HandWrittenFixturesTest.bytes("opentofu-ephemeral-open"), StandardCharsets.UTF_8);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(bom);
    b.write(text.getBytes(charset));
    Either<PlanError, Plan> read = READER.read(b.toByteArray(), "plan.json");
    assertThat(read.isRight()).as(read.isLeft() ? read.getLeft().describe() : "").isTrue();
    assertThat(read.get()).isEqualTo(expected);
    Path file = Files.write(tmp.resolve("plan-" + charset.name() + ".json"), b.toByteArray());
    assertThat(READER.read(file).get()).isEqualTo(expected);
  }

  @Test
  void nonAsciiKeysAndValuesSurviveUtf16() {
    String json = plan("").replace(SECRET, "pässwörd-✓-日本");
    byte[] utf16 = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_16LE);
    Plan plan = READER.read(utf16, "plan.json").get();
    assertThat(plan.variables().get("db_password").value().asText()).contains("pässwörd-✓-日本");
  }

  // ---- trailing content ------------------------------------------------------------------------

  @Test
  void trailingGarbageAfterThePlanIsMalformed() {
    PlanError e = failure(plan("") + "\n" + SECRET);
    assertThat(e.kind()).isEqualTo(PlanError.Kind.MALFORMED_JSON);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
  }

  @Test
  void secondJsonDocumentAfterThePlanIsMalformed() {
    PlanError e = failure(plan("") + "\n{\"format_version\":\"1.2\"}");
    assertThat(e.kind()).isEqualTo(PlanError.Kind.MALFORMED_JSON);
    assertThat(e.message()).contains("after the plan");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void trailingWhitespaceAfterThePlanIsFine() {
    assertThat(READER.read(plan("") + "\n\n  \t\n").isRight()).isTrue();
  }

  /** Emits a prefix and then the letter A, {@code length} times, without ever holding it in memory. */
  static final class HostileStream extends InputStream {
    private final byte[] prefix;
    private final long length;
    private long produced;

    HostileStream(String prefix, long length) {
      this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
      this.length = length;
    }

    long produced() {
      return produced;
    }

    @Override
    public int read() {
      if (produced < prefix.length) {
        return prefix[(int) produced++];
      }
      if (produced < prefix.length + length) {
        produced++;
        return 'A';
      }
      return -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = 0;
      while (n < len && produced < prefix.length) {
        b[off + n++] = prefix[(int) produced++];
      }
      long left = prefix.length + length - produced;
      int fill = (int) Math.min(len - n, left);
      java.util.Arrays.fill(b, off + n, off + n + fill, (byte) 'A');
      produced += fill;
      n += fill;
      return n == 0 ? -1 : n;
    }
  }
}
