package io.github.tfdrift.core.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.read.ReadOptions;
import io.github.tfdrift.core.value.JsonValue;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written UI stream lines: OpenTofu, unknown types, bad lines, look-alikes and encodings. */
class UiStreamReaderTest {
  private static final UiStreamReader READER = UiStreamReader.create();

  private static final String VERSION =
      "{'@level':'info','@message':'Terraform 1.11.4','@module':'terraform.ui',"
          + "'@timestamp':'2026-11-22T04:18:46.826597Z','terraform':'1.11.4','type':'version','ui':'1.2'}";
  private static final String PLANNED =
      "{'@level':'info','@message':'terraform_data.x: Plan to create','@module':'terraform.ui',"
          + "'@timestamp':'2026-11-22T04:18:46.849790Z','change':{'resource':{'addr':'terraform_data.x',"
          + "'module':'','resource':'terraform_data.x','implied_provider':'terraform',"
          + "'resource_type':'terraform_data','resource_name':'x','resource_key':null},'action':'create'},"
          + "'type':'planned_change'}";
  private static final String SUMMARY =
      "{'@level':'info','@message':'Plan: 1 to add, 0 to change, 0 to destroy.','@module':'terraform.ui',"
          + "'@timestamp':'2026-11-22T04:18:46.850028Z','changes':{'add':1,'change':0,'import':0,"
          + "'remove':0,'operation':'plan'},'type':'change_summary'}";

  /** Single quotes for readability; the lines use no apostrophes. */
  private static String lines(String... lines) {
    return String.join("\n", lines).replace('\'', '"') + "\n";
  }

  private static UiLog read(String text) {
    Either<PlanError, UiLog> r = READER.read(text, "test.jsonl");
    assertThat(r.isRight()).as("reads: %s", r.isLeft() ? r.getLeft().describe() : "").isTrue();
    return r.get();
  }

  private static PlanError fail(byte[] bytes) {
    Either<PlanError, UiLog> r = READER.read(new ByteArrayInputStream(bytes), "bad");
    assertThat(r.isLeft()).as("rejects the input").isTrue();
    return r.getLeft();
  }

  @Test
  void openTofuVersionLineUsesTheTofuKey() {
    UiLog log =
        read(
            lines(
                "{'@level':'info','@message':'OpenTofu 1.8.3','@module':'tofu.ui',"
                    + "'@timestamp':'2024-10-01T10:00:00.000000+02:00','tofu':'1.8.3','type':'version','ui':'1.2'}"));

    VersionMessage v = log.version().get();
    assertThat(v.version()).isEqualTo("1.8.3");
    assertThat(v.uiVersion()).isEqualTo("1.2");
    assertThat(v.producer().tool()).isEqualTo(Producer.Tool.OPENTOFU);
    assertThat(log.producer().tool()).isEqualTo(Producer.Tool.OPENTOFU);
    assertThat(v.module()).isEqualTo("tofu.ui");
    assertThat(v.time().get().getOffset().getTotalSeconds()).isEqualTo(7200);
  }

  @Test
  void streamWithoutVersionLineIsAttributedByModule() {
    UiLog log = read(lines("{'@level':'info','@message':'x','@module':'tofu.ui','type':'log'}"));

    assertThat(log.version()).isEmpty();
    assertThat(log.producer().tool()).isEqualTo(Producer.Tool.OPENTOFU);
    assertThat(log.messages().get(0)).isInstanceOf(LogMessage.class);
  }

  @Test
  void unknownMessageTypeIsKeptWithItsTypeAndRawObject() {
    UiLog log =
        read(
            lines(
                VERSION,
                "{'@level':'info','@message':'Success! 2 passed, 0 failed.','@module':'terraform.ui',"
                    + "'@testfile':'main.tftest.hcl','@testrun':'first',"
                    + "'test_summary':{'status':'pass','passed':2},'type':'test_summary'}"));

    UiMessage m = log.messages().get(1);
    assertThat(m).isInstanceOf(OtherMessage.class);
    assertThat(m.type()).isEqualTo("test_summary");
    assertThat(m.raw().get("test_summary").get("passed")).isEqualTo(JsonValue.of(2));
    assertThat(m.line()).isEqualTo(2);
    assertThat(m.envelope().testFile()).contains("main.tftest.hcl");
    assertThat(m.envelope().testRun()).contains("first");
    assertThat(log.problems()).isEmpty();
  }

