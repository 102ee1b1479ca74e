package io.github.tfdrift.config.internal;

import io.github.tfdrift.config.source.ConfigError;
import io.github.tfdrift.config.source.ParsedFile;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openrewrite.ExecutionContext;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.Parser;
import org.openrewrite.SourceFile;
import org.openrewrite.hcl.HclParser;
import org.openrewrite.hcl.tree.Hcl;

/**
 * Parses one HCL file with {@code rewrite-hcl}. A syntax error, an exception of the parser, or a tree
 * that does not print back to exactly the text read, is a {@link ConfigError} with the file and,
 * where the parser names one, the line and column. The error's message never quotes the file's text
 * beyond a short token.
 */
public final class HclParsing {

  private static final Pattern AT_LINE = Pattern.compile("at line (\\d+):(\\d+) (.*)", Pattern.DOTALL);
  private static final Pattern EXPECTING_SET = Pattern.compile("expecting \\{([^}]*)\\}");
  private static final Pattern QUOTED_INPUT = Pattern.compile("(input|token) '([^']*)'");

  private HclParsing() {}

  /**
   * Parses a file's text.
   *
   * @param path the file relative to the configuration root, with {@code /}
   * @param absolutePath the file on disk
   * @param text its content
   * @return the parsed file, or the first syntax error with its position
   */
  public static Either<ConfigError, ParsedFile> parse(String path, Path absolutePath, String text) {
    // rewrite-hcl 8.90.3 counts some characters outside the BMP (emoji) as one character where Java
    // counts two, and then prints such a file back changed: see docs/config-parser.md.
    List<Throwable> errors = new ArrayList<>();
    ExecutionContext ctx = new InMemoryExecutionContext(errors::add);
    SourceFile parsed;
    try {
      List<SourceFile> out = HclParser.builder().build()
          .parseInputs(List.of(Parser.Input.fromString(Path.of(fileName(path)), text)), null, ctx)
          .toList();
      if (out.isEmpty()) {
        return Either.left(ConfigError.of(ConfigError.Kind.SYNTAX, path, "the HCL parser returned nothing"));
      }
      parsed = out.get(0);
    } catch (RuntimeException | StackOverflowError e) {
      return Either.left(ConfigError.of(ConfigError.Kind.SYNTAX, path, "the HCL parser failed: " + e.getClass().getSimpleName()));
    }
    for (Throwable t : errors) {
      String message = t.getMessage() == null ? "" : t.getMessage();
      Matcher m = AT_LINE.matcher(message);
      if (m.find()) {
        return Either.left(ConfigError.at(ConfigError.Kind.SYNTAX, path,
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) + 1, scrub(m.group(3))));
      }
    }
    if (!(parsed instanceof Hcl.ConfigFile tree) || !tree.printAll().equals(text)) {
      int supplementary = firstSupplementary(text);
      if (supplementary >= 0) {
        var at = io.github.tfdrift.config.source.SourceRange.of(path, text, supplementary, supplementary);
        return Either.left(ConfigError.at(ConfigError.Kind.SYNTAX, path, at.startLine(), at.startColumn(),
            "a character outside the Basic Multilingual Plane (such as an emoji): rewrite-hcl does not print"
                + " this file back unchanged, so it is not read"));
      }
    }
    if (!(parsed instanceof Hcl.ConfigFile tree)) {
      String why = errors.isEmpty() ? "not HCL" : errors.get(0).getClass().getSimpleName();
      return Either.left(ConfigError.of(ConfigError.Kind.SYNTAX, path, "the HCL parser could not read the file (" + why + ")"));
    }
    if (!tree.printAll().equals(text)) {
      return Either.left(ConfigError.of(ConfigError.Kind.SYNTAX, path,
          "the HCL parser does not print the file back as read; it cannot be edited safely"));
    }
    return Either.right(new ParsedFile(path, absolutePath, text, tree));
  }

  /** The offset of the first character outside the BMP (a surrogate pair), or -1. */
  private static int firstSupplementary(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** The parser's message without the offending token when it is longer than punctuation. */
  static String scrub(String message) {
    String oneLine = message.strip().replaceAll("\\s+", " ");
    if (oneLine.endsWith(".")) {
      oneLine = oneLine.substring(0, oneLine.length() - 1);
    }
    Matcher m = QUOTED_INPUT.matcher(oneLine);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String token = m.group(2);
      String shown = token.equals("<EOF>") ? "at the end of the file" : token.length() <= 3 && !token.contains("\"") ? "'" + token + "'" : "(" + token.length() + " characters)";
      m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + " " + shown));
    }
    m.appendTail(b);
    // The grammar's token names mean nothing to a reader: a set that admits a literal is "a value".
    Matcher expecting = EXPECTING_SET.matcher(b);
    if (expecting.find()) {
      String set = expecting.group(1);
      String what = set.contains("NumericLiteral") || set.contains("QUOTE") ? "a value or expression" : "something else";
      String replaced = b.substring(0, expecting.start()) + "expecting " + what + b.substring(expecting.end());
      b.setLength(0);
      b.append(replaced);
    }
    return b.length() > 300 ? b.substring(0, 300) + "…" : b.toString();
  }
}
