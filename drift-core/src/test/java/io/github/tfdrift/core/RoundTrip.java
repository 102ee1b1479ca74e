package io.github.tfdrift.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a plan read from JSON and written back with {@link PlanWriter} gives the same JSON tree:
 * same members, same array lengths, same strings, and numbers with the same literal text.
 */
public final class RoundTrip {
  private RoundTrip() {}

  /** The raw JSON tree of a document, read without the plan model (any encoding Jackson detects). */
  public static JsonValue tree(byte[] json) {
    try (JsonParser p = new JsonFactory().createParser(new ByteArrayInputStream(json))) {
      p.nextToken();
      return JsonValues.read(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code plan}, read from {@code original}, writes back (compact and pretty) to a tree
   * equal to the original, and that reading the written JSON gives an equal model.
   */
  public static void assertLossless(byte[] original, Plan plan) {
    JsonValue before = tree(original);
    for (PlanWriter writer : List.of(PlanWriter.compact(), PlanWriter.pretty())) {
      String written = writer.toJson(plan);
      assertThat(differences(before, JsonValues.parseTrusted(written)))
          .as("differences after writing the plan back")
          .isEmpty();
      assertThat(PlanReader.create().read(written).get()).as("model read back").isEqualTo(plan);
    }
  }

  /** The places where two trees differ (at most a dozen), strictly: number literals must match. */
  public static List<String> differences(JsonValue a, JsonValue b) {
    List<String> out = new ArrayList<>();
    diff("$", a, b, out);
    return out;
  }

  private static void diff(String path, JsonValue a, JsonValue b, List<String> out) {
    if (out.size() > 12) {
      return;
    }
    if (a.type() != b.type()) {
      out.add(path + ": " + a.type() + " became " + b.type());
    } else if (a instanceof JsonValue.Num x) {
      if (!x.literal().equals(((JsonValue.Num) b).literal())) {
        out.add(path + ": number literal changed");
      }
    } else if (a instanceof JsonValue.Obj x) {
      JsonValue.Obj y = (JsonValue.Obj) b;
      for (String k : x.keys()) {
        if (y.has(k)) {
          diff(path + "." + k, x.get(k), y.get(k), out);
        } else {
          out.add(path + "." + k + ": lost");
        }
      }
      for (String k : y.keys()) {
        if (!x.has(k)) {
          out.add(path + "." + k + ": added");
        }
      }
    } else if (a instanceof JsonValue.Arr x) {
      JsonValue.Arr y = (JsonValue.Arr) b;
      if (x.size() != y.size()) {
        out.add(path + ": " + x.size() + " elements became " + y.size());
        return;
      }
      for (int i = 0; i < x.size(); i++) {
        diff(path + "[" + i + "]", x.get(i), y.get(i), out);
      }
    } else if (!a.equals(b)) {
      out.add(path + ": value changed");
    }
  }
}
