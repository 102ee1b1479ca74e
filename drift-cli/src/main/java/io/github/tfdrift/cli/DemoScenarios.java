package io.github.tfdrift.cli;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runbook scenarios {@code drift demo} runs: the drift-testkit fixtures copied into the jar at
 * build time under {@value #RESOURCE_ROOT}, or a directory of the same layout. The catalogue is {@code
 * index.txt} (one scenario name a line, {@code #} comments); each scenario is a folder with {@code
 * plan.json} and, optionally, {@code policy.yaml}.
 */
final class DemoScenarios {
  /** Where the build puts the scenarios in the jar. */
  static final String RESOURCE_ROOT = "/io/github/tfdrift/cli/demo/";

  /** The system property naming a directory to read the scenarios from instead. */
  static final String DIR_PROPERTY = "tfdrift.demo.dir";

  /**
   * One scenario.
   *
   * @param name the folder name, e.g. {@code s1-memory-changed}
   * @param plan the plan JSON
   * @param policy the policy text, if the scenario has one
   */
  record Scenario(String name, byte[] plan, Optional<String> policy) {}

  private final Optional<Path> dir;

  private DemoScenarios(Optional<Path> dir) {
    this.dir = dir;
  }

  /** The scenarios in {@code dir}, or in the jar when empty. */
  static DemoScenarios from(Optional<Path> dir) {
    return new DemoScenarios(dir);
  }

  /** Every scenario of the catalogue, in its order, or a message when there are none or one is broken. */
  Either<String, List<Scenario>> load() {
    Optional<byte[]> index = bytes("index.txt");
    if (index.isEmpty()) {
      return Either.left("no demo scenarios are bundled in this build (" + where() + "index.txt is missing)");
    }
    List<Scenario> out = new ArrayList<>();
    for (String line : new String(index.get(), StandardCharsets.UTF_8).split("\\R")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      if (!name.matches("[A-Za-z0-9._-]+")) {
        return Either.left("demo scenario index: bad scenario name '" + name + "'");
      }
      Optional<byte[]> plan = bytes(name + "/plan.json");
      if (plan.isEmpty()) {
        return Either.left("demo scenario " + name + " has no plan.json");
      }
      Optional<String> policy = bytes(name + "/policy.yaml").map(b -> new String(b, StandardCharsets.UTF_8));
      out.add(new Scenario(name, plan.get(), policy));
    }
    if (out.isEmpty()) {
      return Either.left("no demo scenarios are bundled in this build (the index lists none)");
    }
    return Either.right(out);
  }

  /**
   * The files of a bundled configuration ({@code configurations/NAME/}, listed in its {@code
   * files.txt}), by path relative to the configuration; empty when there is none.
   */
  Map<String, byte[]> configuration(String name) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    String root = "configurations/" + name + "/";
    Optional<byte[]> list = bytes(root + "files.txt");
    if (list.isEmpty()) {
      return out;
    }
    for (String line : new String(list.get(), StandardCharsets.UTF_8).split("\\R")) {
      String file = line.strip();
      if (file.isEmpty() || file.startsWith("#") || !file.matches("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*") || file.contains("..")) {
        continue;
      }
      Optional<byte[]> b = bytes(root + file);
      if (b.isEmpty()) {
        return Map.of();
      }
      out.put(file, b.get());
    }
    return out;
  }

  private String where() {
    return dir.map(d -> d + "/").orElse("classpath:" + RESOURCE_ROOT);
  }

  private Optional<byte[]> bytes(String relative) {
    if (dir.isPresent()) {
      Path p = dir.get().resolve(relative);
      try {
        return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    try (InputStream in = DemoScenarios.class.getResourceAsStream(RESOURCE_ROOT + relative)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
