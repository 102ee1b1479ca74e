package io.github.tfdrift.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import io.github.tfdrift.core.internal.JsonInput;
import io.github.tfdrift.core.internal.PlanParser;
import io.github.tfdrift.core.internal.PlanStreamer;
import io.github.tfdrift.core.internal.PrefetchingInputStream;
import io.github.tfdrift.core.internal.ReadFailure;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.ImmutablePlan;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.read.ReadOptions;
import io.github.tfdrift.core.value.JsonValue;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads a plan written by {@code terraform show -json} or {@code tofu show -json} into the typed
 * model. Never throws for bad input: every problem comes back as a {@link PlanError} naming what is
 * wrong and where (line, column, JSON path), without echoing the input.
 *
 * <p>Accepts UTF-8 and, with a byte-order mark, UTF-16 and UTF-32 (as PowerShell writes). Recognises
 * and explains look-alikes: binary plan files, state files, UI log streams, HCP redacted plans and
 * {@code validate -json} output. Accepts every {@code format_version} with major 0 or 1.
 *
 * <pre>{@code
 * Either<PlanError, Plan> plan = PlanReader.create().read(Path.of("plan.json"));
 * }</pre>
 */
public final class PlanReader {
  private final ReadOptions options;
  private final JsonFactory factory;
  private final JsonFactory skimming; // for the light outline: steps over skipped values by their bytes

  private PlanReader(ReadOptions options) {
    this.options = options;
    this.factory = JsonInput.factory(options);
    this.skimming = JsonInput.skimmingFactory(options, factory);
  }

  /** A reader with the default limits. */
  public static PlanReader create() {
    return new PlanReader(ReadOptions.defaults());
  }

  /** A reader with the given limits. */
  public static PlanReader create(ReadOptions options) {
    return new PlanReader(Objects.requireNonNull(options, "options"));
  }

  /** The parser factory with this reader's limits (for {@link PlanOutline} re-reading entries). */
  /** The factory whose parsers step over skipped values by their bytes. */
  JsonFactory skimmingFactory() {
    return skimming;
  }

  JsonFactory factory() {
    return factory;
  }

  /** The limits this reader applies. */
  public ReadOptions options() {
    return options;
  }

  /** Reads a plan file. */
  public Either<PlanError, Plan> read(Path file) {
    return withFile(file, this::read);
  }

  /**
   * Reads a plan file once without keeping its bulk, for plans larger than the memory at hand: the
   * entries of {@code resource_changes} and {@code resource_drift}, the resources of the values and the
   * resource blocks of the configuration are read, checked and summarised as a full read would check
   * them, then dropped. Memory stays bounded by the largest single entry plus the summaries. See
   * {@link PlanOutline}.
   *
   * @param file the plan file
   * @return the outline, or why the file is not a readable plan (the errors of {@link #read(Path)})
   */
  public Either<PlanError, PlanOutline> outline(Path file) {
    return outline(file, null);
  }

  /**
   * Reads a plan file's outline, telling {@code listener} as soon as every entry of {@code
   * resource_changes} has been read: see {@link #outline(Path)} and {@link OutlineListener}.
   *
   * @param file the plan file
   * @param listener told when the changes have been read; {@code null} for none
   * @return the outline, or why the file is not a readable plan
   */
  public Either<PlanError, PlanOutline> outline(Path file, OutlineListener listener) {
    return outline(file, listener, false);
  }

  /**
   * Reads a plan file's outline as {@link #outline(Path, OutlineListener)} does but skips the values of
   * each {@code resource_changes} entry ({@code before}, {@code after}, their masks, {@code
   * after_unknown}, the identities): the read that follows, of every change again, builds them anyway,
   * and skipping them costs a fraction of building them. The outline's secrets then lack those the
   * skipped values mark ({@link PlanOutline#changeSecretsPending()}): collect them while streaming the
   * changes and add them with {@link PlanOutline#withChangeSecrets} before anything is printed. A
   * file without byte positions (UTF-16, UTF-32) is read whole as {@link #outline(Path)} reads it.
   * The entries of {@code resource_drift} and the resources of {@code planned_values} and {@code
   * prior_state} are read for their secrets only: values no mask marks are stepped over. Skipped
   * values are stepped over by their bytes, checked as strictly as a full read checks them; when that
   * check finds anything wrong (a string past the length limit too), the file is read again as {@link
   * #outline(Path, OutlineListener)} reads it, which gives the same outline or says what is wrong, as
   * a full read would.
   *
   * @param file the plan file
   * @param listener told when the changes have been read; {@code null} for none
   * @return the outline, or why the file is not a readable plan
   */
  public Either<PlanError, PlanOutline> outlineWithoutChangeValues(Path file, OutlineListener listener) {
    return outlineWithoutChangeValues(file, listener, PlanOutline.ELSEWHERE_FROM);
  }

