package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile input of the test suites (bad plans of PlanReaderBadInputTest, bad policies of the
 * policy tests, bad apply logs, UI logs given as plans, and encodings and nesting no test had),
 * through the {@code drift} command that reads it: exit 1, nothing on standard output, and exactly
 * one line on standard error, a sentence that starts with {@code drift: }, names the file and says
 * what is wrong, without a Java exception class name or a stack trace.
 */
class HostileInputTest {
  private static final Pattern EXCEPTION_NAME = Pattern.compile("[A-Z][a-zA-Z]+(Exception|Error)\\b");
  private static final Path SEED = Path.of("../drift-imports/src/test/resources/seed003").toAbsolutePath().normalize();
  private static final String SECRET_PLAN =
      "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.4\",\"variables\":{\"db_password\":{\"value\":\"hunter2\"}},"
          + "\"planned_values\":{\"root_module\":{}},\"configuration\":{\"root_module\":{}}}";

  @TempDir static Path tmp;

  /** One hostile file and the command that reads it ({@code FILE} in the arguments is the file). */
  record Hostile(String name, String fileName, byte[] content, List<String> command) {
    @Override
    public String toString() {
      return name + " (" + String.join(" ", command) + ")";
    }
  }

  static Stream<Hostile> hostileInputs() throws IOException {
    List<Hostile> all = new ArrayList<>();
    String clean = CliRun.plan("clean.json").toString();
    for (var plan : hostilePlans().entrySet()) {
      for (List<String> cmd : List.of(List.of("analyze", "FILE"), List.of("show", "FILE"), List.of("fingerprint", "FILE"), List.of("compare", clean, "FILE"))) {
        all.add(new Hostile("plan: " + plan.getKey(), "plan.json", plan.getValue(), cmd));
      }
    }
    all.add(new Hostile("plan: a binary plan without terraform", "tfplan", zip(), List.of("analyze", "--tf-bin", "/nonexistent/terraform", "FILE")));
    for (var policy : hostilePolicies().entrySet()) {
      all.add(new Hostile("policy: " + policy.getKey(), "drift.yaml", policy.getValue(), List.of("policy", "check", "FILE")));
      all.add(new Hostile("policy: " + policy.getKey(), "drift.yaml", policy.getValue(), List.of("analyze", "--policy", "FILE", clean)));
    }
    String seedPlan = SEED.resolve("plan.json").toString();
    for (var log : hostileLogs().entrySet()) {
      all.add(new Hostile("apply log: " + log.getKey(), "apply.log", log.getValue(), List.of("analyze", "--apply-log", "FILE", seedPlan)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void aHostileInputIsOneSentenceNamingTheFileAndExitOne(Hostile h) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "case");
    Path file = dir.resolve(h.fileName());
    Files.write(file, h.content());
    String[] args = h.command().stream().map(a -> a.equals("FILE") ? file.toString() : a).toArray(String[]::new);

    CliRun r = CliRun.of(args);

    assertThat(r.out()).as("standard output").isEmpty();
    assertThat(r.errLines()).as("standard error").hasSize(1);
    String line = r.errLines().get(0);
    assertThat(line).startsWith("drift: ").contains(file.toString());
    assertThat(line).as("no Java exception class name").doesNotContainPattern(EXCEPTION_NAME);
    assertThat(line).as("no Jackson internals").doesNotContain("StreamReadConstraints").doesNotContain("[Source:");
    assertThat(r.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Caused by");
    assertThat(r.status()).isEqualTo(1);
  }

  // ---- plans ----

  private static java.util.Map<String, byte[]> hostilePlans() throws IOException {
    java.util.Map<String, byte[]> m = new java.util.LinkedHashMap<>();
    byte[] plan = Files.readAllBytes(CliRun.plan("clean.json"));
    m.put("UTF-32 byte-order mark, UTF-8 text", concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, plan));
    m.put("UTF-32 big-endian byte-order mark, UTF-8 text", concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, plan));
    m.put("UTF-16 byte-order mark, UTF-8 text", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, plan));
    m.put("UTF-32 text without a byte-order mark, cut", cut(new String(plan, StandardCharsets.UTF_8).getBytes(Charset.forName("UTF-32BE")), 7));
    m.put("invalid UTF-8", concat("{\"format_version\":\"".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, 0x28, '"', '}'}));
    m.put("random bytes", random(4096));
    m.put("nested 5000 levels deep", ("{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8));
    m.put("nested 5000 levels deep inside the plan", ("{\"format_version\":\"1.2\",\"variables\":{\"v\":{\"value\":" + "[".repeat(5000)).getBytes(StandardCharsets.UTF_8));
    m.put("truncated", cut(plan, plan.length / 2));
    m.put("missing comma", SECRET_PLAN.replace(",\"planned_values\"", " \"planned_values\"").getBytes(StandardCharsets.UTF_8));
    m.put("bad token", SECRET_PLAN.replace("\"hunter2\"", "hunter2").getBytes(StandardCharsets.UTF_8));
    m.put("invalid escape", SECRET_PLAN.replace("hunter2", "hunter2\\q").getBytes(StandardCharsets.UTF_8));
    m.put("empty", new byte[0]);
    m.put("whitespace only", " \n\t\r\n  ".getBytes(StandardCharsets.UTF_8));
    m.put("a JSON array", "[]".getBytes(StandardCharsets.UTF_8));
    m.put("null", "null".getBytes(StandardCharsets.UTF_8));
    m.put("a number too long", ("{\"format_version\":" + "9".repeat(2000) + "}").getBytes(StandardCharsets.UTF_8));
    m.put("a state document", "{\"format_version\":\"1.0\",\"terraform_version\":\"1.11.4\",\"values\":{\"root_module\":{\"resources\":[]}}}".getBytes(StandardCharsets.UTF_8));
    m.put(
        "a UI log (terraform plan -json)",
        ("{\"@level\":\"info\",\"@message\":\"Terraform 1.11.4\",\"@module\":\"terraform.ui\",\"@timestamp\":\"2026-11-22T10:00:00Z\",\"terraform\":\"1.11.4\",\"type\":\"version\",\"ui\":\"1.2\"}\n"
                + "{\"@level\":\"info\",\"@message\":\"Plan: 0 to add\",\"@module\":\"terraform.ui\",\"type\":\"change_summary\",\"changes\":{\"add\":0,\"change\":0,\"remove\":0,\"operation\":\"plan\"}}\n")
            .getBytes(StandardCharsets.UTF_8));
    return m;
  }

  // ---- policies ----

  private static java.util.Map<String, byte[]> hostilePolicies() throws IOException {
    java.util.Map<String, byte[]> m = new java.util.LinkedHashMap<>();
    m.put("binary", random(2048));
    m.put("invalid UTF-8", concat("ignore_changes:\n  - attributes: [".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, (byte) 0xFE, ']', '\n'}));
    m.put("UTF-32 byte-order mark", concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, "version: 1\n".getBytes(StandardCharsets.UTF_8)));
    m.put("UTF-16 text", "version: 1\n".getBytes(StandardCharsets.UTF_16));
    m.put("nested 5000 levels deep (YAML)", ("ignore_changes: " + "[".repeat(5000) + "]".repeat(5000) + "\n").getBytes(StandardCharsets.UTF_8));
    m.put("nested 5000 levels deep (JSON)", ("{\"ignore_changes\": " + "[".repeat(5000) + "]".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8));
    m.put("YAML syntax error", "ignore_changes:\n  - attributes: [memory\n    reason: \"x\n".getBytes(StandardCharsets.UTF_8));
    m.put("tab indentation", "ignore_changes:\n\t- attributes: [memory]\n".getBytes(StandardCharsets.UTF_8));
    m.put("JSON syntax error", "{\"ignore_changes\": [}".getBytes(StandardCharsets.UTF_8));
    m.put("an unknown key", Files.readAllBytes(policyFile("invalid.yaml")));
    m.put("a YAML alias", "ignore_changes:\n  - attributes: [memory]\n    reason: &r x\n  - attributes: [clone]\n    reason: *r\n".getBytes(StandardCharsets.UTF_8));
    m.put("a very long key", ("x" + "y".repeat(100_000) + ": 1\n").getBytes(StandardCharsets.UTF_8));
    return m;
  }

  // ---- apply logs ----

  private static java.util.Map<String, byte[]> hostileLogs() throws IOException {
    java.util.Map<String, byte[]> m = new java.util.LinkedHashMap<>();
    m.put("binary", random(2048));
    m.put("UTF-32 byte-order mark", concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, Files.readAllBytes(SEED.resolve("apply.log"))));
    m.put("a JSON line nested 5000 levels deep", ("{\"@level\":\"error\",\"type\":\"diagnostic\",\"diagnostic\":" + "[".repeat(5000) + "]".repeat(5000) + "}\n").getBytes(StandardCharsets.UTF_8));
    return m;
  }

  // ---- bytes ----

  private static Path policyFile(String name) {
    return CliRun.plan("clean.json").getParent().resolveSibling("policies").resolve(name);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] cut(byte[] a, int n) {
    byte[] out = new byte[n];
    System.arraycopy(a, 0, out, 0, n);
    return out;
  }

  /** Seeded bytes: the same garbage on every run. */
  private static byte[] random(int n) {
    byte[] b = new byte[n];
    new Random(42).nextBytes(b);
    return b;
  }

  private static byte[] zip() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("tfplan"));
      z.write(new byte[] {1, 2, 3});
      z.putNextEntry(new ZipEntry("tfstate"));
      z.write("{}".getBytes(StandardCharsets.UTF_8));
    }
    return zip.toByteArray();
  }
}
