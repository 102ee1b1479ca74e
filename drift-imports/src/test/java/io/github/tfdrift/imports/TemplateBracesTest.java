package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import org.junit.jupiter.api.Test;

/** Braces in an import ID template: doubled they are literal, alone they are an error that says where. */
class TemplateBracesTest {
  private static final String QUEUE_EXISTS =
      "creating SQS Queue (orders): operation error SQS: CreateQueue, https response error StatusCode: 400,"
          + " RequestID: r, QueueAlreadyExists: A queue already exists with the same name";

  private static String idFrom(String template) {
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.11.4",
         "resource_changes":[{"address":"aws_sqs_queue.q","mode":"managed","type":"aws_sqs_queue","name":"q",
           "provider_name":"registry.terraform.io/hashicorp/aws",
           "change":{"actions":["create"],"before":null,"after":{"name":"orders"},"after_unknown":{"id":true,"url":true,"arn":true},
                     "before_sensitive":false,"after_sensitive":{}}}]}
        """;
    Plan p = PlanReader.create().read(json).getOrElseThrow(e -> new AssertionError(e.describe()));
    ApplyLog log = Seed003.log("╷\n│ Error: " + QUEUE_EXISTS + "\n│ \n│   with aws_sqs_queue.q,\n│ \n╵\n", "apply.txt");
    String policy = "rules: []\nimport_ids:\n  aws_sqs_queue: \"" + template + "\"\n";
    ImportOptions o = ImportOptions.defaults().withImportIds(ImportIdPolicy.parse(policy, "policy.yaml").get(), "policy.yaml");
    return ImportPlanner.plan(p, log, o).entries().get(0).id();
  }

  private static String problem(String template) {
    return ImportIdTemplate.parse(template).getLeft().describe();
  }

  @Test
  void doubledBracesAroundAReferenceAreLiteralBraces() {
    assertThat(idFrom("q{{{name}}}")).isEqualTo("q{orders}");
  }

  @Test
  void doubledBracesAtTheEndAreLiteral() {
    assertThat(idFrom("{name}-{{}}")).isEqualTo("orders-{}");
  }

  @Test
  void aReferenceAfterALiteralKeepsBoth() {
    assertThat(idFrom("queue/{ name }/x")).isEqualTo("queue/orders/x");
  }

  @Test
  void anOpeningBraceAtTheEndIsUnclosed() {
    assertThat(problem("abc{")).isEqualTo("unclosed '{' at character 4 of \"abc{\"");
  }

  @Test
  void aClosingBraceAtTheEndIsUnmatched() {
    assertThat(problem("abc}")).isEqualTo("unmatched '}' at character 4 of \"abc}\" (write }} for a brace)");
  }

  @Test
  void anEmptyReferenceSaysWhere() {
    assertThat(problem("ab{ }")).isEqualTo("empty reference {} at character 3 of \"ab{ }\"");
  }

  @Test
  void theFirstClosingBraceEndsAReference() {
    assertThat(problem("{name}}")).isEqualTo("unmatched '}' at character 7 of \"{name}}\" (write }} for a brace)");
  }
}