  /**
   * {@link #outlineWithoutChangeValues(Path, OutlineListener)}, reading {@code planned_values} and
   * {@code prior_state} on threads of their own from a file of {@code elsewhereFrom} bytes or more.
   */
  Either<PlanError, PlanOutline> outlineWithoutChangeValues(Path file, OutlineListener listener, long elsewhereFrom) {
    Either<PlanError, PlanOutline> light = outline(file, listener, true, elsewhereFrom);
    return light.isRight() ? light : outline(file, listener, false, elsewhereFrom);
  }

  private Either<PlanError, PlanOutline> outline(Path file, OutlineListener listener, boolean skipChangeValues) {
    return outline(file, listener, skipChangeValues, PlanOutline.ELSEWHERE_FROM);
  }

  private Either<PlanError, PlanOutline> outline(Path file, OutlineListener listener, boolean skipChangeValues, long elsewhereFrom) {
    Objects.requireNonNull(file, "file");
    return withFile(
        file,
        (in, source) -> {
          PlanOutline.Builder b;
          try {
            b =
                new PlanOutline.Builder(
                    file, this, Files.size(file), Files.getLastModifiedTime(file), listener, skipChangeValues, elsewhereFrom);
          } catch (IOException | RuntimeException e) {
            return Either.left(error(PlanError.Kind.IO, "cannot read the file (an input/output error)", source));
          }
          try {
            return withStream(in, source, skipChangeValues ? skimming : factory, input -> parse(input, b)).map(b::build);
          } finally {
            b.abandonEarly(); // a read started early and not used, when the read failed
          }
        });
  }

  /** From this file size on, the file is read ahead on a thread of its own ({@link PrefetchingInputStream}). */
  static final long PREFETCH_FROM = 16L << 20;

  private <T> Either<PlanError, T> withFile(Path file, StreamRead<T> read) {
    String source = file.toString();
    try {
      if (Files.isDirectory(file)) {
        return Either.left(error(PlanError.Kind.IO, "is a directory, not a plan file", source));
      }
      long size = Files.size(file);
      if (size > options.maxDocumentBytes()) {
        return Either.left(
            error(
                PlanError.Kind.TOO_LARGE,
                "the file is " + size + " bytes, above the limit of " + options.maxDocumentBytes(),
                source));
      }
      try (InputStream in = size >= PREFETCH_FROM ? PrefetchingInputStream.of(Files.newInputStream(file)) : Files.newInputStream(file)) {
        return read.read(in, source);
      }
    } catch (NoSuchFileException e) {
      return Either.left(error(PlanError.Kind.IO, "no such file", source));
    } catch (AccessDeniedException e) {
      return Either.left(error(PlanError.Kind.IO, "permission denied", source));
    } catch (IOException e) {
      return Either.left(error(PlanError.Kind.IO, "cannot read the file (an input/output error)", source));
    }
  }

  private interface StreamRead<T> {
    Either<PlanError, T> read(InputStream in, String source);
  }

  private interface InputRead<T> {
    Either<PlanError, T> read(JsonInput in);
  }

  /** Reads a plan from a stream (not closed); {@code source} names it in errors. */
  public Either<PlanError, Plan> read(InputStream stream, String source) {
    return withStream(stream, source, this::parse);
  }

  private <T> Either<PlanError, T> withStream(InputStream stream, String source, InputRead<T> read) {
    return withStream(stream, source, factory, read);
  }

  private <T> Either<PlanError, T> withStream(InputStream stream, String source, JsonFactory factory, InputRead<T> read) {
    // A pushback stream, not a buffered one: Jackson buffers itself, so the bytes are copied once.
    PushbackInputStream in = new PushbackInputStream(stream, 4);
    try {
      byte[] head = in.readNBytes(4);
      in.unread(head);
      if (isZip(head)) {
        return Either.left(binaryPlan(source));
      }
      try (JsonInput input = JsonInput.open(factory, in, source)) {
        return read.read(input);
      }
    } catch (IOException e) {
      return Either.left(error(PlanError.Kind.IO, "cannot read the input (an input/output error)", source));
    }
  }

