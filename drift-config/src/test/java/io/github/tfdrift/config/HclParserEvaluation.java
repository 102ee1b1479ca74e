package io.github.tfdrift.config;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import io.github.tfdrift.config.internal.HclParsing;
import io.github.tfdrift.config.source.ConfigError;
import io.github.tfdrift.config.source.ParsedFile;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The parser evaluation of docs/config-parser.md: parses every {@code .tf}/{@code .tfvars} file under
 * a directory with rewrite-hcl (and prints it back) and with hcl4j (which returns maps and cannot
 * print), and counts files, bytes, parse failures, identical prints and time.
 */
final class HclParserEvaluation {

  /** The outcome over a set of files. */
  record Result(
      int files, long bytes, List<String> rewriteFailures, int identicalPrints, long rewriteMillis,
      List<String> hcl4jFailures, long hcl4jMillis) {

    String table(String name) {
      return "| " + name + " | " + files + " | " + bytes + " | " + rewriteFailures.size() + " | " + identicalPrints
          + " | " + rewriteMillis + " | " + hcl4jFailures.size() + " | " + hcl4jMillis + " |";
    }
  }

  private HclParserEvaluation() {}

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".tf") || p.toString().endsWith(".tfvars") || p.toString().endsWith(".tofu"))
          .sorted()
          .toList();
    }
  }

  static Result run(Path dir) throws IOException {
    List<Path> files = files(dir);
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    for (Path f : files) {
      byte[] content = Files.readAllBytes(f);
      bytes += content.length;
      texts.add(new String(content, StandardCharsets.UTF_8));
    }
    List<String> rewriteFailures = new ArrayList<>();
    int identical = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < files.size(); i++) {
      String rel = dir.relativize(files.get(i)).toString().replace('\\', '/');
      Either<ConfigError, ParsedFile> parsed = HclParsing.parse(rel, files.get(i), texts.get(i));
      if (parsed.isLeft()) {
        rewriteFailures.add(parsed.getLeft().describe());
      } else if (parsed.get().tree().printAll().equals(texts.get(i))) {
        identical++;
      }
    }
    long rewriteMillis = (System.nanoTime() - t0) / 1_000_000;
    List<String> hcl4jFailures = new ArrayList<>();
    long t1 = System.nanoTime();
    for (int i = 0; i < files.size(); i++) {
      String rel = dir.relativize(files.get(i)).toString().replace('\\', '/');
      try {
        new HCLParser().parse(texts.get(i), true);
      } catch (Exception | StackOverflowError e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        hcl4jFailures.add(rel + ": " + (m.length() > 160 ? m.substring(0, 160) + "…" : m));
      }
    }
    long hcl4jMillis = (System.nanoTime() - t1) / 1_000_000;
    return new Result(files.size(), bytes, rewriteFailures, identical, rewriteMillis, hcl4jFailures, hcl4jMillis);
  }
}
