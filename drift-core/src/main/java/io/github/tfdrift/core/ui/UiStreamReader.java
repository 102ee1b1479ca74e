package io.github.tfdrift.core.ui;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.tfdrift.core.internal.JsonInput;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.read.ReadOptions;
import io.vavr.control.Either;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the machine-readable UI stream of {@code terraform plan -json}, {@code apply -json} (and
 * OpenTofu's): one JSON object per line. Also accepts the form Terraform's own test data uses, one JSON
 * array of message objects.
 *
 * <p>Never throws for bad input. Input that cannot be a UI stream at all (empty, binary, no line of
 * JSON, a {@code show -json} plan) is a {@link PlanError}. Otherwise every line that is a JSON object
 * becomes a typed {@link UiMessage}, and every line that is not (a cut-off last line, a line of plain
 * text) becomes a {@link UiProblem} naming its line and column, so one bad line does not lose the rest.
 * Neither errors nor problems echo the input.
 *
 * <p>Bytes are read as UTF-8, or UTF-16/UTF-32 when a byte-order mark says so (PowerShell redirection);
 * bytes that are not valid UTF-8 read as U+FFFD. A line longer than {@link ReadOptions#maxStringLength()}
 * characters is skipped with a problem, and reading stops with a problem after {@link
 * ReadOptions#maxDocumentBytes()} characters.
 *
 * <pre>{@code
 * Either<PlanError, UiLog> log = UiStreamReader.create().read(Path.of("plan.jsonl"));
 * log.get().plannedChanges();   // what the plan will do
 * log.get().errors();           // error diagnostics
 * }</pre>
 */
public final class UiStreamReader {
  private static final int HEAD = 4096;

  private final ReadOptions options;
  private final JsonFactory factory;

  private UiStreamReader(ReadOptions options) {
    this.options = options;
    this.factory = JsonInput.factory(options);
  }

  /** A reader with the default limits. */
  public static UiStreamReader create() {
    return new UiStreamReader(ReadOptions.defaults());
  }

  /**
   * A reader with the given limits.
   *
   * @param options the limits
   * @return the reader
   */
  public static UiStreamReader create(ReadOptions options) {
    return new UiStreamReader(Objects.requireNonNull(options, "options"));
  }

  /** The limits this reader applies. */
  public ReadOptions options() {
    return options;
  }

  /**
   * Reads a stream saved to a file.
   *
   * @param file the file
   * @return the log, or why the file is not a UI stream
   */
  public Either<PlanError, UiLog> read(Path file) {
    String source = file.toString();
    try {
      if (Files.isDirectory(file)) {
        return Either.left(error(PlanError.Kind.IO, "is a directory, not a file", source));
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, source);
      }
    } catch (NoSuchFileException e) {
      return Either.left(error(PlanError.Kind.IO, "no such file", source));
    } catch (AccessDeniedException e) {
      return Either.left(error(PlanError.Kind.IO, "permission denied", source));
    } catch (IOException e) {
      return Either.left(
          error(
              PlanError.Kind.IO,
              "cannot read the file (an input/output error)",
              source));
    }
  }

  /**
   * Reads a stream (not closed) to its end.
   *
   * @param stream the bytes
   * @param source the name used in errors and problems
   * @return the log, or why the input is not a UI stream
   */
  public Either<PlanError, UiLog> read(InputStream stream, String source) {
    Objects.requireNonNull(source, "source");
    BufferedInputStream in = new BufferedInputStream(stream, 1 << 16);
    try {
      in.mark(HEAD);
      byte[] head = in.readNBytes(HEAD);
      in.reset();
      if (head.length == 0) {
        return Either.left(error(PlanError.Kind.EMPTY, "the input is empty", source));
      }
      if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
        return Either.left(
            error(
                PlanError.Kind.BINARY_PLAN,
                "this is a binary plan file (a zip), not a UI log stream;"
                    + " the stream is what `plan -json` prints",
                source));
      }
      Charset charset = StandardCharsets.UTF_8;
      int bom = 0;
      if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
        bom = 3;
      } else if (startsWith(head, 0xFF, 0xFE, 0x00, 0x00)) {
        charset = Charset.forName("UTF-32LE");
        bom = 4;
      } else if (startsWith(head, 0x00, 0x00, 0xFE, 0xFF)) {
        charset = Charset.forName("UTF-32BE");
        bom = 4;
      } else if (startsWith(head, 0xFE, 0xFF)) {
        charset = StandardCharsets.UTF_16BE;
        bom = 2;
      } else if (startsWith(head, 0xFF, 0xFE)) {
        charset = StandardCharsets.UTF_16LE;
        bom = 2;
      }
      if (bom == 0 && isBinary(head)) {
        return Either.left(
            error(
                PlanError.Kind.MALFORMED_JSON,
                "the input is binary data, not a JSON UI log stream",
                source));
      }
      in.skipNBytes(bom);
      Reader text =
          new InputStreamReader(
              in,
              charset
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPLACE)
                  .onUnmappableCharacter(CodingErrorAction.REPLACE));
      return new UiStreamParser(options, factory, source).parse(text);
    } catch (IOException e) {
      return Either.left(
          error(PlanError.Kind.IO, "cannot read the input (an input/output error)", source));
    } catch (RuntimeException | StackOverflowError e) {
      return Either.left(
          error(
              PlanError.Kind.MALFORMED_JSON,
              e instanceof StackOverflowError ? "the input is nested too deep to be read as a UI stream" : "the input cannot be read as a UI stream",
              source));
    }
  }

  /**
   * Reads a stream (not closed) named {@code <stream>}.
   *
   * @param stream the bytes
   * @return the log, or why the input is not a UI stream
   */
  public Either<PlanError, UiLog> read(InputStream stream) {
    return read(stream, "<stream>");
  }

  /**
   * Reads stream text named {@code <string>}.
   *
   * @param text the lines
   * @return the log, or why the text is not a UI stream
   */
  public Either<PlanError, UiLog> read(String text) {
    return read(text, "<string>");
  }

  /**
   * Reads stream text.
   *
   * @param text the lines
   * @param source the name used in errors and problems
   * @return the log, or why the text is not a UI stream
   */
  public Either<PlanError, UiLog> read(String text, String source) {
    Objects.requireNonNull(source, "source");
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (t.isEmpty()) {
      return Either.left(error(PlanError.Kind.EMPTY, "the input is empty", source));
    }
    if (t.startsWith("PK\u0003\u0004")) {
      return Either.left(
          error(
              PlanError.Kind.BINARY_PLAN,
              "this is a binary plan file (a zip), not a UI log stream",
              source));
    }
    if (t.substring(0, Math.min(t.length(), HEAD)).indexOf('\u0000') >= 0) {
      return Either.left(
          error(PlanError.Kind.MALFORMED_JSON, "the input is binary data, not a JSON UI log stream", source));
    }
    try {
      return new UiStreamParser(options, factory, source).parse(new StringReader(t));
    } catch (IOException e) {
      return Either.left(error(PlanError.Kind.IO, "cannot read", source));
    } catch (RuntimeException | StackOverflowError e) {
      return Either.left(
          error(
              PlanError.Kind.MALFORMED_JSON,
              e instanceof StackOverflowError ? "the input is nested too deep to be read as a UI stream" : "the input cannot be read as a UI stream",
              source));
    }
  }

  private static boolean startsWith(byte[] head, int... bytes) {
    if (head.length < bytes.length) {
      return false;
    }
    for (int i = 0; i < bytes.length; i++) {
      if ((head[i] & 0xFF) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /** NUL bytes, or control bytes other than whitespace and ESC, do not occur in JSON text. */
  private static boolean isBinary(byte[] head) {
    for (byte b : head) {
      int c = b & 0xFF;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
        return true;
      }
    }
    return false;
  }

  private static PlanError error(PlanError.Kind kind, String message, String source) {
    return new PlanError(kind, message, source, 0, 0, Optional.empty());
  }
}
