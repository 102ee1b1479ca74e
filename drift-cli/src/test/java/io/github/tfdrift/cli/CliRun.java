package io.github.tfdrift.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** One in-process run of {@link Main#run}: the exit status and what was printed. */
record CliRun(int status, String out, String err) {
  static CliRun of(String... args) {
    return withStdin(new byte[0], args);
  }

  static CliRun withStdin(byte[] stdin, String... args) {
    return in(CommandRegistry.builtIn(), stdin, args);
  }

  static CliRun in(CommandRegistry registry, byte[] stdin, String... args) {
    return in(registry, stdin, false, args);
  }

  static CliRun in(CommandRegistry registry, byte[] stdin, boolean errTerminal, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(args, new ByteArrayInputStream(stdin), o, e, registry, errTerminal);
    }
    return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Lines of standard error. */
  List<String> errLines() {
    return err.lines().toList();
  }

  /** A plan of src/test/resources/plans. */
  static Path plan(String name) {
    try {
      return Path.of(Objects.requireNonNull(CliRun.class.getResource("/plans/" + name)).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
