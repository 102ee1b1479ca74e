package io.github.tfdrift.core.ui;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import io.github.tfdrift.core.internal.JsonInput;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.read.ReadOptions;
import io.github.tfdrift.core.value.JsonValue;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads decoded UI stream text: one JSON object per line, or Terraform's test-data form (one JSON
 * array of message objects). Bad lines become {@link UiProblem}s; the rest is still read.
 */
final class UiStreamParser {
  /** Problems listed one by one before the rest are only counted. */
  static final int MAX_PROBLEMS = 1000;

  private final ReadOptions options;
  private final JsonFactory factory;
  private final String source;
  private final List<UiMessage> messages = new ArrayList<>();
  private final List<UiProblem> problems = new ArrayList<>();
  private final UiMessageReader reader;
  private int suppressed;
  private UiProblem firstSuppressed;
  private boolean arrayForm;

  /** A parser for one stream. */
  public UiStreamParser(ReadOptions options, JsonFactory factory, String source) {
    this.options = options;
    this.factory = factory;
    this.source = source;
    this.reader = new UiMessageReader(source, new ProblemSink());
  }

  /** Collects the message reader's problems through the same cap. */
  private final class ProblemSink extends java.util.AbstractList<UiProblem> {
    @Override
    public boolean add(UiProblem p) {
      problem(p);
      return true;
    }

    @Override
    public UiProblem get(int index) {
      return problems.get(index);
    }

    @Override
    public int size() {
      return problems.size();
    }
  }

