package io.github.tfdrift.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.github.tfdrift.core.Corpus;
import io.github.tfdrift.core.internal.PlanRedaction;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.vavr.control.Either;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The redacting writer redacts one top-level member (and one element of the long ones) at a time,
 * without a copy of the whole plan; it must write exactly what redacting the whole written document
 * at once writes ({@link PlanRedaction#redact}, the way it was done before), byte for byte, indented
 * and compact, on every corpus plan and on plans with members written in odd ways.
 */
class MemberRedactionTest {
  /** The reference: the whole document written, read back, redacted at once, written again. */
  private static String wholeDocumentRedacted(Plan plan, boolean pretty) throws IOException {
    JsonValue document;
    try (JsonParser p = PlanWriter.REREAD.createParser(PlanWriter.compact().toJson(plan).getBytes(StandardCharsets.UTF_8))) {
      p.nextToken();
      document = JsonValues.read(p);
    }
    JsonValue redacted = PlanRedaction.redact(document, Secrets.of(plan), plan.sensitiveVariableNames());
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(b)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      JsonValues.write(g, redacted);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  private static void sameAsWholeDocument(Plan plan) throws IOException {
    assertThat(PlanWriter.compact().redacting().toJson(plan)).isEqualTo(wholeDocumentRedacted(plan, false));
    assertThat(PlanWriter.pretty().redacting().toJson(plan)).isEqualTo(wholeDocumentRedacted(plan, true));
  }

  @Test
  void aPlanWithSecretsInEveryKindOfMemberIsRedactedAsTheWholeDocumentWas() throws IOException {
    String plan =
        """
        {"format_version":"1.2","terraform_version":"1.11.4",
         "variables":{"db_password":{"value":"hunter2-very-secret"},"region":{"value":"eu-west-1"}},
         "planned_values":{"outputs":{"conn":{"sensitive":true,"value":"tok-abcdef-123"}},
           "root_module":{"resources":[{"address":"terraform_data.db","mode":"managed","type":"terraform_data","name":"db",
             "provider_name":"terraform.io/builtin/terraform","schema_version":0,
             "values":{"input":"hunter2-very-secret","pin":4829137},"sensitive_values":{"input":true,"pin":true}}]}},
         "resource_drift":[{"address":"terraform_data.db","mode":"managed","type":"terraform_data","name":"db",
           "provider_name":"terraform.io/builtin/terraform","change":{"actions":["update"],
           "before":{"input":"older-hunter1-secret"},"after":{"input":"hunter2-very-secret"},"after_unknown":{},
           "before_sensitive":{"input":true},"after_sensitive":{"input":true}}}],
         "resource_changes":[
          {"address":"terraform_data.db","mode":"managed","type":"terraform_data","name":"db",
           "provider_name":"terraform.io/builtin/terraform","change":{"actions":["update"],
             "before":{"input":"older-hunter1-secret","pin":4829137},"after":{"input":"hunter2-very-secret","pin":4829137},
             "after_unknown":{},"before_sensitive":{"input":true,"pin":true},"after_sensitive":{"input":true,"pin":true}}},
          {"address":"terraform_data.copy[\\"hunter2-very-secret\\"]","mode":"managed","type":"terraform_data","name":"copy",
           "index":"hunter2-very-secret","provider_name":"terraform.io/builtin/terraform",
           "change":{"actions":["create"],"before":null,"after":{"input":"postgres://app:hunter2-very-secret@db/app"},
             "after_unknown":{"id":true},"before_sensitive":false,"after_sensitive":{}}}],
         "output_changes":{"conn":{"actions":["create"],"before":null,"after":"tok-abcdef-123","after_unknown":false,
           "before_sensitive":false,"after_sensitive":false}},
         "prior_state":{"format_version":"1.0","terraform_version":"1.11.4","values":{"outputs":{"conn":{"sensitive":true,"value":"tok-abcdef-123"}},
           "root_module":{"resources":[]}}},
         "configuration":{"root_module":{
           "variables":{"db_password":{"sensitive":true,"default":"default-pass-9876"}},
           "outputs":{"conn":{"sensitive":true,"expression":{"constant_value":"tok-abcdef-123"}}}}},
         "x_vendor_audit":{"note":"rotated from older-hunter1-secret"},
         "x_hunter2-very-secret":"a member named after a secret",
         "x_count":4829137,
         "relevant_attributes":[{"resource":"terraform_data.db","attribute":["input"]}],
         "timestamp":"2026-12-02T10:00:00Z","applyable":true,"complete":true,"errored":false}
        """;
    Plan p = PlanReader.create().read(plan).get();
    sameAsWholeDocument(p);
    assertThat(PlanWriter.compact().redacting().toJson(p)).doesNotContain("hunter2-very-secret", "tok-abcdef-123", "4829137");
  }

  @Test
  void aPlanWithoutSecretsOrWithEmptyListsIsWrittenAsTheWholeDocumentWas() throws IOException {
    String empty = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.4\",\"resource_changes\":[],\"resource_drift\":[],"
        + "\"applyable\":false,\"complete\":true,\"errored\":false}";
    Either<PlanError, Plan> read = PlanReader.create().read(empty);
    assertThat(read.isRight()).as("%s", read.isLeft() ? read.getLeft().describe() : "").isTrue();
    sameAsWholeDocument(read.get());
  }

  @Tag("corpus")
  @TestFactory
  Stream<DynamicTest> everyCorpusPlanIsRedactedAsTheWholeDocumentWas() {
    Optional<Path> dir = Corpus.dir();
    assumeTrue(dir.isPresent(), "corpus absent: skipped");
    return Corpus.files(dir.get()).stream()
        .map(f -> DynamicTest.dynamicTest(dir.get().relativize(f).toString(), () -> sameAsWholeDocument(PlanReader.create().read(f).get())));
  }
}