  private static boolean isZip(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  private static PlanError binaryPlan(String source) {
    return error(
        PlanError.Kind.BINARY_PLAN,
        "this is a binary plan file (a zip); run `terraform show -json PLANFILE` (or `tofu show -json PLANFILE`) and read its output",
        source);
  }

  /**
   * Streams a plan file: see {@link #stream(InputStream, String, Consumer, Consumer)}.
   *
   * @param file the plan file
   * @param changes receives each entry of {@code resource_changes}, in document order
   * @param drift receives each entry of {@code resource_drift}, in document order
   * @return what was seen besides the entries, or why the file is not a readable plan
   */
  public Either<PlanError, StreamSummary> stream(
      Path file, Consumer<? super ResourceChange> changes, Consumer<? super ResourceChange> drift) {
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(drift, "drift");
    return withFile(file, (in, source) -> stream(in, source, changes, drift));
  }

  /**
   * Streams a plan file with its deferred changes: see {@link #stream(InputStream, String, Consumer,
   * Consumer, Consumer)}.
   *
   * @param file the plan file
   * @param changes receives each entry of {@code resource_changes}, in document order
   * @param drift receives each entry of {@code resource_drift}, in document order
   * @param deferred receives each entry of {@code deferred_changes} (Terraform 1.9+), in document order
   * @return what was seen besides the entries, or why the file is not a readable plan
   */
  public Either<PlanError, StreamSummary> stream(
      Path file,
      Consumer<? super ResourceChange> changes,
      Consumer<? super ResourceChange> drift,
      Consumer<? super DeferredChange> deferred) {
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(drift, "drift");
    Objects.requireNonNull(deferred, "deferred");
    return withFile(file, (in, source) -> stream(in, source, changes, drift, deferred));
  }

  /**
   * Streams a plan's {@code resource_changes}, ignoring {@code resource_drift}: see {@link
   * #stream(InputStream, String, Consumer, Consumer)}.
   *
   * @param stream the plan (not closed)
   * @param source names the stream in errors
   * @param changes receives each entry of {@code resource_changes}, in document order
   * @return what was seen besides the entries, or why the stream is not a readable plan
   */
  public Either<PlanError, StreamSummary> stream(
      InputStream stream, String source, Consumer<? super ResourceChange> changes) {
    return stream(stream, source, changes, rc -> {});
  }

  /**
   * Reads a plan one resource change at a time, in memory bounded by the largest single entry rather
   * than by the document: each entry of {@code resource_changes} and {@code resource_drift} is read
   * into the same {@link ResourceChange} a full {@link #read(InputStream, String) read} gives, handed
   * to the consumer, and forgotten. Every other section ({@code planned_values}, {@code prior_state},
   * {@code configuration}, {@code deferred_changes}, ...) is checked for well-formed JSON and skipped;
   * {@link #stream(InputStream, String, Consumer, Consumer, Consumer)} also delivers the deferred
   * changes.
   *
   * <p>The document is checked as in a full read (look-alikes, limits, {@code format_version}), but
   * entries are delivered as they are read: when {@code format_version} comes first, as Terraform and
   * OpenTofu write it, an unsupported version fails before any entry is delivered; any other error is
   * only known when it is reached, and then the entries already delivered belong to a document that
   * is not a readable plan and should be discarded. An exception thrown by a consumer stops the read
   * and is rethrown as is.
   *
   * @param stream the plan (not closed)
   * @param source names the stream in errors
   * @param changes receives each entry of {@code resource_changes}, in document order
   * @param drift receives each entry of {@code resource_drift}, in document order
   * @return what was seen besides the entries, or why the stream is not a readable plan
   */
  public Either<PlanError, StreamSummary> stream(
      InputStream stream,
      String source,
      Consumer<? super ResourceChange> changes,
      Consumer<? super ResourceChange> drift) {
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(drift, "drift");
    return withStream(stream, source, in -> parseStream(in, changes, drift, null));
  }

  /**
   * Reads a plan one entry at a time, as {@link #stream(InputStream, String, Consumer, Consumer)}
   * does, and also hands each entry of {@code deferred_changes} (Terraform 1.9+ with {@code
   * -allow-deferral}: changes that could not be planned yet, each with its {@code reason}) to {@code
   * deferred}, read into the same {@link DeferredChange} a full read gives. Without this overload the
   * deferred changes are skipped unread.
   *
   * @param stream the plan (not closed)
   * @param source names the stream in errors
   * @param changes receives each entry of {@code resource_changes}, in document order
   * @param drift receives each entry of {@code resource_drift}, in document order
   * @param deferred receives each entry of {@code deferred_changes}, in document order
   * @return what was seen besides the entries, or why the stream is not a readable plan
   */
  public Either<PlanError, StreamSummary> stream(
      InputStream stream,
      String source,
      Consumer<? super ResourceChange> changes,
      Consumer<? super ResourceChange> drift,
      Consumer<? super DeferredChange> deferred) {
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(drift, "drift");
    Objects.requireNonNull(deferred, "deferred");
    return withStream(stream, source, in -> parseStream(in, changes, drift, deferred));
  }

  /** Reads a plan from a stream named {@code <stream>}. */
  public Either<PlanError, Plan> read(InputStream stream) {
    return read(stream, "<stream>");
  }

  /** Reads a plan from bytes (parsed in place, without copying them). */
  public Either<PlanError, Plan> read(byte[] bytes, String source) {
    if (bytes.length > options.maxDocumentBytes()) {
      return Either.left(
          error(
              PlanError.Kind.TOO_LARGE,
              "the document is " + bytes.length + " bytes, above the limit of " + options.maxDocumentBytes(),
              source));
    }
    if (isZip(bytes)) {
      return Either.left(binaryPlan(source));
    }
    try (JsonInput input = JsonInput.open(factory, bytes, source)) {
      return parse(input);
    } catch (IOException e) {
      return Either.left(error(PlanError.Kind.IO, "cannot read the input (an input/output error)", source));
    }
  }

  /** Reads a plan from JSON text. */
  public Either<PlanError, Plan> read(String json) {
    return read(json, "<string>");
  }

  /** Reads a plan from JSON text; {@code source} names it in errors. */
  public Either<PlanError, Plan> read(String json, String source) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (text.length() > options.maxDocumentBytes()) {
      return Either.left(error(PlanError.Kind.TOO_LARGE, "the document is larger than the limit", source));
    }
    if (text.startsWith("PK\u0003\u0004")) {
      return Either.left(
          error(
              PlanError.Kind.BINARY_PLAN,
              "this is a binary plan file (a zip); run `terraform show -json PLANFILE` and read its output",
              source));
    }
    try (JsonInput input = JsonInput.open(factory, new StringReader(text), source)) {
      return parse(input);
    } catch (IOException e) {
      return Either.left(error(PlanError.Kind.IO, "cannot read", source));
    }
  }