  private void problem(UiProblem p) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(p);
    } else {
      if (suppressed == 0) {
        firstSuppressed = p;
      }
      suppressed++;
    }
  }

  /** Reads the whole text. */
  public Either<PlanError, UiLog> parse(Reader text) throws IOException {
    LineSplitter lines = new LineSplitter(text);
    int maxLine = options.maxStringLength();
    int lineNo = 0;
    boolean first = true;
    String line;
    while ((line = lines.next(maxLine)) != null) {
      lineNo++;
      if (lines.total() > options.maxDocumentBytes()) {
        problem(
            new UiProblem(
                source,
                lineNo,
                0,
                UiProblem.Kind.TOO_LARGE,
                "the input is larger than the limit of "
                    + options.maxDocumentBytes()
                    + " characters; reading stopped here"));
        break;
      }
      if (lines.lastWasTooLong()) {
        problem(
            new UiProblem(
                source,
                lineNo,
                0,
                UiProblem.Kind.TOO_LARGE,
                "the line is longer than the limit of " + maxLine + " characters; skipped"));
        first = false;
        continue;
      }
      if (isBlank(line)) {
        continue;
      }
      if (first && line.stripLeading().startsWith("[")) {
        arrayForm = true;
        readArray(new ConcatReader(line + "\n", lines.rest()), lineNo - 1);
        break;
      }
      first = false;
      readLine(line, lineNo);
    }
    return finish();
  }

  private static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\t' && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  private void readLine(String line, int lineNo) {
    try (JsonInput in = JsonInput.open(factory, new StringReader(line), source)) {
      try {
        JsonToken t = in.next();
        if (t == null) {
          return;
        }
        if (t != JsonToken.START_OBJECT) {
          in.value();
          problem(
              new UiProblem(
                  source,
                  lineNo,
                  1,
                  UiProblem.Kind.NOT_AN_OBJECT,
                  "the line is JSON but not an object, so not a UI message"));
          return;
        }
        JsonValue v = in.value();
        messages.add(reader.read((JsonValue.Obj) v, lineNo));
        int column = in.parser().currentLocation().getColumnNr();
        boolean trailing;
        try {
          trailing = in.next() != null;
        } catch (IOException e) {
          trailing = true;
        }
        if (trailing) {
          problem(
              new UiProblem(
                  source,
                  lineNo,
                  Math.max(1, column),
                  UiProblem.Kind.MALFORMED_JSON,
                  "unexpected content after the JSON object; the object was read"));
        }
      } catch (IOException e) {
        PlanError err = in.translate(e).error();
        problem(new UiProblem(source, lineNo, err.column(), kindOf(err.kind()), err.message()));
      }
    } catch (IOException e) {
      problem(
          new UiProblem(
              source, lineNo, 0, UiProblem.Kind.MALFORMED_JSON, "cannot read the line as JSON"));
    }
  }

  private void readArray(Reader text, int lineOffset) {
    try (JsonInput in = JsonInput.open(factory, text, source)) {
      try {
        in.next(); // the opening bracket
        while (true) {
          JsonToken t = in.next();
          if (t == JsonToken.END_ARRAY) {
            break;
          }
          int line = lineOffset + Math.max(1, in.parser().currentTokenLocation().getLineNr());
          if (t == null) {
            problem(
                new UiProblem(
                    source,
                    line,
                    0,
                    UiProblem.Kind.TRUNCATED,
                    "unexpected end of input: the JSON array is truncated"));
            return;
          }
          JsonValue v = in.value();
          if (v instanceof JsonValue.Obj o) {
            messages.add(reader.read(o, line));
          } else {
            problem(
                new UiProblem(
                    source,
                    line,
                    Math.max(1, in.parser().currentTokenLocation().getColumnNr()),
                    UiProblem.Kind.NOT_AN_OBJECT,
                    "an element of the array is not an object, so not a UI message"));
          }
        }
        if (in.next() != null) {
          problem(
              new UiProblem(
                  source,
                  lineOffset + in.parser().currentTokenLocation().getLineNr(),
                  in.parser().currentTokenLocation().getColumnNr(),
                  UiProblem.Kind.MALFORMED_JSON,
                  "unexpected content after the JSON array"));
        }
      } catch (IOException e) {
        PlanError err = in.translate(e).error();
        problem(
            new UiProblem(
                source, lineOffset + err.line(), err.column(), kindOf(err.kind()), err.message()));
      }
    } catch (IOException e) {
      problem(
          new UiProblem(
              source, lineOffset + 1, 0, UiProblem.Kind.MALFORMED_JSON, "cannot read the JSON array"));
    }
  }

  private static UiProblem.Kind kindOf(PlanError.Kind k) {
    switch (k) {
      case TRUNCATED:
        return UiProblem.Kind.TRUNCATED;
      case TOO_DEEP:
      case TOO_LARGE:
        return UiProblem.Kind.TOO_LARGE;
      default:
        return UiProblem.Kind.MALFORMED_JSON;
    }
  }

  private Either<PlanError, UiLog> finish() {
    if (suppressed > 0) {
      problems.add(
          new UiProblem(
              source,
              firstSuppressed.line(),
              0,
              firstSuppressed.kind(),
              suppressed + " more problems from this line on are not listed"));
    }
    if (messages.isEmpty()) {
      if (problems.isEmpty()) {
        return arrayForm
            ? Either.right(UiLog.of(source, messages, problems))
            : Either.left(error(PlanError.Kind.EMPTY, "the input is empty", 0, 0));
      }
      UiProblem p = problems.get(0);
      PlanError.Kind kind =
          p.kind() == UiProblem.Kind.TRUNCATED
              ? PlanError.Kind.TRUNCATED
              : p.kind() == UiProblem.Kind.TOO_LARGE
                  ? PlanError.Kind.TOO_LARGE
                  : PlanError.Kind.MALFORMED_JSON;
      return Either.left(
          error(
              kind,
              "no line of the input is a JSON object, so it is not a UI log stream"
                  + " (one JSON object per line): "
                  + p.message(),
              p.line(),
              p.column()));
    }
    if (messages.stream().allMatch(m -> m.type().isEmpty())) {
      UiMessage m = messages.get(0);
      return Either.left(error(PlanError.Kind.NOT_A_UI_STREAM, lookAlike(m.raw()), m.line(), 1));
    }
    return Either.right(UiLog.of(source, messages, problems));
  }

  private static String lookAlike(JsonValue.Obj o) {
    boolean version = o.has("format_version");
    if (version
        && (o.has("planned_values")
            || o.has("resource_changes")
            || o.has("configuration")
            || o.has("output_changes"))) {
      return "this is a `show -json` plan, not a UI log stream; read it with PlanReader";
    }
    if (o.has("valid") && o.has("diagnostics")) {
      return "this is `validate -json` output, not a UI log stream";
    }
    if (version && o.has("values")) {
      return "this is a state document (`show -json` on a state), not a UI log stream";
    }
    if (o.has("serial") && o.has("lineage")) {
      return "this is a terraform.tfstate file, not a UI log stream";
    }
    return "the JSON objects have no \"type\", so this is not a UI log stream";
  }

  private PlanError error(PlanError.Kind kind, String message, int line, int column) {
    return new PlanError(kind, message, source, line, column, Optional.empty());
  }

  /** Splits text into lines ({@code \n}, {@code \r\n} or {@code \r}) with a length limit. */
  static final class LineSplitter {
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean eof;
    private boolean skipLf;
    private boolean tooLong;
    private long total;

    LineSplitter(Reader in) {
      this.in = in;
    }

    /** Characters consumed so far. */
    long total() {
      return total;
    }

    /** True when the last line was longer than the limit (its text is then cut). */
    boolean lastWasTooLong() {
      return tooLong;
    }

    private boolean fill() throws IOException {
      if (eof) {
        return false;
      }
      int n = in.read(buf, 0, buf.length);
      if (n < 0) {
        eof = true;
        return false;
      }
      pos = 0;
      len = n;
      return true;
    }

    /** The next line without its terminator, or null at the end. */
    String next(int max) throws IOException {
      StringBuilder sb = new StringBuilder();
      tooLong = false;
      boolean any = false;
      while (true) {
        if (pos >= len && !fill()) {
          return any ? sb.toString() : null;
        }
        if (skipLf) {
          skipLf = false;
          if (buf[pos] == '\n') {
            pos++;
            total++;
            continue;
          }
        }
        any = true;
        int i = pos;
        while (i < len && buf[i] != '\n' && buf[i] != '\r') {
          i++;
        }
        int n = i - pos;
        if (!tooLong) {
          if (sb.length() + n > max) {
            tooLong = true;
          } else {
            sb.append(buf, pos, n);
          }
        }
        total += n;
        if (i < len) {
          skipLf = buf[i] == '\r';
          pos = i + 1;
          total++;
          return sb.toString();
        }
        pos = len;
      }
    }

    /** The text not yet consumed. */
    Reader rest() {
      String pending = new String(buf, pos, Math.max(0, len - pos));
      if (skipLf && pending.startsWith("\n")) {
        pending = pending.substring(1);
      }
      pos = len;
      return new ConcatReader(pending, in);
    }
  }

  /** A string followed by a reader. */
  static final class ConcatReader extends Reader {
    private final String head;
    private int at;
    private final Reader tail;

    ConcatReader(String head, Reader tail) {
      this.head = head;
      this.tail = tail;
    }

    @Override
    public int read(char[] cbuf, int off, int n) throws IOException {
      if (n == 0) {
        return 0;
      }
      if (at < head.length()) {
        int k = Math.min(n, head.length() - at);
        head.getChars(at, at + k, cbuf, off);
        at += k;
        return k;
      }
      return tail.read(cbuf, off, n);
    }

    @Override
    public void close() throws IOException {
      tail.close();
    }
  }
}
