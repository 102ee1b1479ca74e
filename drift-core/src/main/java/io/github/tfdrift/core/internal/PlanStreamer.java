package io.github.tfdrift.core.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.PlanFields;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads the top-level plan object and hands each entry of {@code resource_changes} and {@code
 * resource_drift} (and, when asked for, of {@code deferred_changes}) to a consumer as soon as it is
 * read, keeping none of them. Every other member is skipped token by token (still checked for well-formedness and limits), so memory stays bounded by
 * the largest single entry, whatever the size of the document.
 *
 * <p>Entries are read by {@link PlanParser#readResourceChange()}, so a streamed entry is equal to the
 * same entry of a full read.
 */
public final class PlanStreamer {
  /** Top-level member names that tell a look-alike document from a plan. */
  private static final Set<String> TELLING_KEYS =
      Set.of("@level", "@message", "plan_format_version", "valid", "diagnostics", "values", "serial", "lineage");

  /** A consumer's own exception, carried through the reader untouched. */
  public static final class ConsumerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConsumerFailure(RuntimeException cause) {
      super(null, cause, false, false);
    }

    /** The consumer's exception. */
    public RuntimeException consumerException() {
      return (RuntimeException) getCause();
    }
  }

  private final JsonInput in;
  private final PlanParser parser;
  private final Consumer<? super ResourceChange> changes;
  private final Consumer<? super ResourceChange> drift;
  private final Consumer<? super DeferredChange> deferred;
  private final Set<String> tellingKeys = new HashSet<>();
  private Optional<String> formatVersion = Optional.empty();
  private int formatLine;
  private int formatColumn;
  private Optional<String> terraformVersion = Optional.empty();
  private boolean planParts;
  private long changeCount;
  private long driftCount;
  private long deferredCount;

  /** A streamer over an input positioned on the plan's {@code START_OBJECT}; skips {@code deferred_changes}. */
  public PlanStreamer(
      JsonInput in, Consumer<? super ResourceChange> changes, Consumer<? super ResourceChange> drift) {
    this(in, changes, drift, null);
  }

  /**
   * A streamer over an input positioned on the plan's {@code START_OBJECT}.
   *
   * @param in the input
   * @param changes receives the entries of {@code resource_changes}
   * @param drift receives the entries of {@code resource_drift}
   * @param deferred receives the entries of {@code deferred_changes}; {@code null} skips them unread
   */
  public PlanStreamer(
      JsonInput in,
      Consumer<? super ResourceChange> changes,
      Consumer<? super ResourceChange> drift,
      Consumer<? super DeferredChange> deferred) {
    this.in = in;
    this.parser = new PlanParser(in);
    this.changes = changes;
    this.drift = drift;
    this.deferred = deferred;
  }

  /**
   * Reads the plan object, ending on its {@code END_OBJECT}. {@code versionCheck} is called as soon
   * as {@code format_version} is read, so that no entry of an unsupported document is delivered when
   * the version comes first (as Terraform and OpenTofu write it).
   */
  public void run(VersionCheck versionCheck) throws IOException, ReadFailure {
    JsonToken t;
    while ((t = in.next()) == JsonToken.FIELD_NAME) {
      String name = in.parser().currentName();
      in.next();
      switch (name) {
        case PlanFields.Plan.FORMAT_VERSION:
          if (in.current() != JsonToken.VALUE_STRING) {
            throw in.fail(PlanError.Kind.MISSING_VERSION, "format_version must be a string such as \"1.2\"");
          }
          JsonLocation loc = in.parser().currentTokenLocation();
          formatLine = loc.getLineNr();
          formatColumn = loc.getColumnNr();
          formatVersion = Optional.of(in.string());
          versionCheck.check(formatVersion.get(), formatLine, formatColumn);
          break;
        case PlanFields.Plan.TERRAFORM_VERSION:
          terraformVersion = in.isNull() ? Optional.empty() : Optional.of(in.string());
          break;
        case PlanFields.Plan.RESOURCE_CHANGES:
          if (!in.isNull()) {
            in.forEachElement(() -> deliver(changes, parser.readResourceChange(), true));
          }
          break;
        case PlanFields.Plan.RESOURCE_DRIFT:
          if (!in.isNull()) {
            in.forEachElement(() -> deliver(drift, parser.readResourceChange(), false));
          }
          break;
        case PlanFields.Plan.DEFERRED_CHANGES:
          if (deferred == null || in.isNull()) {
            in.parser().skipChildren();
          } else {
            in.forEachElement(() -> deliverDeferred(parser.readDeferredChange()));
          }
          break;
        case PlanFields.Plan.PLANNED_VALUES:
        case PlanFields.Plan.CONFIGURATION:
          planParts |= !in.isNull();
          in.parser().skipChildren();
          break;
        default:
          if (TELLING_KEYS.contains(name)) {
            tellingKeys.add(name);
          }
          in.parser().skipChildren();
          break;
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw in.fail(PlanError.Kind.MALFORMED_JSON, "expected a member name or '}'");
    }
  }

  private void deliver(Consumer<? super ResourceChange> to, ResourceChange rc, boolean change) {
    if (change) {
      changeCount++;
    } else {
      driftCount++;
    }
    try {
      to.accept(rc);
    } catch (RuntimeException e) {
      throw new ConsumerFailure(e);
    }
  }

  private void deliverDeferred(DeferredChange d) {
    deferredCount++;
    try {
      deferred.accept(d);
    } catch (RuntimeException e) {
      throw new ConsumerFailure(e);
    }
  }

  /** Checks {@code format_version} as soon as it is read. */
  @FunctionalInterface
  public interface VersionCheck {
    /** Throws when the version is not supported. */
    void check(String formatVersion, int line, int column) throws ReadFailure;
  }

  /** True when the object had the top-level member (only for the names that tell look-alikes apart). */
  public boolean has(String name) {
    return tellingKeys.contains(name);
  }

  /** {@code format_version}, if present. */
  public Optional<String> formatVersion() {
    return formatVersion;
  }

  /** Line of the {@code format_version} value, 0 when absent. */
  public int formatLine() {
    return formatLine;
  }

  /** Column of the {@code format_version} value. */
  public int formatColumn() {
    return formatColumn;
  }

  /** {@code terraform_version}, if present. */
  public Optional<String> terraformVersion() {
    return terraformVersion;
  }

  /** True when the object had planned values, configuration or resource changes. */
  public boolean hasPlanParts() {
    return planParts || changeCount > 0;
  }

  /** Entries of {@code resource_changes} delivered. */
  public long changeCount() {
    return changeCount;
  }

  /** Entries of {@code resource_drift} delivered. */
  public long driftCount() {
    return driftCount;
  }

  /** Entries of {@code deferred_changes} delivered (0 when they are skipped). */
  public long deferredCount() {
    return deferredCount;
  }
}
