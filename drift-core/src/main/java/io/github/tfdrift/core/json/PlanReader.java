package io.github.tfdrift.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonToken;
import io.github.tfdrift.core.internal.JsonInput;
import io.github.tfdrift.core.internal.PlanParser;
import io.github.tfdrift.core.internal.ReadFailure;
import io.github.tfdrift.core.model.ImmutablePlan;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.vavr.control.Either;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

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

  private PlanReader(ReadOptions options) {
    this.options = options;
    this.factory = JsonInput.factory(options);
  }

  /** A reader with the default limits. */
  public static PlanReader create() {
    return new PlanReader(ReadOptions.defaults());
  }

  /** A reader with the given limits. */
  public static PlanReader create(ReadOptions options) {
    return new PlanReader(Objects.requireNonNull(options, "options"));
  }

  /** The limits this reader applies. */
  public ReadOptions options() {
    return options;
  }

  /** Reads a plan file. */
  public Either<PlanError, Plan> read(Path file) {
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
      try (InputStream in = Files.newInputStream(file)) {
        return read(in, source);
      }
    } catch (NoSuchFileException e) {
      return Either.left(error(PlanError.Kind.IO, "no such file", source));
    } catch (AccessDeniedException e) {
      return Either.left(error(PlanError.Kind.IO, "permission denied", source));
    } catch (IOException e) {
      return Either.left(error(PlanError.Kind.IO, "cannot read the file (" + e.getClass().getSimpleName() + ")", source));
    }
  }

  /** Reads a plan from a stream (not closed); {@code source} names it in errors. */
  public Either<PlanError, Plan> read(InputStream stream, String source) {
    BufferedInputStream in = new BufferedInputStream(stream, 65536);
    try {
      in.mark(8);
      byte[] head = in.readNBytes(4);
      in.reset();
      if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
        return Either.left(
            error(
                PlanError.Kind.BINARY_PLAN,
                "this is a binary plan file (a zip); run `terraform show -json PLANFILE` (or `tofu show -json PLANFILE`) and read its output",
                source));
      }
      try (JsonInput input = JsonInput.open(factory, in, source)) {
        return parse(input);
      }
    } catch (IOException e) {
      return Either.left(error(PlanError.Kind.IO, "cannot read (" + e.getClass().getSimpleName() + ")", source));
    }
  }

  /** Reads a plan from a stream named {@code <stream>}. */
  public Either<PlanError, Plan> read(InputStream stream) {
    return read(stream, "<stream>");
  }

  /** Reads a plan from bytes. */
  public Either<PlanError, Plan> read(byte[] bytes, String source) {
    return read(new ByteArrayInputStream(bytes), source);
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

  private Either<PlanError, Plan> parse(JsonInput in) {
    try {
      JsonToken first;
      try {
        first = in.next();
      } catch (IOException e) {
        throw in.translate(e);
      }
      if (first == null) {
        return Either.left(error(PlanError.Kind.EMPTY, "the input is empty", in.source()));
      }
      if (first == JsonToken.START_ARRAY) {
        JsonValue v;
        try {
          v = in.value();
        } catch (IOException e) {
          throw in.translate(e);
        }
        if (v.get(0).get("@level").asText().isPresent() || v.get(0).get("type").asText().isPresent()) {
          return Either.left(uiStream(in.source()));
        }
        return Either.left(
            new PlanError(PlanError.Kind.NOT_A_PLAN, "the document is a JSON array, not a plan object", in.source(), 1, 1, Optional.of("$")));
      }
      if (first != JsonToken.START_OBJECT) {
        throw in.fail(PlanError.Kind.NOT_A_PLAN, "the document is not a JSON object, so not a plan");
      }
      PlanParser parser = new PlanParser(in);
      ImmutablePlan.Builder builder;
      try {
        builder = parser.readPlan();
      } catch (IOException e) {
        throw in.translate(e);
      }
      Plan plan = builder.build();
      JsonValue.Obj extras = plan.extras();
      Optional<PlanError> lookAlike = lookAlike(plan, extras, in.source());
      if (lookAlike.isPresent()) {
        return Either.left(lookAlike.get());
      }
      try {
        if (in.next() != null) {
          throw in.fail(PlanError.Kind.MALFORMED_JSON, "unexpected content after the plan object");
        }
      } catch (IOException e) {
        throw in.translate(e);
      }
      int major = plan.formatMajor();
      if (major < 0) {
        return Either.left(
            new PlanError(
                PlanError.Kind.MISSING_VERSION,
                "format_version is not a MAJOR.MINOR version",
                in.source(),
                parser.formatLine(),
                parser.formatColumn(),
                Optional.of("$.format_version")));
      }
      if (major > 1) {
        return Either.left(
            new PlanError(
                PlanError.Kind.UNSUPPORTED_VERSION,
                "format_version "
                    + plan.formatVersion()
                    + " is not supported (this library reads 0.x and 1.x plans)",
                in.source(),
                parser.formatLine(),
                parser.formatColumn(),
                Optional.of("$.format_version")));
      }
      return Either.right(plan);
    } catch (ReadFailure f) {
      return Either.left(f.error());
    } catch (RuntimeException | StackOverflowError e) {
      return Either.left(
          error(PlanError.Kind.MALFORMED_JSON, "the document cannot be read as a plan (" + e.getClass().getSimpleName() + ")", in.source()));
    }
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

  private static Optional<PlanError> lookAlike(Plan plan, JsonValue.Obj extras, String source) {
    boolean hasVersion = !plan.formatVersion().isEmpty();
    if (extras.has("@level") || extras.has("@message")) {
      return Optional.of(uiStream(source));
    }
    if (!hasVersion && extras.has("plan_format_version")) {
      return Optional.of(
          error(
              PlanError.Kind.HCP_REDACTED_PLAN,
              "this is an HCP Terraform redacted plan (plan_format_version), not `show -json` output; download the unredacted JSON plan",
              source));
    }
    if (extras.has("valid") && extras.has("diagnostics")) {
      return Optional.of(
          error(PlanError.Kind.VALIDATE_OUTPUT, "this is `terraform validate -json` output, not a plan", source));
    }
    if (extras.has("values")
        && plan.plannedValues().isEmpty()
        && plan.configuration().isEmpty()
        && plan.resourceChanges().isEmpty()) {
      return Optional.of(
          error(
              PlanError.Kind.STATE_FILE,
              "this is a state document (`show -json` on a state), not a plan; run `show -json` on a plan file",
              source));
    }
    if (extras.has("serial") && extras.has("lineage")) {
      return Optional.of(
          error(PlanError.Kind.STATE_FILE, "this is a raw terraform.tfstate file, not a plan", source));
    }
    if (hasVersion && !hasPlanContent(plan, extras)) {
      if (extras.isEmpty() && isStateVersion(plan.formatVersion())) {
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