  private static PlanError error(PlanError.Kind kind, String message, String source) {
    return new PlanError(kind, message, source, 0, 0, Optional.empty());
  }

  /** Checks the first token: empty input, an array (UI stream) or a non-object are errors. */
  private static Optional<PlanError> start(JsonInput in) throws ReadFailure {
    JsonToken first;
    try {
      first = in.next();
    } catch (IOException e) {
      throw in.translate(e);
    }
    if (first == null) {
      return Optional.of(error(PlanError.Kind.EMPTY, "the input is empty", in.source()));
    }
    if (first == JsonToken.START_ARRAY) {
      JsonValue v;
      try {
        v = in.value();
      } catch (IOException e) {
        throw in.translate(e);
      }
      if (v.get(0).get("@level").asText().isPresent() || v.get(0).get("type").asText().isPresent()) {
        return Optional.of(uiStream(in.source()));
      }
      return Optional.of(
          new PlanError(PlanError.Kind.NOT_A_PLAN, "the document is a JSON array, not a plan object", in.source(), 1, 1, Optional.of("$")));
    }
    if (first != JsonToken.START_OBJECT) {
      throw in.fail(PlanError.Kind.NOT_A_PLAN, "the document is not a JSON object, so not a plan");
    }
    return Optional.empty();
  }

  /** Fails on content after the plan object. */
  private static void end(JsonInput in) throws ReadFailure {
    try {
      if (in.next() != null) {
        throw in.fail(PlanError.Kind.MALFORMED_JSON, "unexpected content after the plan object");
      }
    } catch (IOException e) {
      throw in.translate(e);
    }
  }

