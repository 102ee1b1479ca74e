package io.github.tfdrift.testkit;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named scenario fixtures shipped in this jar, under {@code
 * /io/github/tfdrift/testkit/fixtures/NAME/}: {@code plan.json}, {@code policy.yaml}, {@code
 * expected.json}, and sometimes {@code apply.log}/{@code apply.txt}. The names are those of the two
 * runbooks the project grew from: {@code s1-memory-changed} ... {@code s6-vm-deleted-outside}, {@code
 * clean-run}, {@code plain-destroy}, {@code expected-memory-bump} (OpenTofu 1.8 with bpg/proxmox), and
 * {@code seed003-prod-already-exists} (Terraform 1.9 with hashicorp/aws).
 *
 * <pre>{@code
 * Plan plan = PlanFixtures.load("s1-memory-changed");
 * ExpectedOutcome expected = PlanFixtures.fixture("s1-memory-changed").expected();
 * }</pre>
 */
public final class PlanFixtures {
  private static final String ROOT = "/io/github/tfdrift/testkit/fixtures/";
  private static final Loader LOADER = new Loader();
  private static final Map<String, Fixture> CACHE = new ConcurrentHashMap<>();

  private PlanFixtures() {}

  /** The names of every fixture, in catalogue order. */
  public static List<String> names() {
    return LOADER.names();
  }

  /**
   * The plan of a fixture.
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the known names
   */
  public static Plan load(String name) {
    return fixture(name).plan();
  }

  /**
   * A fixture with its plan, policy, expectations and extra files.
   *
   * @throws IllegalArgumentException for an unknown name; the message lists the known names
   */
  public static Fixture fixture(String name) {
    if (!names().contains(name)) {
      throw new IllegalArgumentException("no plan fixture named '" + name + "'; known fixtures: " + String.join(", ", names()));
    }
    return CACHE.computeIfAbsent(name, PlanFixtures::read);
  }

  private static Fixture read(String name) {
    String planJson = LOADER.required(name, "plan.json");
    Either<PlanError, Plan> plan = PlanReader.create().read(planJson, name + "/plan.json");
    if (plan.isLeft()) {
      throw new IllegalStateException("fixture " + name + " is broken: " + plan.getLeft().describe());
    }
    String expectedJson = LOADER.required(name, "expected.json");
    return new Fixture(name, plan.get(), planJson, LOADER.required(name, "policy.yaml"), expected(name, expectedJson), LOADER);
  }

  /** Parses an {@code expected.json} text. */
  static ExpectedOutcome expected(String name, String json) {
    JsonValue root =
        JsonValues.parse(json).getOrElseThrow(m -> new IllegalStateException("fixture " + name + " expected.json: " + m));
    JsonValue exit = root.get("exit_code");
    if (!(exit instanceof JsonValue.Num n)) {
      throw new IllegalStateException("fixture " + name + " expected.json needs a numeric exit_code");
    }
    Map<String, ExpectedEntry> entries = new LinkedHashMap<>();
    if (root.get("entries") instanceof JsonValue.Obj o) {
      o.forEach(
          (address, e) -> {
            List<String> paths = new ArrayList<>();
            if (e.get("paths") instanceof JsonValue.Arr a) {
              a.elements().forEach(p -> paths.add(p.asText().orElseThrow(() -> bad(name, address, "paths must be strings"))));
            }
            entries.put(
                address,
                new ExpectedEntry(
                    e.get("verdict").asText().orElseThrow(() -> bad(name, address, "verdict missing")),
                    e.get("procedure").asText().orElseThrow(() -> bad(name, address, "procedure missing")),
                    paths,
                    e.get("import_id").asText()));
          });
    } else {
      throw new IllegalStateException("fixture " + name + " expected.json needs an entries object");
    }
    return new ExpectedOutcome(n.decimalValue().intValueExact(), entries, json);
  }

  private static IllegalStateException bad(String name, String address, String what) {
    return new IllegalStateException("fixture " + name + " expected.json, " + address + ": " + what);
  }

  /** Reads fixture files from the class path. */
  static final class Loader {
    private volatile List<String> names;

    List<String> names() {
      List<String> n = names;
      if (n == null) {
        String index = text("", "index.txt").orElseThrow(() -> new IllegalStateException("fixture index missing"));
        List<String> l = new ArrayList<>();
        for (String line : index.split("\n")) {
          String s = line.strip();
          if (!s.isEmpty() && !s.startsWith("#")) {
            l.add(s);
          }
        }
        n = Collections.unmodifiableList(l);
        names = n;
      }
      return n;
    }

    String required(String name, String file) {
      return text(name, file).orElseThrow(() -> new IllegalStateException("fixture " + name + " has no " + file));
    }

    Optional<String> text(String name, String file) {
      String path = ROOT + (name.isEmpty() ? "" : name + "/") + file;
      try (InputStream in = PlanFixtures.class.getResourceAsStream(path)) {
        if (in == null) {
          return Optional.empty();
        }
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
