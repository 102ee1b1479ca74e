package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan whose whole read does not fit in the heap (a 50 MB file, read whole, takes about twice that),
 * analysed by {@code drift} as a real process with no flag ({@code java -Xmx64m ... analyze}): it
 * completes, with the report a run with a large heap gives (in this JVM, where the plan is read
 * whole), byte for byte. The plan (about 50 MB) has updates, replacements, a rename, drift, drift Terraform
 * will not act on, and a sensitive password in every resource, in changes, planned values and prior
 * state.
 */
class LargePlanProcessTest {
  static final int RESOURCES = 10_000;
  static final String FILLER = "x".repeat(900);

  @TempDir Path tmp;

  @Test
  void aPlanLargerThanTheHeapGetsTheReportOfALargeHeap() throws Exception {
    Path plan = tmp.resolve("large-plan.json");
    write(plan);
    assertThat(Files.size(plan)).as("plan size").isGreaterThan(40L << 20);

    CliRun whole = CliRun.of("analyze", "--no-progress", "--format", "json", plan.toString());
    Path out = tmp.resolve("out.json");
    Path err = tmp.resolve("err.txt");
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx64m", "-cp", classpath, Main.class.getName()));
    command.addAll(List.of("analyze", "--no-progress", "--format", "json", plan.toString()));
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("drift finished").isTrue();

    assertThat(Files.readString(err)).isEmpty();
    assertThat(p.exitValue()).isEqualTo(whole.status()).isEqualTo(3);
    String small = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(small).isEqualTo(whole.out());
    assertThat(small).contains("\"verdict\" : \"replace\"").contains("\"verdict\" : \"ignored\"").contains("moved {").doesNotContain("pa55word-");
  }

  /** Writes the plan entry by entry. */
  private static void write(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.0\",\"planned_values\":{\"root_module\":{\"resources\":[");
      for (int i = 0; i < RESOURCES; i++) {
        if (i > 0) {
          w.write(',');
        }
        w.write(resourceValues(i, after(i)));
      }
      w.write("]}},\"resource_drift\":[");
      boolean first = true;
      for (int i = 0; i < RESOURCES; i++) {
        if (i % 20 == 5) {
          if (!first) {
            w.write(',');
          }
          first = false;
          w.write(entry(i, "[\"update\"]", before(i), before(i).replace("\"size\":10", "\"size\":11")));
        }
      }
      w.write("],\"resource_changes\":[");
      for (int i = 0; i < RESOURCES; i++) {
        if (i > 0) {
          w.write(',');
        }
        w.write(change(i));
      }
      w.write("],\"prior_state\":{\"format_version\":\"1.0\",\"values\":{\"root_module\":{\"resources\":[");
      for (int i = 0; i < RESOURCES; i++) {
        if (i > 0) {
          w.write(',');
        }
        w.write(resourceValues(i, before(i)));
      }
      w.write("]}}},\"relevant_attributes\":[{\"resource\":\"aws_db_instance.db_5\",\"attribute\":[\"size\"]}],");
      w.write("\"timestamp\":\"2026-12-03T00:00:00Z\",\"applyable\":true,\"complete\":true,\"errored\":false}");
    }
  }

  private static String name(int i) {
    return i % 50 == 2 ? "renamed_" + (i - 1) : "db_" + i;
  }

  private static String values(int i, int size, String name) {
    return "{\"id\":\"db-" + i + "\",\"name\":\"" + name + "\",\"size\":" + size + ",\"password\":\"pa55word-" + i
        + "-secret\",\"tags\":{\"team\":\"platform\",\"env\":\"prod\"},\"description\":\"" + FILLER + "\"}";
  }

  private static String before(int i) {
    return values(i % 50 == 2 ? i - 1 : i, 10, "db");
  }

  private static String after(int i) {
    return values(i % 50 == 2 ? i - 1 : i, i % 10 == 0 ? 20 : 10, "db");
  }

  private static String change(int i) {
    if (i % 50 == 1) {
      return entry(i, "[\"delete\"]", before(i), "null", "\"action_reason\":\"delete_because_no_resource_config\"");
    }
    if (i % 50 == 2) {
      return entry(i, "[\"create\"]", "null", after(i));
    }
    if (i % 25 == 3) {
      return entry(i, "[\"delete\",\"create\"]", before(i), after(i).replace("\"id\":\"db-" + i + "\",", ""), "\"replace_paths\":[[\"name\"]]");
    }
    return entry(i, i % 10 == 0 ? "[\"update\"]" : "[\"no-op\"]", before(i), after(i));
  }

  private static String entry(int i, String actions, String before, String after, String... more) {
    String mask = "{\"password\":true,\"tags\":{}}";
    StringBuilder b = new StringBuilder();
    b.append("{\"address\":\"aws_db_instance.").append(name(i)).append("\",\"mode\":\"managed\",\"type\":\"aws_db_instance\",\"name\":\"")
        .append(name(i)).append("\",\"provider_name\":\"registry.terraform.io/hashicorp/aws\",\"change\":{\"actions\":").append(actions)
        .append(",\"before\":").append(before).append(",\"after\":").append(after)
        .append(",\"after_unknown\":{},\"before_sensitive\":").append(before.equals("null") ? "false" : mask)
        .append(",\"after_sensitive\":").append(after.equals("null") ? "false" : mask);
    for (String m : more) {
      if (m.startsWith("\"replace_paths\"")) {
        b.append(',').append(m);
      }
    }
    b.append('}');
    for (String m : more) {
      if (!m.startsWith("\"replace_paths\"")) {
        b.append(',').append(m);
      }
    }
    return b.append('}').toString();
  }

  private static String resourceValues(int i, String values) {
    return "{\"address\":\"aws_db_instance." + name(i) + "\",\"mode\":\"managed\",\"type\":\"aws_db_instance\",\"name\":\"" + name(i)
        + "\",\"provider_name\":\"registry.terraform.io/hashicorp/aws\",\"schema_version\":0,\"values\":" + values
        + ",\"sensitive_values\":{\"password\":true,\"tags\":{}}}";
  }
}