  /** The error for a {@code format_version} this library does not read, if any. */
  private static Optional<PlanError> versionError(String formatVersion, int major, String source, int line, int column) {
    if (major < 0) {
      return Optional.of(
          new PlanError(
              PlanError.Kind.MISSING_VERSION,
              "format_version is not a MAJOR.MINOR version",
              source,
              line,
              column,
              Optional.of("$.format_version")));
    }
    if (major > 1) {
      return Optional.of(
          new PlanError(
              PlanError.Kind.UNSUPPORTED_VERSION,
              "format_version "
                  + formatVersion
                  + " is not supported (this library reads 0.x and 1.x plans)",
              source,
              line,
              column,
              Optional.of("$.format_version")));
    }
    return Optional.empty();
  }

  private Either<PlanError, Plan> parse(JsonInput in) {
    return parse(in, null);
  }

  /** Reads the plan object; with an outline, its entries and resources go to the outline instead. */
  private Either<PlanError, Plan> parse(JsonInput in, PlanOutline.Builder outline) {
    try {
      Optional<PlanError> notAnObject = start(in);
      if (notAnObject.isPresent()) {
        return Either.left(notAnObject.get());
      }
      PlanParser parser = new PlanParser(in, outline);
      ImmutablePlan.Builder builder;
      try {
        builder = parser.readPlan();
      } catch (IOException e) {
        throw in.translate(e);
      }
      Plan plan = builder.build();
      JsonValue.Obj extras = plan.extras();
      boolean outlined = outline != null && outline.entryCount() > 0;
      boolean planParts =
          plan.plannedValues().isPresent()
              || plan.configuration().isPresent()
              || !plan.resourceChanges().isEmpty()
              || (outline != null && outline.changeCount() > 0);
      Optional<PlanError> lookAlike =
          lookAlike(
              extras::has,
              !plan.formatVersion().isEmpty(),
              planParts,
              hasPlanContent(plan, extras) || outlined,
              extras.isEmpty() && isStateVersion(plan.formatVersion()),
              in.source());
      if (lookAlike.isPresent()) {
        return Either.left(lookAlike.get());
      }
      end(in);
      Optional<PlanError> version =
          versionError(plan.formatVersion(), plan.formatMajor(), in.source(), parser.formatLine(), parser.formatColumn());
      return version.isPresent() ? Either.left(version.get()) : Either.right(plan);
    } catch (ReadFailure f) {
      return Either.left(f.error());
    } catch (RuntimeException | StackOverflowError e) {
      return Either.left(
          error(PlanError.Kind.MALFORMED_JSON, e instanceof StackOverflowError ? "the document is nested too deep to be read as a plan" : "the document cannot be read as a plan", in.source()));
    }
  }

  private Either<PlanError, StreamSummary> parseStream(
      JsonInput in,
      Consumer<? super ResourceChange> changes,
      Consumer<? super ResourceChange> drift,
      Consumer<? super DeferredChange> deferred) {
    try {
      Optional<PlanError> notAnObject = start(in);
      if (notAnObject.isPresent()) {
        return Either.left(notAnObject.get());
      }
      PlanStreamer streamer = new PlanStreamer(in, changes, drift, deferred);
      try {
        streamer.run(
            (version, line, column) -> {
              // An empty version is reported as missing once the whole object is known.
              Optional<PlanError> e =
                  version.isEmpty()
                      ? Optional.empty()
                      : versionError(version, majorOf(version), in.source(), line, column);
              if (e.isPresent()) {
                throw new ReadFailure(e.get());
              }
            });
      } catch (IOException e) {
        throw in.translate(e);
      }
      Optional<PlanError> lookAlike =
          lookAlike(
              streamer::has,
              streamer.formatVersion().filter(v -> !v.isEmpty()).isPresent(),
              streamer.hasPlanParts(),
              streamer.hasPlanParts() || PLAN_MEMBERS.stream().anyMatch(streamer::has),
              streamer.formatVersion().filter(PlanReader::isStateVersion).isPresent()
                  && !PLAN_MEMBERS.stream().anyMatch(streamer::has),
              in.source());
      if (lookAlike.isPresent()) {
        return Either.left(lookAlike.get());
      }
      end(in);
      return Either.right(
          new StreamSummary(
              streamer.formatVersion().orElse(""),
              streamer.terraformVersion(),
              streamer.changeCount(),
              streamer.driftCount(),
              streamer.deferredCount()));
    } catch (ReadFailure f) {
      return Either.left(f.error());
    } catch (PlanStreamer.ConsumerFailure f) {
      throw f.consumerException();
    } catch (RuntimeException | StackOverflowError e) {
      return Either.left(
          error(PlanError.Kind.MALFORMED_JSON, e instanceof StackOverflowError ? "the document is nested too deep to be read as a plan" : "the document cannot be read as a plan", in.source()));
    }
  }

