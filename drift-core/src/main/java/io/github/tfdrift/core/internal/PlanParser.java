package io.github.tfdrift.core.internal;

import com.fasterxml.jackson.core.JsonToken;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ActionInvocation;
import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.Check;
import io.github.tfdrift.core.model.CheckAddress;
import io.github.tfdrift.core.model.CheckInstance;
import io.github.tfdrift.core.model.CheckProblem;
import io.github.tfdrift.core.model.CheckStatus;
import io.github.tfdrift.core.model.Configuration;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.ImmutableActionInvocation;
import io.github.tfdrift.core.model.ImmutableChange;
import io.github.tfdrift.core.model.ImmutableCheck;
import io.github.tfdrift.core.model.ImmutableCheckAddress;
import io.github.tfdrift.core.model.ImmutableCheckInstance;
import io.github.tfdrift.core.model.ImmutableCheckProblem;
import io.github.tfdrift.core.model.ImmutableConfiguration;
import io.github.tfdrift.core.model.ImmutableDeferredChange;
import io.github.tfdrift.core.model.ImmutableImporting;
import io.github.tfdrift.core.model.ImmutableModuleCall;
import io.github.tfdrift.core.model.ImmutableModuleConfig;
import io.github.tfdrift.core.model.ImmutableModuleValues;
import io.github.tfdrift.core.model.ImmutableOutputConfig;
import io.github.tfdrift.core.model.ImmutableOutputValue;
import io.github.tfdrift.core.model.ImmutablePlan;
import io.github.tfdrift.core.model.ImmutableProviderConfig;
import io.github.tfdrift.core.model.ImmutableRelevantAttribute;
import io.github.tfdrift.core.model.ImmutableResourceChange;
import io.github.tfdrift.core.model.ImmutableResourceConfig;
import io.github.tfdrift.core.model.ImmutableResourceValues;
import io.github.tfdrift.core.model.ImmutableStateDocument;
import io.github.tfdrift.core.model.ImmutableValues;
import io.github.tfdrift.core.model.ImmutableVariable;
import io.github.tfdrift.core.model.ImmutableVariableConfig;
import io.github.tfdrift.core.model.Importing;
import io.github.tfdrift.core.model.ModuleCall;
import io.github.tfdrift.core.model.ModuleConfig;
import io.github.tfdrift.core.model.ModuleValues;
import io.github.tfdrift.core.model.OutputConfig;
import io.github.tfdrift.core.model.OutputValue;
import io.github.tfdrift.core.model.PlanFields;
import io.github.tfdrift.core.model.ProviderConfig;
import io.github.tfdrift.core.model.RelevantAttribute;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ResourceConfig;
import io.github.tfdrift.core.model.ResourceValues;
import io.github.tfdrift.core.model.StateDocument;
import io.github.tfdrift.core.model.Values;
import io.github.tfdrift.core.model.Variable;
import io.github.tfdrift.core.model.VariableConfig;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.value.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads the plan format into the typed model straight from the token stream: no intermediate tree,
 * unknown members kept as extras, and every type error located. Each {@code readX} method starts on
 * the first token of the value and ends on its last token, so a streaming reader can call {@link
 * #readResourceChange()} one element at a time.
 */
public final class PlanParser {
  private final JsonInput in;
  private final OutlineSink sink;
  private int formatLine;
  private boolean skipChangeValues; // while an outline reads a positioned resource_changes entry that may skip them
  private boolean changeValuesForSecrets; // while it reads a resource_drift entry: values only where marked
  private int formatColumn;

  /**
   * Where an outline read ({@link io.github.tfdrift.core.json.PlanOutline}) sends the parts of a plan
   * it does not keep: each entry of {@code resource_changes} and {@code resource_drift} with the byte
   * range it was read from, and each resource of {@code planned_values} and {@code prior_state}.
   * Resource blocks of {@code configuration} are read (so that a plan the full reader rejects is
   * rejected here too) and dropped.
   */
  public interface OutlineSink {
    /** An entry of {@code resource_changes}, read from bytes {@code [start, end)} of the input (-1 without positions). */
    void change(ResourceChange rc, long start, long end) throws IOException, ReadFailure;

    /** An entry of {@code resource_drift}, read from bytes {@code [start, end)} of the input (-1 without positions). */
    void drift(ResourceChange rc, long start, long end) throws IOException, ReadFailure;

    /** A resource of {@code planned_values} or {@code prior_state}. */
    void resource(ResourceValues r) throws IOException, ReadFailure;

    /** The bytes {@code [start, end)} the {@code resource_changes} array was read from (-1 without positions). */
    default void changesRange(long start, long end) {}

    /**
     * True when the values of a positioned {@code resource_changes} entry ({@code before}, {@code
     * after}, their masks and identities) may be skipped: the entry handed to {@link #change} then has
     * none, and whoever reads the entries again takes their secrets from there. The entries of {@code
     * resource_drift} then keep only the values their masks mark, and the resources of the values only
     * the values their {@code sensitive_values} mark: what their secrets need. Entries without byte
     * positions are always read whole.
     */
    default boolean skipsChangeValues() {
      return false;
    }

    /**
     * Who reads the objects of {@code planned_values} and {@code prior_state} on another thread while
     * this parser steps over them by their bytes, or {@code null} to read them here.
     */
    default Elsewhere elsewhere() {
      return null;
    }
  }

  /**
   * Reads a part of the input on another thread with a parser of its own: an outline's way to read
   * the resources of {@code planned_values} and {@code prior_state} while the parser that found them
   * goes on. The parser waits for each part before {@link #readPlan()} returns, and checks that the
   * other read ended where its own step over the part did.
   */
  public interface Elsewhere {
    /**
     * Starts reading the object that begins at byte {@code start} of the input.
     *
     * @param start the byte of the object's {@code '{'}
     * @param part what reads it, given a parser on its first token
     * @return the part and its length in bytes, when done; {@code null} when it cannot be read elsewhere
     */
    <T> Future<Part<T>> read(long start, PartReader<T> part);
  }

  /** Reads one part of a plan with a parser of its own, from the part's first token to its last. */
  @FunctionalInterface
  public interface PartReader<T> {
    /** Reads the part. */
    T read(PlanParser parser) throws IOException, ReadFailure;
  }

  /**
   * A part read {@linkplain Elsewhere elsewhere}.
   *
   * @param value what its reader gave
   * @param length how many bytes it spans, from its {@code '{'} to its {@code '}'} included
   * @param oneLine true when those bytes hold no line break
   */
  public record Part<T>(T value, long length, boolean oneLine) {}

  /** Reads {@code prior_state}: the part an {@link Elsewhere} may start reading before this parser reaches it. */
  public static final PartReader<StateDocument> PRIOR_STATE = PlanParser::readState;

  /** A part being read elsewhere, with where this parser's step over it ended. */
  private final class Pending<T> {
    private final Future<Part<T>> read;
    private final long start;
    private final Consumer<T> set;
    private long end = -1;

    Pending(Future<Part<T>> read, long start, Consumer<T> set) {
      this.read = read;
      this.start = start;
      this.set = set;
    }

    void join() throws ReadFailure {
      Part<T> part;
      try {
        part = read.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw in.fail(PlanError.Kind.IO, "interrupted while reading the file");
      } catch (ExecutionException | CancellationException e) {
        throw in.fail(PlanError.Kind.IO, "a part of the file read on another thread cannot be read");
      }
      if (end < 0 || start + part.length() != end) {
        throw in.fail(PlanError.Kind.IO, "the file changed while it was read");
      }
      set.accept(part.value());
    }
  }

  /** A parser over an input that keeps everything it reads. */
  public PlanParser(JsonInput in) {
    this(in, null);
  }

  /**
   * A parser over an input; with a sink, {@link #readPlan()} hands the entries and resources to it
   * instead of keeping them.
   *
   * @param in the input
   * @param sink receives what is not kept; {@code null} keeps everything
   */
  public PlanParser(JsonInput in, OutlineSink sink) {
    this.in = in;
    this.sink = sink;
  }

  /** Line of the {@code format_version} value, 0 when absent. */
  public int formatLine() {
    return formatLine;
  }

  /** Column of the {@code format_version} value. */
  public int formatColumn() {
    return formatColumn;
  }

  // ---- helpers -------------------------------------------------------------------------------

  private interface Reader<T> {
    T read() throws IOException, ReadFailure;
  }

  /** Reads an optional scalar; an explicit null is kept verbatim. */
  private <T> void opt(String name, Reader<T> r, Consumer<T> set) throws IOException, ReadFailure {
    if (in.isNull()) {
      in.keep(name, JsonValue.nullValue());
    } else {
      set.accept(r.read());
    }
  }

  /** Reads a list; a present-but-empty or null list is kept verbatim. */
  private <T> void list(String name, Reader<T> element, Consumer<List<T>> set)
      throws IOException, ReadFailure {
    if (in.isNull()) {
      in.keep(name, JsonValue.nullValue());
      return;
    }
    List<T> l = in.array(element::read);
    if (l.isEmpty()) {
      in.keep(name, JsonValue.Arr.EMPTY);
    } else {
      set.accept(l);
    }
  }

  /** Reads a map; a present-but-empty or null map is kept verbatim. */
  private <T> void map(String name, Reader<T> element, Consumer<Map<String, T>> set)
      throws IOException, ReadFailure {
    if (in.isNull()) {
      in.keep(name, JsonValue.nullValue());
      return;
    }
    Map<String, T> m = in.map(element::read);
    if (m.isEmpty()) {
      in.keep(name, JsonValue.Obj.EMPTY);
    } else {
      set.accept(m);
    }
  }

  private InstanceKey key() throws IOException, ReadFailure {
    JsonToken t = in.current();
    if (t == JsonToken.VALUE_STRING) {
      return InstanceKey.of(in.string());
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return InstanceKey.of(in.parser().getLongValue());
    }
    throw in.fail(PlanError.Kind.WRONG_TYPE, "expected an instance key (a whole number or a string)");
  }

  /** A key is written back as the number or string it was read from; other numbers stay raw. */
  private void index(String name, Consumer<InstanceKey> set) throws IOException, ReadFailure {
    if (in.current() == JsonToken.VALUE_NUMBER_INT) {
      String text = in.parser().getText();
      long v;
      try {
        v = in.parser().getLongValue();
      } catch (IOException e) {
        in.keep(name, in.value());
        return;
      }
      if (!Long.toString(v).equals(text)) {
        in.keep(name, in.value());
        return;
      }
      set.accept(InstanceKey.of(v));
    } else if (in.current() == JsonToken.VALUE_STRING) {
      set.accept(InstanceKey.of(in.string()));
    } else {
      in.keep(name, in.value());
    }
  }

  private AttributePath path() throws IOException, ReadFailure {
    JsonValue v = in.value();
    var r = AttributePath.fromJson(v);
    if (r.isLeft()) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, r.getLeft().describe());
    }
    AttributePath p = r.get();
    if (!p.toJson().equals(v)) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, "a path step is not a whole number or a string");
    }
    return p;
  }

  /** The part, when its read is over and succeeded; {@code null} otherwise (then it is stepped over here). */
  private static <T> Part<T> doneAlready(Future<Part<T>> read) {
    if (!read.isDone() || read.isCancelled()) {
      return null;
    }
    try {
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException | CancellationException e) {
      return null; // the join says so, with where
    }
  }

  // ---- plan ----------------------------------------------------------------------------------

  /** Reads the top-level plan object. Validation of the version is the caller's. */
  public ImmutablePlan.Builder readPlan() throws IOException, ReadFailure {
    ImmutablePlan.Builder b = ImmutablePlan.builder();
    boolean[] sawVersion = {false};
    List<Pending<?>> elsewhere = new ArrayList<>(2);
    JsonValue.Obj extras;
    try {
      extras = readPlan(b, sawVersion, elsewhere);
      for (Pending<?> p : elsewhere) {
        p.join();
      }
    } finally {
      for (Pending<?> p : elsewhere) {
        p.read.cancel(true); // done already, or no longer wanted
      }
    }
    if (!sawVersion[0]) {
      b.formatVersion("");
    }
    return b.extras(extras);
  }

  /**
   * Starts reading the object at the current token elsewhere and steps over it, when the sink has an
   * {@link Elsewhere}; false, having read nothing, otherwise.
   */
  private <T> boolean elsewhere(PartReader<T> part, Consumer<T> set, List<Pending<?>> pending) throws IOException {
    Elsewhere e = sink == null ? null : sink.elsewhere();
    long start = in.parser().currentTokenLocation().getByteOffset();
    if (e == null || in.current() != JsonToken.START_OBJECT || start < 0 || !in.skims()) {
      return false;
    }
    Future<Part<T>> read = e.read(start, part);
    if (read == null) {
      return false;
    }
    Pending<T> p = new Pending<>(read, start, set);
    pending.add(p);
    Part<T> done = doneAlready(read);
    if (done != null && done.oneLine() && in.parser() instanceof SkimmingParser skimming) {
      skimming.skipTo(start + done.length()); // read already, by its bytes: no need to scan them
    } else {
      in.parser().skipChildren();
    }
    long last = in.parser().currentTokenLocation().getByteOffset();
    p.end = last < 0 ? -1 : last + 1;
    return true;
  }

  private JsonValue.Obj readPlan(ImmutablePlan.Builder b, boolean[] sawVersion, List<Pending<?>> elsewhere)
      throws IOException, ReadFailure {
    return in.object(
            name -> {
              switch (name) {
                case PlanFields.Plan.FORMAT_VERSION:
                  if (in.current() != JsonToken.VALUE_STRING) {
                    throw in.fail(PlanError.Kind.MISSING_VERSION, "format_version must be a string such as \"1.2\"");
                  }
                  formatLine = in.parser().currentTokenLocation().getLineNr();
                  formatColumn = in.parser().currentTokenLocation().getColumnNr();
                  b.formatVersion(in.string());
                  sawVersion[0] = true;
                  return true;
                case PlanFields.Plan.TERRAFORM_VERSION:
                  opt(name, in::string, b::terraformVersion);
                  return true;
                case PlanFields.Plan.VARIABLES:
                  map(name, this::readVariable, b::putAllVariables);
                  return true;
                case PlanFields.Plan.PLANNED_VALUES:
                  if (!elsewhere(PlanParser::readValues, b::plannedValues, elsewhere)) {
                    opt(name, this::readValues, b::plannedValues);
                  }
                  return true;
                case PlanFields.Plan.RESOURCE_DRIFT:
                  if (sink != null) {
                    outlineEntries(name, false);
                  } else {
                    list(name, this::readResourceChange, b::addAllResourceDrift);
                  }
                  return true;
                case PlanFields.Plan.RESOURCE_CHANGES:
                  if (sink != null) {
                    long start = in.parser().currentTokenLocation().getByteOffset();
                    outlineEntries(name, true);
                    long end = in.parser().currentTokenLocation().getByteOffset();
                    sink.changesRange(start, start < 0 || end < 0 ? -1 : end + 1);
                  } else {
                    list(name, this::readResourceChange, b::addAllResourceChanges);
                  }
                  return true;
                case PlanFields.Plan.DEFERRED_CHANGES:
                  list(name, this::readDeferredChange, b::addAllDeferredChanges);
                  return true;
                case PlanFields.Plan.DEFERRED_ACTION_INVOCATIONS:
                  b.deferredActionInvocations(in.value());
                  return true;
                case PlanFields.Plan.OUTPUT_CHANGES:
                  map(name, this::readChange, b::putAllOutputChanges);
                  return true;
                case PlanFields.Plan.ACTION_INVOCATIONS:
                  list(name, this::readActionInvocation, b::addAllActionInvocations);
                  return true;
                case PlanFields.Plan.PRIOR_STATE:
                  if (!elsewhere(PRIOR_STATE, b::priorState, elsewhere)) {
                    opt(name, this::readState, b::priorState);
                  }
                  return true;
                case PlanFields.Plan.CONFIGURATION:
                  opt(name, this::readConfiguration, b::configuration);
                  return true;
                case PlanFields.Plan.RELEVANT_ATTRIBUTES:
                  list(name, this::readRelevantAttribute, b::addAllRelevantAttributes);
                  return true;
                case PlanFields.Plan.CONDITION_RESULTS:
                  b.conditionResults(in.value());
                  return true;
                case PlanFields.Plan.CHECKS:
                  list(name, this::readCheck, b::addAllChecks);
                  return true;
                case PlanFields.Plan.TIMESTAMP:
                  opt(name, in::string, b::timestamp);
                  return true;
                case PlanFields.Plan.APPLYABLE:
                  opt(name, in::bool, b::applyable);
                  return true;
                case PlanFields.Plan.COMPLETE:
                  opt(name, in::bool, b::complete);
                  return true;
                case PlanFields.Plan.ERRORED:
                  opt(name, in::bool, b::errored);
                  return true;
                default:
                  return false;
              }
            });
  }

  private Variable readVariable() throws IOException, ReadFailure {
    ImmutableVariable.Builder b = ImmutableVariable.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              if (name.equals(PlanFields.Variable.VALUE)) {
                b.value(in.value());
                return true;
              }
              return false;
            });
    return b.extras(extras).build();
  }

  // ---- resource changes ----------------------------------------------------------------------

  /** Hands each entry of an entry list to the sink with its byte range; keeps an empty or null list verbatim. */
  private void outlineEntries(String name, boolean changes) throws IOException, ReadFailure {
    if (in.isNull()) {
      in.keep(name, JsonValue.nullValue());
      return;
    }
    long[] count = {0};
    in.forEachElement(
        () -> {
          long start = in.parser().currentTokenLocation().getByteOffset();
          boolean light = start >= 0 && sink.skipsChangeValues();
          skipChangeValues = light && changes;
          changeValuesForSecrets = light && !changes && in.skims();
          ResourceChange rc;
          try {
            rc = readResourceChange();
          } finally {
            skipChangeValues = false;
            changeValuesForSecrets = false;
          }
          long end = in.parser().currentTokenLocation().getByteOffset();
          end = end < 0 || start < 0 ? -1 : end + 1;
          count[0]++;
          if (changes) {
            sink.change(rc, start, end);
          } else {
            sink.drift(rc, start, end);
          }
        });
    if (count[0] == 0) {
      in.keep(name, JsonValue.Arr.EMPTY);
    }
  }

  /** Reads one resource-change object. */
  public ResourceChange readResourceChange() throws IOException, ReadFailure {
    ImmutableResourceChange.Builder b = ImmutableResourceChange.builder();
    boolean[] seen = new boolean[4]; // address, type, name, change
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.ResourceChange.ADDRESS:
                  b.address(in.string());
                  seen[0] = true;
                  return true;
                case PlanFields.ResourceChange.PREVIOUS_ADDRESS:
                  opt(name, in::string, b::previousAddress);
                  return true;
                case PlanFields.ResourceChange.MODULE_ADDRESS:
                  opt(name, in::string, b::moduleAddress);
                  return true;
                case PlanFields.ResourceChange.MODE:
                  b.mode(ResourceMode.of(in.string()));
                  return true;
                case PlanFields.ResourceChange.TYPE:
                  b.type(in.string());
                  seen[1] = true;
                  return true;
                case PlanFields.ResourceChange.NAME:
                  b.name(in.string());
                  seen[2] = true;
                  return true;
                case PlanFields.ResourceChange.INDEX:
                  index(name, b::index);
                  return true;
                case PlanFields.ResourceChange.INDEX_UNKNOWN:
                  opt(name, in::bool, b::indexUnknown);
                  return true;
                case PlanFields.ResourceChange.PROVIDER_NAME:
                  opt(name, in::string, b::providerName);
                  return true;
                case PlanFields.ResourceChange.DEPOSED:
                  opt(name, in::string, b::deposed);
                  return true;
                case PlanFields.ResourceChange.CHANGE:
                  b.change(readChange());
                  seen[3] = true;
                  return true;
                case PlanFields.ResourceChange.ACTION_REASON:
                  opt(name, () -> ActionReason.of(in.string()), b::actionReason);
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[3]) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, "a resource change needs \"change\"");
    }
    if (!seen[1]) {
      b.type("");
    }
    if (!seen[2]) {
      b.name("");
    }
    if (!seen[0]) {
      if (!seen[1] || !seen[2]) {
        throw in.fail(
            PlanError.Kind.WRONG_TYPE, "a resource change needs \"address\", or \"type\" and \"name\"");
      }
      ResourceChange partial = b.address("").build();
      b.address(deriveAddress(partial)).addressDerived(true);
    }
    return b.extras(extras).build();
  }

  private static String deriveAddress(ResourceChange rc) {
    StringBuilder a = new StringBuilder();
    rc.moduleAddress().ifPresent(m -> a.append(m).append('.'));
    if (!rc.mode().equals(ResourceMode.MANAGED)) {
      a.append(rc.mode().text()).append('.');
    }
    a.append(rc.type()).append('.').append(rc.name());
    rc.index().ifPresent(k -> a.append(k.render()));
    return a.toString();
  }

  /** Reads one change object (resource or output change). */
  public Change readChange() throws IOException, ReadFailure {
    ImmutableChange.Builder b = ImmutableChange.builder();
    boolean forSecrets = changeValuesForSecrets;
    SkimmingParser.Skimmed[] skimmed = forSecrets ? new SkimmingParser.Skimmed[2] : null; // before, after: read below when their masks mark anything
    boolean[] marked = forSecrets ? new boolean[2] : null;
    JsonValue.Obj extras =
        in.object(
            name -> {
              if (forSecrets) {
                switch (name) {
                  case PlanFields.Change.BEFORE:
                  case PlanFields.Change.AFTER:
                    int i = name.equals(PlanFields.Change.BEFORE) ? 0 : 1;
                    skimmed[i] = in.skim();
                    if (skimmed[i] == null) {
                      changeValue(i == 0 ? b::before : b::after);
                    }
                    return true;
                  case PlanFields.Change.BEFORE_SENSITIVE:
                  case PlanFields.Change.AFTER_SENSITIVE:
                    int m = name.equals(PlanFields.Change.BEFORE_SENSITIVE) ? 0 : 1;
                    JsonValue mask = markingMask();
                    marked[m] = mask != null;
                    if (mask != null) {
                      if (m == 0) {
                        b.beforeSensitive(mask);
                      } else {
                        b.afterSensitive(mask);
                      }
                    }
                    return true;
                  case PlanFields.Change.AFTER_UNKNOWN:
                  case PlanFields.Change.BEFORE_IDENTITY:
                  case PlanFields.Change.AFTER_IDENTITY:
                    in.parser().skipChildren();
                    return true;
                  default:
                    break;
                }
              }
              switch (name) {
                case PlanFields.Change.ACTIONS:
                  List<Action> actions = new ArrayList<>(2);
                  for (String s : in.strings()) {
                    actions.add(Action.of(s));
                  }
                  if (actions.isEmpty()) {
                    in.keep(name, JsonValue.Arr.EMPTY);
                  }
                  b.actions(actions);
                  return true;
                case PlanFields.Change.BEFORE:
                  changeValue(b::before);
                  return true;
                case PlanFields.Change.AFTER:
                  changeValue(b::after);
                  return true;
                case PlanFields.Change.AFTER_UNKNOWN:
                  changeValue(b::afterUnknown);
                  return true;
                case PlanFields.Change.BEFORE_SENSITIVE:
                  changeValue(b::beforeSensitive);
                  return true;
                case PlanFields.Change.AFTER_SENSITIVE:
                  changeValue(b::afterSensitive);
                  return true;
                case PlanFields.Change.REPLACE_PATHS:
                  list(name, this::path, b::addAllReplacePaths);
                  return true;
                case PlanFields.Change.IMPORTING:
                  opt(name, this::readImporting, b::importing);
                  return true;
                case PlanFields.Change.GENERATED_CONFIG:
                  opt(name, in::string, b::generatedConfig);
                  return true;
                case PlanFields.Change.BEFORE_IDENTITY:
                  changeValue(b::beforeIdentity);
                  return true;
                case PlanFields.Change.AFTER_IDENTITY:
                  changeValue(b::afterIdentity);
                  return true;
                default:
                  return false;
              }
            });
    if (forSecrets) {
      if (skimmed[0] != null && marked[0]) {
        b.before(in.valueOf(skimmed[0]));
      }
      if (skimmed[1] != null && marked[1]) {
        b.after(in.valueOf(skimmed[1]));
      }
      in.release(skimmed[0]);
      in.release(skimmed[1]);
    }
    return b.extras(extras).build();
  }

  /** Reads a value of a change into {@code set}, or steps over it when an outline skips the changes' values. */
  private void changeValue(java.util.function.Consumer<JsonValue> set) throws IOException {
    if (skipChangeValues) {
      in.parser().skipChildren();
    } else {
      set.accept(in.value());
    }
  }

  private Importing readImporting() throws IOException, ReadFailure {
    ImmutableImporting.Builder b = ImmutableImporting.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.Importing.ID:
                  opt(name, in::string, b::id);
                  return true;
                case PlanFields.Importing.IDENTITY:
                  b.identity(in.value());
                  return true;
                case PlanFields.Importing.UNKNOWN:
                  opt(name, in::bool, b::unknown);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  /** Reads one element of {@code deferred_changes}; the input is positioned on its {@code START_OBJECT}. */
  public DeferredChange readDeferredChange() throws IOException, ReadFailure {
    ImmutableDeferredChange.Builder b = ImmutableDeferredChange.builder();
    boolean[] seen = new boolean[2];
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.DeferredChange.REASON:
                  b.reason(in.string());
                  seen[0] = true;
                  return true;
                case PlanFields.DeferredChange.RESOURCE_CHANGE:
                  b.resourceChange(readResourceChange());
                  seen[1] = true;
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[1]) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, "a deferred change needs \"resource_change\"");
    }
    if (!seen[0]) {
      b.reason("");
    }
    return b.extras(extras).build();
  }

  private RelevantAttribute readRelevantAttribute() throws IOException, ReadFailure {
    ImmutableRelevantAttribute.Builder b = ImmutableRelevantAttribute.builder();
    boolean[] seen = new boolean[2];
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.RelevantAttribute.RESOURCE:
                  b.resource(in.string());
                  seen[0] = true;
                  return true;
                case PlanFields.RelevantAttribute.ATTRIBUTE:
                  b.attribute(path());
                  seen[1] = true;
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[0] || !seen[1]) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, "a relevant attribute needs \"resource\" and \"attribute\"");
    }
    return b.extras(extras).build();
  }

  private ActionInvocation readActionInvocation() throws IOException, ReadFailure {
    ImmutableActionInvocation.Builder b = ImmutableActionInvocation.builder();
    boolean[] seen = new boolean[1];
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.ActionInvocation.ADDRESS:
                  b.address(in.string());
                  seen[0] = true;
                  return true;
                case PlanFields.ActionInvocation.TYPE:
                  opt(name, in::string, b::type);
                  return true;
                case PlanFields.ActionInvocation.NAME:
                  opt(name, in::string, b::name);
                  return true;
                case PlanFields.ActionInvocation.PROVIDER_NAME:
                  opt(name, in::string, b::providerName);
                  return true;
                case PlanFields.ActionInvocation.CONFIG_VALUES:
                  b.configValues(in.value());
                  return true;
                case PlanFields.ActionInvocation.CONFIG_SENSITIVE:
                  b.configSensitive(in.value());
                  return true;
                case PlanFields.ActionInvocation.CONFIG_UNKNOWN:
                  b.configUnknown(in.value());
                  return true;
                case PlanFields.ActionInvocation.LIFECYCLE_ACTION_TRIGGER:
                  b.lifecycleActionTrigger(in.value());
                  return true;
                case PlanFields.ActionInvocation.INVOKE_ACTION_TRIGGER:
                  b.invokeActionTrigger(in.value());
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[0]) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, "an action invocation needs \"address\"");
    }
    return b.extras(extras).build();
  }

  // ---- values and state ----------------------------------------------------------------------

  /** Reads a values representation. */
  public Values readValues() throws IOException, ReadFailure {
    ImmutableValues.Builder b = ImmutableValues.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.Values.OUTPUTS:
                  map(name, this::readOutputValue, b::putAllOutputs);
                  return true;
                case PlanFields.Values.ROOT_MODULE:
                  opt(name, this::readModuleValues, b::rootModule);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private OutputValue readOutputValue() throws IOException, ReadFailure {
    ImmutableOutputValue.Builder b = ImmutableOutputValue.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.OutputValue.SENSITIVE:
                  opt(name, in::bool, b::sensitive);
                  return true;
                case PlanFields.OutputValue.VALUE:
                  b.value(in.value());
                  return true;
                case PlanFields.OutputValue.TYPE:
                  b.type(in.value());
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private ModuleValues readModuleValues() throws IOException, ReadFailure {
    ImmutableModuleValues.Builder b = ImmutableModuleValues.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.ModuleValues.ADDRESS:
                  opt(name, in::string, b::address);
                  return true;
                case PlanFields.ModuleValues.RESOURCES:
                  if (sink != null && !in.isNull()) {
                    in.forEachElement(this::outlineResource);
                  } else {
                    list(name, this::readResourceValues, b::addAllResources);
                  }
                  return true;
                case PlanFields.ModuleValues.CHILD_MODULES:
                  list(name, this::readModuleValues, b::addAllChildModules);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  /** Hands one resource of the values to the sink. */
  private void outlineResource() throws IOException, ReadFailure {
    sink.resource(readResourceValues(sink.skipsChangeValues() && in.skims()));
  }

  /** Reads one resource of a values representation. */
  public ResourceValues readResourceValues() throws IOException, ReadFailure {
    return readResourceValues(false);
  }

  /**
   * Reads one resource of a values representation; with {@code forSecrets}, for its secrets only: its
   * {@code values} are kept only when {@code sensitive_values} marks some of them (they are stepped over
   * by their bytes, and read from those bytes when the marks say so).
   */
  private ResourceValues readResourceValues(boolean forSecrets) throws IOException, ReadFailure {
    ImmutableResourceValues.Builder b = ImmutableResourceValues.builder();
    boolean[] seen = new boolean[3];
    SkimmingParser.Skimmed[] skimmed = forSecrets ? new SkimmingParser.Skimmed[1] : null;
    int[] marked = forSecrets ? new int[] {UNSEEN} : null;
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.ResourceValues.ADDRESS:
                  b.address(in.string());
                  seen[0] = true;
                  return true;
                case PlanFields.ResourceValues.MODE:
                  b.mode(ResourceMode.of(in.string()));
                  return true;
                case PlanFields.ResourceValues.TYPE:
                  b.type(in.string());
                  seen[1] = true;
                  return true;
                case PlanFields.ResourceValues.NAME:
                  b.name(in.string());
                  seen[2] = true;
                  return true;
                case PlanFields.ResourceValues.INDEX:
                  index(name, b::index);
                  return true;
                case PlanFields.ResourceValues.PROVIDER_NAME:
                  opt(name, in::string, b::providerName);
                  return true;
                case PlanFields.ResourceValues.SCHEMA_VERSION:
                  b.schemaVersion(in.value());
                  return true;
                case PlanFields.ResourceValues.VALUES:
                  if (forSecrets && marked[0] == UNSEEN) {
                    skimmed[0] = in.skim(); // read below if the marks that follow mark anything
                    if (skimmed[0] != null) {
                      return true;
                    }
                  } else if (forSecrets && marked[0] == NOTHING) {
                    in.parser().skipChildren();
                    return true;
                  }
                  b.values(in.value());
                  return true;
                case PlanFields.ResourceValues.SENSITIVE_VALUES:
                  if (forSecrets) {
                    JsonValue mask = markingMask(); // nothing marked: neither the mask nor the values are needed
                    marked[0] = mask == null ? NOTHING : SOMETHING;
                    if (mask != null) {
                      b.sensitiveValues(mask);
                    }
                  } else {
                    b.sensitiveValues(in.value());
                  }
                  return true;
                case PlanFields.ResourceValues.DEPENDS_ON:
                  list(name, in::string, b::addAllDependsOn);
                  return true;
                case PlanFields.ResourceValues.TAINTED:
                  opt(name, in::bool, b::tainted);
                  return true;
                case PlanFields.ResourceValues.DEPOSED_KEY:
                  opt(name, in::string, b::deposedKey);
                  return true;
                case PlanFields.ResourceValues.IDENTITY_SCHEMA_VERSION:
                  b.identitySchemaVersion(in.value());
                  return true;
                case PlanFields.ResourceValues.IDENTITY:
                  b.identity(in.value());
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[0]) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, "a resource needs \"address\"");
    }
    if (!seen[1]) {
      b.type("");
    }
    if (!seen[2]) {
      b.name("");
    }
    if (forSecrets && skimmed[0] != null) {
      if (marked[0] == SOMETHING) {
        b.values(in.valueOf(skimmed[0]));
      }
      in.release(skimmed[0]);
    }
    return b.extras(extras).build();
  }

  private static final int UNSEEN = 0; // no sensitive_values yet
  private static final int NOTHING = 1; // sensitive_values marks nothing
  private static final int SOMETHING = 2;

  /**
   * Reads a mask ({@code sensitive_values}, {@code before_sensitive}, {@code after_sensitive}) for the
   * secrets it marks: the mask, or {@code null} when it marks nothing (then decided from its bytes,
   * without building it).
   */
  private JsonValue markingMask() throws IOException {
    SkimmingParser.Skimmed bytes = in.skim();
    if (bytes == null) {
      JsonValue mask = in.value();
      return marksAny(mask) ? mask : null;
    }
    try {
      if (!marksAny(bytes.bytes(), bytes.length())) {
        return null;
      }
      JsonValue mask = in.valueOf(bytes);
      return marksAny(mask) ? mask : null;
    } finally {
      in.release(bytes);
    }
  }

  /**
   * True when the bytes of a skimmed {@code sensitive_values} mask mark anything: a {@code true} outside
   * its member names (the bytes are valid JSON, so a {@code t} outside a string starts {@code true}).
   */
  private static boolean marksAny(byte[] mask, int length) {
    for (int i = 0; i < length; i++) {
      byte c = mask[i];
      if (c == 't') {
        return true;
      }
      if (c == '"') {
        for (i++; mask[i] != '"'; i++) {
          if (mask[i] == '\\') {
            i++;
          }
        }
      }
    }
    return false;
  }

  /** True when a {@code sensitive_values} mask marks anything. */
  private static boolean marksAny(JsonValue mask) {
    if (mask instanceof JsonValue.Bool m) {
      return m.value();
    }
    if (mask instanceof JsonValue.Obj o) {
      for (String k : o.keys()) {
        if (marksAny(o.get(k))) {
          return true;
        }
      }
    } else if (mask instanceof JsonValue.Arr a) {
      for (JsonValue e : a.elements()) {
        if (marksAny(e)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Reads a state representation. */
  public StateDocument readState() throws IOException, ReadFailure {
    ImmutableStateDocument.Builder b = ImmutableStateDocument.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.State.FORMAT_VERSION:
                  opt(name, in::string, b::formatVersion);
                  return true;
                case PlanFields.State.TERRAFORM_VERSION:
                  opt(name, in::string, b::terraformVersion);
                  return true;
                case PlanFields.State.VALUES:
                  opt(name, this::readValues, b::values);
                  return true;
                case PlanFields.State.CHECKS:
                  list(name, this::readCheck, b::addAllChecks);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  // ---- checks --------------------------------------------------------------------------------

  private Check readCheck() throws IOException, ReadFailure {
    ImmutableCheck.Builder b = ImmutableCheck.builder();
    boolean[] seen = new boolean[1];
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.Check.ADDRESS:
                  b.address(readCheckAddress());
                  seen[0] = true;
                  return true;
                case PlanFields.Check.STATUS:
                  opt(name, () -> CheckStatus.of(in.string()), b::status);
                  return true;
                case PlanFields.Check.INSTANCES:
                  list(name, this::readCheckInstance, b::addAllInstances);
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[0]) {
      b.address(ImmutableCheckAddress.builder().build());
    }
    return b.extras(extras).build();
  }

  private CheckInstance readCheckInstance() throws IOException, ReadFailure {
    ImmutableCheckInstance.Builder b = ImmutableCheckInstance.builder();
    boolean[] seen = new boolean[1];
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.CheckInstance.ADDRESS:
                  b.address(readCheckAddress());
                  seen[0] = true;
                  return true;
                case PlanFields.CheckInstance.STATUS:
                  opt(name, () -> CheckStatus.of(in.string()), b::status);
                  return true;
                case PlanFields.CheckInstance.PROBLEMS:
                  list(name, this::readCheckProblem, b::addAllProblems);
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[0]) {
      b.address(ImmutableCheckAddress.builder().build());
    }
    return b.extras(extras).build();
  }

  private CheckProblem readCheckProblem() throws IOException, ReadFailure {
    ImmutableCheckProblem.Builder b = ImmutableCheckProblem.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              if (name.equals(PlanFields.CheckProblem.MESSAGE)) {
                opt(name, in::string, b::message);
                return true;
              }
              return false;
            });
    return b.extras(extras).build();
  }

  private CheckAddress readCheckAddress() throws IOException, ReadFailure {
    ImmutableCheckAddress.Builder b = ImmutableCheckAddress.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.CheckAddress.KIND:
                  opt(name, in::string, b::kind);
                  return true;
                case PlanFields.CheckAddress.TO_DISPLAY:
                  opt(name, in::string, b::toDisplay);
                  return true;
                case PlanFields.CheckAddress.MODULE:
                  opt(name, in::string, b::module);
                  return true;
                case PlanFields.CheckAddress.MODE:
                  opt(name, () -> ResourceMode.of(in.string()), b::mode);
                  return true;
                case PlanFields.CheckAddress.TYPE:
                  opt(name, in::string, b::type);
                  return true;
                case PlanFields.CheckAddress.NAME:
                  opt(name, in::string, b::name);
                  return true;
                case PlanFields.CheckAddress.INSTANCE_KEY:
                  index(name, b::instanceKey);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  // ---- configuration -------------------------------------------------------------------------

  private Configuration readConfiguration() throws IOException, ReadFailure {
    ImmutableConfiguration.Builder b = ImmutableConfiguration.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.Configuration.PROVIDER_CONFIG:
                  map(name, this::readProviderConfig, b::putAllProviderConfig);
                  return true;
                case PlanFields.Configuration.ROOT_MODULE:
                  opt(name, this::readModuleConfig, b::rootModule);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private ProviderConfig readProviderConfig() throws IOException, ReadFailure {
    ImmutableProviderConfig.Builder b = ImmutableProviderConfig.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.ProviderConfig.NAME:
                  opt(name, in::string, b::name);
                  return true;
                case PlanFields.ProviderConfig.FULL_NAME:
                  opt(name, in::string, b::fullName);
                  return true;
                case PlanFields.ProviderConfig.ALIAS:
                  opt(name, in::string, b::alias);
                  return true;
                case PlanFields.ProviderConfig.VERSION_CONSTRAINT:
                  opt(name, in::string, b::versionConstraint);
                  return true;
                case PlanFields.ProviderConfig.MODULE_ADDRESS:
                  opt(name, in::string, b::moduleAddress);
                  return true;
                case PlanFields.ProviderConfig.EXPRESSIONS:
                  b.expressions(in.value());
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private ModuleConfig readModuleConfig() throws IOException, ReadFailure {
    ImmutableModuleConfig.Builder b = ImmutableModuleConfig.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.ModuleConfig.OUTPUTS:
                  map(name, this::readOutputConfig, b::putAllOutputs);
                  return true;
                case PlanFields.ModuleConfig.RESOURCES:
                  if (sink != null && !in.isNull()) {
                    in.forEachElement(this::readResourceConfig);
                  } else {
                    list(name, this::readResourceConfig, b::addAllResources);
                  }
                  return true;
                case PlanFields.ModuleConfig.MODULE_CALLS:
                  map(name, this::readModuleCall, b::putAllModuleCalls);
                  return true;
                case PlanFields.ModuleConfig.VARIABLES:
                  map(name, this::readVariableConfig, b::putAllVariables);
                  return true;
                case PlanFields.ModuleConfig.ACTIONS:
                  b.actions(in.value());
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private OutputConfig readOutputConfig() throws IOException, ReadFailure {
    ImmutableOutputConfig.Builder b = ImmutableOutputConfig.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.OutputConfig.EXPRESSION:
                  b.expression(in.value());
                  return true;
                case PlanFields.OutputConfig.SENSITIVE:
                  opt(name, in::bool, b::sensitive);
                  return true;
                case PlanFields.OutputConfig.DEPENDS_ON:
                  list(name, in::string, b::addAllDependsOn);
                  return true;
                case PlanFields.OutputConfig.DESCRIPTION:
                  opt(name, in::string, b::description);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private VariableConfig readVariableConfig() throws IOException, ReadFailure {
    ImmutableVariableConfig.Builder b = ImmutableVariableConfig.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.VariableConfig.DEFAULT:
                  b.defaultValue(in.value());
                  return true;
                case PlanFields.VariableConfig.DESCRIPTION:
                  opt(name, in::string, b::description);
                  return true;
                case PlanFields.VariableConfig.SENSITIVE:
                  opt(name, in::bool, b::sensitive);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private ResourceConfig readResourceConfig() throws IOException, ReadFailure {
    ImmutableResourceConfig.Builder b = ImmutableResourceConfig.builder();
    boolean[] seen = new boolean[3];
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.ResourceConfig.ADDRESS:
                  b.address(in.string());
                  seen[0] = true;
                  return true;
                case PlanFields.ResourceConfig.MODE:
                  b.mode(ResourceMode.of(in.string()));
                  return true;
                case PlanFields.ResourceConfig.TYPE:
                  b.type(in.string());
                  seen[1] = true;
                  return true;
                case PlanFields.ResourceConfig.NAME:
                  b.name(in.string());
                  seen[2] = true;
                  return true;
                case PlanFields.ResourceConfig.PROVIDER_CONFIG_KEY:
                  opt(name, in::string, b::providerConfigKey);
                  return true;
                case PlanFields.ResourceConfig.PROVISIONERS:
                  b.provisioners(in.value());
                  return true;
                case PlanFields.ResourceConfig.EXPRESSIONS:
                  b.expressions(in.value());
                  return true;
                case PlanFields.ResourceConfig.SCHEMA_VERSION:
                  b.schemaVersion(in.value());
                  return true;
                case PlanFields.ResourceConfig.COUNT_EXPRESSION:
                  b.countExpression(in.value());
                  return true;
                case PlanFields.ResourceConfig.FOR_EACH_EXPRESSION:
                  b.forEachExpression(in.value());
                  return true;
                case PlanFields.ResourceConfig.DEPENDS_ON:
                  list(name, in::string, b::addAllDependsOn);
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[0]) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, "a resource configuration needs \"address\"");
    }
    if (!seen[1]) {
      b.type("");
    }
    if (!seen[2]) {
      b.name("");
    }
    return b.extras(extras).build();
  }

  private ModuleCall readModuleCall() throws IOException, ReadFailure {
    ImmutableModuleCall.Builder b = ImmutableModuleCall.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case PlanFields.ModuleCall.SOURCE:
                  opt(name, in::string, b::source);
                  return true;
                case PlanFields.ModuleCall.EXPRESSIONS:
                  b.expressions(in.value());
                  return true;
                case PlanFields.ModuleCall.COUNT_EXPRESSION:
                  b.countExpression(in.value());
                  return true;
                case PlanFields.ModuleCall.FOR_EACH_EXPRESSION:
                  b.forEachExpression(in.value());
                  return true;
                case PlanFields.ModuleCall.MODULE:
                  opt(name, this::readModuleConfig, b::module);
                  return true;
                case PlanFields.ModuleCall.VERSION_CONSTRAINT:
                  opt(name, in::string, b::versionConstraint);
                  return true;
                case PlanFields.ModuleCall.DEPENDS_ON:
                  list(name, in::string, b::addAllDependsOn);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }
}