  @Test
  void truncatedFinalLineIsAProblemAndTheOtherMessagesAreKept() {
    String cut = "{'@level':'info','@message':'Outputs: 1','@module':'terraform.ui','outputs':{'o':{'sensi";
    UiLog log = read(lines(VERSION, PLANNED, SUMMARY, cut));

    assertThat(log.messages()).hasSize(3);
    assertThat(log.problems()).hasSize(1);
    UiProblem p = log.problems().get(0);
    assertThat(p.kind()).isEqualTo(UiProblem.Kind.TRUNCATED);
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.column()).isEqualTo(cut.length() + 1);
    assertThat(p.describe())
        .startsWith("test.jsonl:4:" + (cut.length() + 1) + ": ")
        .doesNotContain("Outputs")
        .doesNotContain("sensi");
    assertThat(log.changeSummary().get().add()).isEqualTo(1);
  }

  @Test
  void plainTextLineInTheMiddleIsAProblemThatDoesNotEchoIt() {
    UiLog log = read(lines(VERSION, "Error: password=hunter2 was rejected", PLANNED));

    assertThat(log.messages()).hasSize(2);
    assertThat(log.plannedChanges()).hasSize(1);
    assertThat(log.plannedChanges().get(0).line()).isEqualTo(3);
    UiProblem p = log.problems().get(0);
    assertThat(p.kind()).isEqualTo(UiProblem.Kind.MALFORMED_JSON);
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isPositive();
    assertThat(p.toString()).doesNotContain("hunter2").doesNotContain("password");
  }

  @Test
  void jsonThatIsNotAnObjectIsAProblem() {
    UiLog log = read(lines(VERSION, "[1,2]", "42"));

    assertThat(log.messages()).hasSize(1);
    assertThat(log.problems())
        .extracting(UiProblem::kind, UiProblem::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(UiProblem.Kind.NOT_AN_OBJECT, 2),
            org.assertj.core.groups.Tuple.tuple(UiProblem.Kind.NOT_AN_OBJECT, 3));
  }

  @Test
  void contentAfterTheObjectOnALineIsAProblemButTheMessageIsKept() {
    UiLog log = read(lines(VERSION + " {}", PLANNED + " trailing words"));

    assertThat(log.version()).isPresent();
    assertThat(log.plannedChanges()).hasSize(1);
    assertThat(log.problems())
        .extracting(UiProblem::kind, UiProblem::line, UiProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(UiProblem.Kind.MALFORMED_JSON, 1, VERSION.length() + 1),
            org.assertj.core.groups.Tuple.tuple(UiProblem.Kind.MALFORMED_JSON, 2, PLANNED.length() + 1));
    assertThat(log.problems().get(1).describe()).doesNotContain("trailing");
  }

  @Test
  void blankLinesAndCrLfEndingsKeepLineNumbers() {
    String text = lines(VERSION, "", "   ", PLANNED).replace("\n", "\r\n");

    UiLog log = read(text);

    assertThat(log.messages()).extracting(UiMessage::line).containsExactly(1, 4);
    assertThat(log.problems()).isEmpty();
  }

  @Test
  void terraformTestDataFormIsOneJsonArray() {
    String text =
        ("[\n"
                + "  {'@level':'info','@message':'Terraform 1.9.0','@module':'terraform.ui','terraform':'1.9.0','type':'version','ui':'1.2'},\n"
                + "  {'@level':'info','@message':'Plan: 0 to add','@module':'terraform.ui',\n"
                + "   'changes':{'add':0,'change':0,'import':0,'remove':0,'operation':'plan'},'type':'change_summary'}\n"
                + "]\n")
            .replace('\'', '"');

    UiLog log = read(text);

    assertThat(log.messages()).hasSize(2);
    assertThat(log.messages()).extracting(UiMessage::line).containsExactly(2, 3);
    assertThat(log.messages().get(0).timestamp()).isEmpty();
    assertThat(log.changeSummary().get().operation()).isEqualTo("plan");
    assertThat(log.problems()).isEmpty();
  }

  @Test
  void truncatedArrayKeepsTheElementsBeforeTheCut() {
    String text = ("[" + VERSION + ",\n" + PLANNED + ",\n{'@level':'in").replace('\'', '"');

    UiLog log = read(text);

    assertThat(log.messages()).hasSize(2);
    assertThat(log.problems()).extracting(UiProblem::kind).containsExactly(UiProblem.Kind.TRUNCATED);
    assertThat(log.problems().get(0).line()).isEqualTo(3);
  }

  @Test
  void emptyArrayIsAnEmptyLog() {
    UiLog log = read("[]");

    assertThat(log.messages()).isEmpty();
    assertThat(log.problems()).isEmpty();
  }

  @Test
  void resourceDriftKeepsModuleKeyMoveAndReason() {
    UiLog log =
        read(
            lines(
                "{'@level':'info','@message':'module.vm[\\'a\\'].proxmox_virtual_environment_vm.vm: Drift detected (update)',"
                    + "'@module':'tofu.ui','change':{'resource':{'addr':'module.vm[\\'a\\'].proxmox_virtual_environment_vm.vm[\\'web\\']',"
                    + "'module':'module.vm[\\'a\\']','resource':'proxmox_virtual_environment_vm.vm[\\'web\\']',"
                    + "'implied_provider':'proxmox','resource_type':'proxmox_virtual_environment_vm',"
                    + "'resource_name':'vm','resource_key':'web'},"
                    + "'previous_resource':{'addr':'proxmox_virtual_environment_vm.old','module':'',"
                    + "'resource':'proxmox_virtual_environment_vm.old','implied_provider':'proxmox',"
                    + "'resource_type':'proxmox_virtual_environment_vm','resource_name':'old','resource_key':null},"
                    + "'action':'update','reason':'delete_because_enabled_false','importing':{'id':'vm-100'}},"
                    + "'type':'resource_drift'}"));

    ResourceDriftMessage d = log.resourceDrift().get(0);
    assertThat(d.action()).isEqualTo(UiAction.UPDATE);
    assertThat(d.resource().module()).isEqualTo("module.vm[\"a\"]");
    assertThat(d.resource().resourceKey()).contains(InstanceKey.of("web"));
    assertThat(d.resource().parsed().get().render())
        .isEqualTo("module.vm[\"a\"].proxmox_virtual_environment_vm.vm[\"web\"]");
    assertThat(d.previousResource().get().addr()).isEqualTo("proxmox_virtual_environment_vm.old");
    assertThat(d.reason().get().text()).isEqualTo("delete_because_enabled_false");
    assertThat(d.reason().get().isKnown()).isTrue();
    assertThat(d.importingId()).contains("vm-100");
    assertThat(d.change().importing()).isTrue();
    assertThat(log.plannedChanges()).isEmpty();
  }

  @Test
  void uiActionsAreAnOpenVocabulary() {
    UiLog log =
        read(
            lines(
                PLANNED.replace("'create'", "'remove'"),
                PLANNED.replace("'create'", "'teleport'"),
                PLANNED.replace("'create'}", "'replace','reason':'cannot_update'}")));

    List<PlannedChangeMessage> c = log.plannedChanges();
    assertThat(c.get(0).action()).isEqualTo(UiAction.REMOVE);
    assertThat(c.get(1).action().text()).isEqualTo("teleport");
    assertThat(c.get(1).action().isKnown()).isFalse();
    assertThat(c.get(2).action()).isEqualTo(UiAction.REPLACE);
    assertThat(c.get(2).reason()).contains(UiChangeReason.CANNOT_UPDATE);
  }

  @Test
  void openTofuSummaryCountsForgottenObjects() {
    UiLog log =
        read(
            lines(
                "{'@level':'info','@message':'Plan: 0 to add, 0 to change, 0 to destroy, 1 to forget.',"
                    + "'@module':'tofu.ui','changes':{'add':0,'change':0,'import':0,'remove':0,'forget':1,"
                    + "'operation':'plan'},'type':'change_summary'}"));

    assertThat(log.changeSummary().get().forget()).hasValue(1);
  }

  @Test
  void knownTypeWithTheWrongShapeIsKeptAsOtherMessageWithAProblem() {
    UiLog log =
        read(
            lines(
                VERSION,
                "{'@level':'info','@message':'x','type':'planned_change','change':{'action':'create'}}",
                "{'@level':'info','@message':'x','type':'change_summary','changes':{'add':'one'}}"));

    assertThat(log.messages().get(1)).isInstanceOf(OtherMessage.class);
    assertThat(log.messages().get(2)).isInstanceOf(OtherMessage.class);
    assertThat(log.problems()).extracting(UiProblem::kind).containsOnly(UiProblem.Kind.UNEXPECTED_SHAPE);
    assertThat(log.problems().get(0).message())
        .isEqualTo("the planned_change message has no change.resource object; kept as an other message");
    assertThat(log.problems().get(1).message())
        .isEqualTo("the change_summary message has a changes.add that is not a number; kept as an other message");
  }

  @Test
  void objectWithoutTypeIsAProblem() {
    UiLog log = read(lines(VERSION, "{'@level':'info','@message':'no type here'}"));

    assertThat(log.messages().get(1)).isInstanceOf(OtherMessage.class);
    assertThat(log.messages().get(1).type()).isEmpty();
    assertThat(log.problems()).extracting(UiProblem::kind).containsExactly(UiProblem.Kind.MISSING_TYPE);
  }

  @Test
  void newerMajorUiVersionIsReadWithAProblem() {
    UiLog log = read(lines(VERSION.replace("'ui':'1.2'", "'ui':'2.0'"), PLANNED));

    assertThat(log.version().get().uiMajor()).isEqualTo(2);
    assertThat(log.plannedChanges()).hasSize(1);
    assertThat(log.problems()).extracting(UiProblem::kind).containsExactly(UiProblem.Kind.UNSUPPORTED_VERSION);
  }

  @Test
  void ephemeralAndFutureHooksAreTyped() {
    String resource =
        "'resource':{'addr':'ephemeral.random_password.p','module':'','resource':'ephemeral.random_password.p',"
            + "'implied_provider':'random','resource_type':'random_password','resource_name':'p','resource_key':0}";
    UiLog log =
        read(
            lines(
                "{'@level':'info','@message':'ephemeral.random_password.p: Opening...','type':'ephemeral_op_start',"
                    + "'hook':{" + resource + ",'action':'open'}}",
                "{'@level':'info','@message':'x','type':'apply_paused','hook':{" + resource + ",'elapsed_seconds':1.5}}"));

    assertThat(log.hooks()).hasSize(2);
    assertThat(log.hooks().get(0).action()).contains(UiAction.OPEN);
    assertThat(log.hooks().get(0).resource().resourceKey()).contains(InstanceKey.of(0));
    assertThat(log.hooks().get(1).type()).isEqualTo("apply_paused");
    assertThat(log.hooks().get(1).elapsedSeconds()).contains(new BigDecimal("1.5"));
  }

  @Test
  void diagnosticWithoutSourceHasNoRange() {
    UiLog log =
        read(
            lines(
                "{'@level':'error','@message':'Error: No configuration files','@module':'terraform.ui',"
                    + "'diagnostic':{'severity':'error','summary':'No configuration files','detail':'Plan requires configuration.'},"
                    + "'type':'diagnostic'}",
                "{'@level':'warn','@message':'Warning: x','diagnostic':{'severity':'warning','summary':'x','detail':'',"
                    + "'range':{'filename':'a.tf','start':{'line':1,'column':1,'byte':0},'end':{'line':1,'column':2,'byte':1}},"
                    + "'snippet':{'context':null,'code':'x','start_line':1,'highlight_start_offset':0,"
                    + "'highlight_end_offset':1,'values':[]}},'type':'diagnostic'}"));

    DiagnosticMessage err = log.diagnostics().get(0);
    assertThat(err.range()).isEmpty();
    assertThat(err.snippet()).isEmpty();
    assertThat(err.address()).isEmpty();
    assertThat(log.errors()).containsExactly(err);
    DiagnosticMessage warn = log.diagnostics().get(1);
    assertThat(warn.severity()).isEqualTo(DiagnosticSeverity.WARNING);
    assertThat(warn.level()).isEqualTo(UiLevel.WARN);
    assertThat(warn.snippet().get().context()).isEmpty();
    assertThat(warn.snippet().get().highlighted()).isEqualTo("x");
  }

  @Test
  void toStringNeverShowsTheMessageText() {
    UiLog log =
        read(
            lines(
                "{'@level':'info','@message':'aws_db.x: Creation complete [id=db-s3cr3t-id]','type':'apply_complete',"
                    + "'hook':{'resource':{'addr':'aws_db.x'},'id_key':'id','id_value':'db-s3cr3t-id'}}",
                "{'@level':'info','@message':'Outputs: 1','type':'outputs','outputs':{'pw':{'sensitive':false,"
                    + "'type':'string','value':'pl41n-v4lue'}}}",
                "{'@level':'error','@message':'Error: bad s3cr3t','type':'diagnostic','diagnostic':"
                    + "{'severity':'error','summary':'bad s3cr3t','detail':'s3cr3t detail'}}"));

    String printed = log.messages().toString() + log.outputs().get(0).outputs() + log.diagnostics().get(0).diagnostic();

    assertThat(printed).doesNotContain("s3cr3t").doesNotContain("pl41n");
    assertThat(log.hooks().get(0).toString())
        .isEqualTo("HookMessage[type=apply_complete, level=info, line=1, address=aws_db.x]");
  }

  @Test
  void lineLongerThanTheLimitIsSkippedWithAProblem() {
    UiStreamReader small = UiStreamReader.create(ReadOptions.defaults().withMaxStringLength(450));
    String longLine = "{'type':'log','@message':'" + "x".repeat(600) + "'}";

    UiLog log = small.read(lines(VERSION, longLine, PLANNED), "small").get();

    assertThat(log.messages()).hasSize(2);
    assertThat(log.problems()).extracting(UiProblem::kind, UiProblem::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(UiProblem.Kind.TOO_LARGE, 2));
  }

  @Test
  void utf16WithByteOrderMarkIsRead() {
    byte[] body = lines(VERSION, PLANNED).getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);

    UiLog log = READER.read(new ByteArrayInputStream(bytes), "powershell.jsonl").get();

    assertThat(log.messages()).hasSize(2);
    assertThat(log.problems()).isEmpty();
  }

  @Test
  void utf8ByteOrderMarkIsSkipped() {
    byte[] body = lines(VERSION).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    assertThat(READER.read(new ByteArrayInputStream(bytes)).get().version()).isPresent();
    assertThat(READER.read("\uFEFF" + lines(VERSION)).get().version()).isPresent();
  }

  @Test
  void emptyInputIsAnError() {
    assertThat(fail(new byte[0]).kind()).isEqualTo(PlanError.Kind.EMPTY);
    assertThat(fail("\n  \n\t\n".getBytes(StandardCharsets.UTF_8)).kind()).isEqualTo(PlanError.Kind.EMPTY);
    assertThat(READER.read("").getLeft().kind()).isEqualTo(PlanError.Kind.EMPTY);
  }

  @Test
  void binaryInputIsAnError() {
    assertThat(fail(new byte[] {'P', 'K', 3, 4, 0, 0, 1}).kind()).isEqualTo(PlanError.Kind.BINARY_PLAN);
    assertThat(fail(new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0}).kind()).isEqualTo(PlanError.Kind.MALFORMED_JSON);
    assertThat(fail(new byte[] {'{', 0, '}'}).message()).contains("binary");
  }

  @Test
  void textThatIsNotJsonAtAllIsAnErrorNamingTheFirstLine() {
    PlanError e = fail("Terraform used the selected providers\nto generate the following plan\n".getBytes(StandardCharsets.UTF_8));

    assertThat(e.kind()).isEqualTo(PlanError.Kind.MALFORMED_JSON);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.message()).contains("not a UI log stream").doesNotContain("providers");
  }

  @Test
  void showJsonPlanIsNotAUiStream() {
    PlanError e =
        fail(lines("{'format_version':'1.2','terraform_version':'1.11.4','planned_values':{},'resource_changes':[]}")
            .getBytes(StandardCharsets.UTF_8));

    assertThat(e.kind()).isEqualTo(PlanError.Kind.NOT_A_UI_STREAM);
    assertThat(e.message()).contains("`show -json` plan").contains("PlanReader");
  }

  @Test
  void prettyPrintedJsonIsNotAUiStream() {
    PlanError e = fail("{\n  \"format_version\": \"1.2\"\n}\n".getBytes(StandardCharsets.UTF_8));

    assertThat(e.kind()).isEqualTo(PlanError.Kind.TRUNCATED);
    assertThat(e.line()).isEqualTo(1);
  }

  @Test
  void missingFileIsAnIoError(@TempDir Path dir) throws Exception {
    assertThat(READER.read(dir.resolve("nope.jsonl")).getLeft().kind()).isEqualTo(PlanError.Kind.IO);
    assertThat(READER.read(dir).getLeft().kind()).isEqualTo(PlanError.Kind.IO);
    Path f = dir.resolve("ok.jsonl");
    Files.writeString(f, lines(VERSION, PLANNED, SUMMARY));
    assertThat(READER.read(f).get().messages()).hasSize(3);
  }

  @Test
  void crLfSplitAcrossTheReadBufferCountsAsOneLineEnd() {
    String head = "{\"type\":\"log\",\"@message\":\"";
    String tail = "\"}";
    String first = head + "x".repeat(65535 - head.length() - tail.length()) + tail;
    assertThat(first).hasSize(65535);
    String text = first + "\r\n" + lines(VERSION, PLANNED).replace("\n", "\r\n");

    UiLog log = read(text);

    assertThat(log.messages()).extracting(UiMessage::line).containsExactly(1, 2, 3);
    assertThat(log.problems()).isEmpty();
  }

  @Test
  void problemsBeyondAThousandAreCountedNotListed() {
    StringBuilder text = new StringBuilder(lines(VERSION));
    for (int i = 0; i < 1500; i++) {
      text.append("not json\n");
    }

    UiLog log = read(text.toString());

    assertThat(log.problems()).hasSize(1001);
    assertThat(log.problems().get(1000).message()).isEqualTo("500 more problems from this line on are not listed");
    assertThat(log.problems().get(1000).line()).isEqualTo(1002);
  }
}
