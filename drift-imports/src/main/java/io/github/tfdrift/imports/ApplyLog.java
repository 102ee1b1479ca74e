package io.github.tfdrift.imports;

import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.ui.DiagnosticMessage;
import io.github.tfdrift.core.ui.HookMessage;
import io.github.tfdrift.core.ui.UiAction;
import io.github.tfdrift.core.ui.UiLog;
import io.github.tfdrift.core.ui.UiMessage;
import io.github.tfdrift.core.ui.UiProblem;
import io.github.tfdrift.core.ui.UiStreamReader;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The output of a {@code terraform apply} (or {@code tofu apply}) as far as the import assistant needs
 * it: the errors it reported and the plain lines around them. Reads the machine-readable UI stream
 * ({@code apply -json}: one JSON object per line, where error diagnostics carry the resource {@code
 * address}), the human output (with or without the {@code ╷ │ ╵} rule, colour codes and CI timestamps
 * removed), or a CI log that mixes both.
 *
 * <p>Never throws for bad input: what cannot be a log at all (empty, binary, no line of anything
 * Terraform prints) is a {@link LogReadError}; single bad lines (a cut-off JSON line) are {@link
 * #problems()} and the rest is still read. Neither quotes the log.
 *
 * <pre>{@code
 * Either<LogReadError, ApplyLog> log = ApplyLog.read(Path.of("apply.log"));
 * log.get().errors();     // the Error: diagnostics, with address and line
 * }</pre>
 */
public final class ApplyLog {
  /** The largest log read, in characters (256 Mi). */
  public static final int MAX_CHARS = 256 * 1024 * 1024;

  /** Which forms of output the log holds. */
  public enum Form {
    /** Only the machine-readable UI stream. */
    UI_STREAM,
    /** Only human output. */
    TEXT,
    /** UI stream lines and human output (a CI log of several commands). */
    MIXED
  }

  private final String source;
  private final Form form;
  private final List<LogDiagnostic> errors;
  private final List<String> problems;
  private final List<LogLine> plainLines;
  private final Producer producer;
  private final int lineCount;
  private final Set<String> started;

  private ApplyLog(
      String source,
      Form form,
      List<LogDiagnostic> errors,
      List<String> problems,
      List<LogLine> plainLines,
      Producer producer,
      int lineCount,
      Set<String> started) {
    this.source = source;
    this.form = form;
    this.errors = List.copyOf(errors);
    this.problems = List.copyOf(problems);
    this.plainLines = Collections.unmodifiableList(new ArrayList<>(plainLines));
    this.producer = producer;
    this.lineCount = lineCount;
    this.started = Set.copyOf(started);
  }

  /**
   * Reads a log file.
   *
   * @param file the file
   * @return the log, or why it cannot be read as one
   */
  public static Either<LogReadError, ApplyLog> read(Path file) {
    String source = file.toString();
    try {
      if (Files.isDirectory(file)) {
        return Either.left(new LogReadError(LogReadError.Kind.IO, "is a directory, not a file", source, 0));
      }
      if (Files.size(file) > 4L * MAX_CHARS) {
        return Either.left(tooLarge(source));
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, source);
      }
    } catch (NoSuchFileException e) {
      return Either.left(new LogReadError(LogReadError.Kind.IO, "no such file", source, 0));
    } catch (AccessDeniedException e) {
      return Either.left(new LogReadError(LogReadError.Kind.IO, "permission denied", source, 0));
    } catch (IOException e) {
      return Either.left(
          new LogReadError(
              LogReadError.Kind.IO, "cannot read the file (an input/output error)", source, 0));
    }
  }

  /**
   * Reads a log from a stream (not closed). Bytes are UTF-8, or UTF-16 when a byte-order mark says
   * so; bytes that are not valid UTF-8 read as U+FFFD.
   *
   * @param in the bytes
   * @param source the name used in messages
   * @return the log, or why it cannot be read as one
   */
  public static Either<LogReadError, ApplyLog> read(InputStream in, String source) {
    Objects.requireNonNull(source, "source");
    byte[] bytes;
    try {
      bytes = in.readNBytes(4 * MAX_CHARS + 1);
    } catch (IOException e) {
      return Either.left(
          new LogReadError(LogReadError.Kind.IO, "cannot read the input (an input/output error)", source, 0));
    } catch (OutOfMemoryError e) {
      return Either.left(tooLarge(source));
    }
    if (bytes.length > 4 * MAX_CHARS) {
      return Either.left(tooLarge(source));
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      return Either.left(
          new LogReadError(
              LogReadError.Kind.BINARY,
              "this is a zip file (a binary plan?), not the output of apply",
              source,
              0));
    }
    Charset cs = StandardCharsets.UTF_8;
    int skip = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      skip = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    }
    CharsetDecoder dec =
        cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    String text;
    try {
      text = dec.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    } catch (IOException e) {
      return Either.left(new LogReadError(LogReadError.Kind.IO, "cannot decode the text", source, 0));
    }
    return parse(text, source);
  }

  /**
   * Reads log text.
   *
   * @param text the whole log
   * @param source the name used in messages
   * @return the log, or why it cannot be read as one
   */
  public static Either<LogReadError, ApplyLog> parse(String text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (t.length() > MAX_CHARS) {
      return Either.left(tooLarge(source));
    }
    if (t.isBlank()) {
      return Either.left(new LogReadError(LogReadError.Kind.EMPTY, "the log is empty", source, 0));
    }
    if (isBinary(t)) {
      return Either.left(
          new LogReadError(LogReadError.Kind.BINARY, "the log is binary data, not the text output of apply", source, 0));
    }
    String[] lines = t.split("\r\n|\r|\n", -1);
    int count = lines.length;
    if (count > 0 && lines[count - 1].isEmpty()) {
      count--;
    }
    int first = firstNonBlank(lines, count);
    boolean arrayForm = first >= 0 && lines[first].strip().matches("\\[\\s*(\\{.*)?");
    boolean anyJson = arrayForm;
    boolean allJson = true;
    for (int i = 0; i < count; i++) {
      String s = lines[i].strip();
      if (s.isEmpty()) {
        continue;
      }
      if (s.startsWith("{")) {
        anyJson = true;
      } else if (!arrayForm) {
        allJson = false;
      }
    }

    String stripped = t.strip();
    if (stripped.startsWith("{") && stripped.endsWith("}") && stripped.indexOf('\n') >= 0) {
      Either<PlanError, JsonValue> doc = JsonValues.parse(stripped);
      if (doc.isRight() && doc.get() instanceof JsonValue.Obj o) {
        return Either.left(new LogReadError(LogReadError.Kind.NOT_AN_APPLY_LOG, lookAlike(o), source, 0));
      }
    }
    List<LogDiagnostic> errors = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Set<Integer> jsonLines = new HashSet<>();
    Set<String> started = new HashSet<>();
    Optional<UiLog> ui = Optional.empty();
    if (anyJson) {
      Either<PlanError, UiLog> read = UiStreamReader.create().read(t, source);
      if (read.isLeft()) {
        if (allJson) {
          PlanError e = read.getLeft();
          LogReadError.Kind kind =
              e.kind() == PlanError.Kind.EMPTY
                  ? LogReadError.Kind.EMPTY
                  : e.kind() == PlanError.Kind.NOT_A_UI_STREAM
                      ? LogReadError.Kind.NOT_AN_APPLY_LOG
                      : LogReadError.Kind.MALFORMED_JSON;
          return Either.left(new LogReadError(kind, e.message(), source, e.line()));
        }
      } else {
        ui = Optional.of(read.get());
        for (UiMessage m : read.get().messages()) {
          jsonLines.add(m.line());
          if (m instanceof HookMessage h
              && (h.type().equals("apply_start") || h.type().equals("apply_errored"))
              && h.action().map(a -> a.equals(UiAction.CREATE) || a.equals(UiAction.REPLACE)).orElse(false)) {
            started.add(Addresses.normalize(h.resource().addr()));
          }
          if (m instanceof DiagnosticMessage d && d.isError()) {
            errors.add(
                new LogDiagnostic(d.summary(), d.detail(), d.address().filter(a -> !a.isBlank()), d.line(), LogDiagnostic.Origin.UI_STREAM));
          }
        }
        for (UiProblem p : read.get().problems()) {
          String line = p.line() >= 1 && p.line() <= count ? lines[p.line() - 1].strip() : "";
          boolean looksJson = line.startsWith("{") || arrayForm;
          if (looksJson) {
            jsonLines.add(p.line());
          }
          if (looksJson || p.kind() != UiProblem.Kind.MALFORMED_JSON) {
            problems.add(
                p.describe()
                    + (p.kind() == UiProblem.Kind.TRUNCATED || p.kind() == UiProblem.Kind.MALFORMED_JSON
                        ? "; an error reported on that line, if any, is not used"
                        : ""));
          }
        }
      }
    }

    List<LogLine> plain = new ArrayList<>();
    if (!(ui.isPresent() && arrayForm)) {
      for (int i = 0; i < count; i++) {
        if (!jsonLines.contains(i + 1)) {
          plain.add(new LogLine(i + 1, HumanLogParser.clean(lines[i])));
        }
      }
    }
    for (LogLine l : plain) {
      HumanLogParser.creating(l.text()).ifPresent(a -> started.add(Addresses.normalize(a)));
    }
    List<LogDiagnostic> textErrors = HumanLogParser.errors(plain);
    errors.addAll(textErrors);
    errors.sort((a, b) -> Integer.compare(a.line(), b.line()));

    boolean uiMessages = ui.isPresent() && ui.get().messages().stream().anyMatch(m -> !m.type().isEmpty());
    boolean toolText = false;
    for (LogLine l : plain) {
      if (HumanLogParser.isToolLine(l.text()) || PipelineFailures.mentions(l.text())) {
        toolText = true;
        break;
      }
    }
    if (!uiMessages && !toolText && errors.isEmpty()) {
      return Either.left(
          new LogReadError(
              LogReadError.Kind.NOT_AN_APPLY_LOG,
              "nothing in it is Terraform or OpenTofu output (no Error: block, no resource progress line,"
                  + " no apply -json message); is it the output of apply?",
              source,
              0));
    }
    Form form = uiMessages ? (toolText ? Form.MIXED : Form.UI_STREAM) : Form.TEXT;
    Producer producer = ui.filter(u -> uiMessages).map(UiLog::producer).orElseGet(() -> textProducer(plain));
    return Either.right(new ApplyLog(source, form, errors, problems, plain, producer, count, started));
  }

  private static int firstNonBlank(String[] lines, int count) {
    for (int i = 0; i < count; i++) {
      if (!lines[i].isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static String lookAlike(JsonValue.Obj o) {
    if (o.has("format_version") && (o.has("resource_changes") || o.has("planned_values") || o.has("configuration"))) {
      return "this is a plan (show -json), not the output of apply; give it as the plan";
    }
    if (o.has("format_version") && o.has("values") || o.has("serial") && o.has("lineage")) {
      return "this is a state document, not the output of apply";
    }
    return "this is one JSON document, not the output of apply (apply -json writes one JSON object per line)";
  }

  private static Producer textProducer(List<LogLine> plain) {
    for (LogLine l : plain) {
      if (l.text().contains("OpenTofu")) {
        return new Producer(Producer.Tool.OPENTOFU, "the log mentions OpenTofu");
      }
    }
    for (LogLine l : plain) {
      if (l.text().contains("Terraform")) {
        return new Producer(Producer.Tool.TERRAFORM, "the log mentions Terraform");
      }
    }
    return new Producer(Producer.Tool.UNKNOWN, "the log names no tool");
  }

  private static boolean isBinary(String t) {
    int n = Math.min(t.length(), 4096);
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B && c != '\b')) {
        return true;
      }
    }
    return false;
  }

  private static LogReadError tooLarge(String source) {
    return new LogReadError(
        LogReadError.Kind.TOO_LARGE, "the log is larger than the limit of " + MAX_CHARS + " characters", source, 0);
  }

  /** The file or stream name. */
  public String source() {
    return source;
  }

  /** Which forms of output the log holds. */
  public Form form() {
    return form;
  }

  /** The errors, in log order (warnings are left out). */
  public List<LogDiagnostic> errors() {
    return errors;
  }

  /** Lines that could not be read (a cut-off JSON line...), one sentence each; never quotes the log. */
  public List<String> problems() {
    return problems;
  }

  /** Which tool wrote the log, as far as it tells. */
  public Producer producer() {
    return producer;
  }

  /** The number of lines. */
  public int lineCount() {
    return lineCount;
  }

  /** The addresses apply started to create (progress lines, {@code apply_start} hooks). */
  Set<String> startedCreates() {
    return started;
  }

  /** The plain (non-JSON) lines, cleaned, for recognising pipeline failures. */
  List<LogLine> plainLines() {
    return plainLines;
  }

  /** Source, form and counts; never the log's text. */
  @Override
  public String toString() {
    return "ApplyLog[" + source + ": " + form + ", " + lineCount + " lines, " + errors.size() + " errors, "
        + problems.size() + " problems]";
  }
}