  /** The major number of a version, as {@link Plan#formatMajor()} computes it. */
  private static int majorOf(String formatVersion) {
    return Plan.builder().formatVersion(formatVersion).build().formatMajor();
  }

  private static PlanError uiStream(String source) {
    return error(
        PlanError.Kind.UI_STREAM,
        "this is a Terraform/OpenTofu UI log stream (`plan -json`/`apply -json` output), not a plan; write the plan with `plan -out=FILE` and run `show -json FILE`",
        source);
  }

  private static final java.util.List<String> PLAN_MEMBERS =
      java.util.List.of(
          "planned_values",
          "configuration",
          "prior_state",
          "resource_changes",
          "resource_drift",
          "deferred_changes",
          "output_changes",
          "variables");

  /** True when the plan has any member that only plans have (empty ones count). */
  private static boolean hasPlanContent(Plan plan, JsonValue.Obj extras) {
    return plan.plannedValues().isPresent()
        || plan.configuration().isPresent()
        || plan.priorState().isPresent()
        || !plan.resourceChanges().isEmpty()
        || !plan.resourceDrift().isEmpty()
        || !plan.deferredChanges().isEmpty()
        || !plan.outputChanges().isEmpty()
        || !plan.variables().isEmpty()
        || PLAN_MEMBERS.stream().anyMatch(extras::has);
  }

  /** The versions the state representation has had; an empty state has nothing else. */
  private static boolean isStateVersion(String v) {
    return v.equals("0.1") || v.equals("0.2") || v.equals("1.0");
  }

  /**
   * Recognises documents that look like plans but are not.
   *
   * @param planContent whether any plan-only member is present (empty ones count)
   * @param bareState whether the document is only a state-representation format_version
   */
  private static Optional<PlanError> lookAlike(
      Predicate<String> has,
      boolean hasVersion,
      boolean planParts,
      boolean planContent,
      boolean bareState,
      String source) {
    if (has.test("@level") || has.test("@message")) {
      return Optional.of(uiStream(source));
    }
    if (!hasVersion && has.test("plan_format_version")) {
      return Optional.of(
          error(
              PlanError.Kind.HCP_REDACTED_PLAN,
              "this is an HCP Terraform redacted plan (plan_format_version), not `show -json` output; download the unredacted JSON plan",
              source));
    }
    if (has.test("valid") && has.test("diagnostics")) {
      return Optional.of(
          error(PlanError.Kind.VALIDATE_OUTPUT, "this is `terraform validate -json` output, not a plan", source));
    }
    if (has.test("values") && !planParts) {
      return Optional.of(
          error(
              PlanError.Kind.STATE_FILE,
              "this is a state document (`show -json` on a state), not a plan; run `show -json` on a plan file",
              source));
    }
    if (has.test("serial") && has.test("lineage")) {
      return Optional.of(
          error(PlanError.Kind.STATE_FILE, "this is a raw terraform.tfstate file, not a plan", source));
    }
    if (hasVersion && !planContent) {
      if (bareState) {
        return Optional.of(
            error(
                PlanError.Kind.STATE_FILE,
                "this is an empty state document (what `show -json` prints without a plan file), not a plan; run `show -json PLANFILE`",
                source));
      }
      return Optional.of(
          error(
              PlanError.Kind.NOT_A_PLAN,
              "the document has a format_version but no plan content (planned_values, configuration or resource_changes)",
              source));
    }
    if (!hasVersion) {
      return Optional.of(
          new PlanError(
              PlanError.Kind.MISSING_VERSION,
              "format_version is missing, so this is not a `show -json` plan",
              source,
              1,
              1,
              Optional.of("$")));
    }
    return Optional.empty();
  }
}
