package io.github.tfdrift.rules.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** docs/drift-policy-1.schema.json of this repository, and policy text checked by it and by {@link PolicyReader}. */
final class PolicySchema {
  /** The repository's root, seen from the module directory the tests run in. */
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  static final Path FILE = ROOT.resolve("docs/drift-policy-1.schema.json");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final JsonSchema SCHEMA = load();

  private PolicySchema() {}

  private static JsonSchema load() {
    try {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(Files.readString(FILE)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the schema says about policy text, read as PolicyReader reads it (JSON when it starts with
   * a brace, YAML otherwise): no messages when it is valid. An empty document is valid, as for
   * PolicyReader.
   */
  static List<String> problems(String text) {
    JsonNode node;
    try {
      node = (text.stripLeading().startsWith("{") ? JSON : YAML).readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (node == null || node.isMissingNode()) {
      return List.of();
    }
    Set<ValidationMessage> m = SCHEMA.validate(node);
    return m.stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /** True when PolicyReader reads the text as a valid policy. */
  static boolean readerAccepts(String text) {
    return PolicyReader.read(text, "drift.yaml").isRight();
  }

  /** PolicyReader's problems of the text, one per line (empty when valid). */
  static String readerProblems(String text) {
    return PolicyReader.read(text, "drift.yaml").fold(PolicyErrors::describe, p -> "");
  }
}
