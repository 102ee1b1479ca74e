package io.github.tfdrift.analysis;

import io.github.tfdrift.testkit.PlanFixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A workspace folder for a test: the runbook scenario fixtures of drift-testkit written as plan files. */
final class Workspace {
  private final Path dir;

  private Workspace(Path dir) {
    this.dir = dir;
  }

  static Workspace in(Path dir) {
    return new Workspace(dir);
  }

  /** Writes the plan of fixture {@code scenario} as {@code file} (relative to the workspace). */
  Path plan(String scenario, String file) {
    return write(file, PlanFixtures.fixture(scenario).planJson());
  }

  /** Writes the policy of fixture {@code scenario} as {@code file}. */
  Path policy(String scenario, String file) {
    return write(file, PlanFixtures.fixture(scenario).policyText());
  }

  /** Writes {@code text} as {@code file}. */
  Path write(String file, String text) {
    Path p = dir.resolve(file);
    try {
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  Path resolve(String file) {
    return dir.resolve(file);
  }

  static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
