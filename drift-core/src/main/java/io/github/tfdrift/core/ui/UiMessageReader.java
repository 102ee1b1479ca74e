package io.github.tfdrift.core.ui;

import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.value.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns one UI message object into its typed {@link UiMessage}. A known type whose fields have the
 * wrong shape becomes an {@link OtherMessage} plus a {@link UiProblem} naming the field (never its
 * content).
 */
final class UiMessageReader {
  /** The highest {@code ui} major version this reader knows. */
  public static final int KNOWN_UI_MAJOR = 1;

  private static final Set<String> HOOKS =
      Set.of(
          "apply_start",
          "apply_progress",
          "apply_complete",
          "apply_errored",
          "provision_start",
          "provision_progress",
          "provision_complete",
          "provision_errored",
          "refresh_start",
          "refresh_complete",
          "ephemeral_op_start",
          "ephemeral_op_progress",
          "ephemeral_op_complete",
          "ephemeral_op_errored",
          "ephemeral_action_started",
          "ephemeral_action_complete");

  private final String source;
  private final List<UiProblem> problems;

  /** A reader that adds its problems to {@code problems}. */
  public UiMessageReader(String source, List<UiProblem> problems) {
    this.source = source;
    this.problems = problems;
  }

  /** A field with the wrong shape; the message names the field only. */
  private static final class Shape extends Exception {
    private static final long serialVersionUID = 1L;

    Shape(String message) {
      super(message, null, false, false);
    }
  }

  /** Reads one message object that starts on {@code line}. */
  public UiMessage read(JsonValue.Obj o, int line) {
    Optional<String> type = o.get("type").asText();
    UiEnvelope env =
        new UiEnvelope(
            type.orElse(""),
            UiLevel.of(o.get("@level").asText().orElse("")),
            o.get("@message").asText().orElse(""),
            o.get("@module").asText().orElse(""),
            o.get("@timestamp").asText(),
            line,
            o);
    if (type.isEmpty()) {
      problems.add(
          new UiProblem(
              source,
              line,
              0,
              UiProblem.Kind.MISSING_TYPE,
              "the JSON object has no string \"type\", so it is not a UI message; kept as an other message"));
      return new OtherMessage(env);
    }
    try {
      return typed(env, type.get(), o);
    } catch (Shape e) {
      problems.add(
          new UiProblem(
              source,
              line,
              0,
              UiProblem.Kind.UNEXPECTED_SHAPE,
              "the " + type.get() + " message " + e.getMessage() + "; kept as an other message"));
      return new OtherMessage(env);
    }
  }

  private UiMessage typed(UiEnvelope env, String type, JsonValue.Obj o) throws Shape {
    switch (type) {
      case "version":
        return version(env, o);
      case "diagnostic":
        return new DiagnosticMessage(env, diagnostic(requiredObj(o, "diagnostic")));
      case "planned_change":
        return new PlannedChangeMessage(env, change(requiredObj(o, "change"), "change"));
      case "resource_drift":
        return new ResourceDriftMessage(env, change(requiredObj(o, "change"), "change"));
      case "change_summary":
        return summary(env, requiredObj(o, "changes"));
      case "outputs":
        return outputs(env, requiredObj(o, "outputs"));
      case "log":
        return new LogMessage(env);
      default:
        if (HOOKS.contains(type)) {
          return hook(env, requiredObj(o, "hook"));
        }
        if (o.get("hook") instanceof JsonValue.Obj h && h.get("resource") instanceof JsonValue.Obj) {
          // A hook type added after this release: typed when it has the usual shape.
          try {
            return hook(env, h);
          } catch (Shape e) {
            return new OtherMessage(env);
          }
        }
        return new OtherMessage(env);
    }
  }

  private VersionMessage version(UiEnvelope env, JsonValue.Obj o) throws Shape {
    Optional<String> terraform = str(o, "terraform", "");
    Optional<String> tofu = str(o, "tofu", "");
    String ui = str(o, "ui", "").orElse("");
    Producer producer;
    if (tofu.isPresent()) {
      producer = new Producer(Producer.Tool.OPENTOFU, "the version message has a \"tofu\" key");
    } else if (terraform.isPresent()) {
      producer = new Producer(Producer.Tool.TERRAFORM, "the version message has a \"terraform\" key");
    } else {
      producer = new Producer(Producer.Tool.UNKNOWN, "the version message names no tool");
    }
    VersionMessage v = new VersionMessage(env, tofu.or(() -> terraform).orElse(""), ui, producer);
    if (v.uiMajor() > KNOWN_UI_MAJOR) {
      problems.add(
          new UiProblem(
              source,
              env.line(),
              0,
              UiProblem.Kind.UNSUPPORTED_VERSION,
              "UI stream version "
                  + ui
                  + " has a major version this library does not know (it reads 0.x and 1.x);"
                  + " messages are read as far as they look familiar"));
    }
    return v;
  }

  private static Diagnostic diagnostic(JsonValue.Obj d) throws Shape {
    Optional<SourceRange> range = Optional.empty();
    Optional<JsonValue.Obj> r = obj(d, "range", "diagnostic.");
    if (r.isPresent()) {
      range =
          Optional.of(
              new SourceRange(
                  str(r.get(), "filename", "diagnostic.range.").orElse(""),
                  position(r.get(), "start"),
                  position(r.get(), "end")));
    }
    Optional<Snippet> snippet = Optional.empty();
    Optional<JsonValue.Obj> s = obj(d, "snippet", "diagnostic.");
    if (s.isPresent()) {
      String p = "diagnostic.snippet.";
      List<ExpressionValue> values = new ArrayList<>();
      JsonValue vs = s.get().get("values");
      if (vs instanceof JsonValue.Arr arr) {
        for (int i = 0; i < arr.size(); i++) {
          if (!(arr.get(i) instanceof JsonValue.Obj v)) {
            throw new Shape("has a " + p + "values element that is not an object");
          }
          values.add(
              new ExpressionValue(
                  str(v, "traversal", p + "values[].").orElse(""),
                  str(v, "statement", p + "values[].").orElse("")));
        }
      } else if (!vs.isNullOrAbsent()) {
        throw new Shape("has a " + p + "values that is not an array");
      }
      snippet =
          Optional.of(
              new Snippet(
                  str(s.get(), "context", p),
                  str(s.get(), "code", p).orElse(""),
                  integer(s.get(), "start_line", p).orElse(0),
                  integer(s.get(), "highlight_start_offset", p).orElse(0),
                  integer(s.get(), "highlight_end_offset", p).orElse(0),
                  values));
    }
    return new Diagnostic(
        DiagnosticSeverity.of(str(d, "severity", "diagnostic.").orElse("unknown")),
        str(d, "summary", "diagnostic.").orElse(""),
        str(d, "detail", "diagnostic.").orElse(""),
        str(d, "address", "diagnostic.").filter(a -> !a.isEmpty()),
        range,
        snippet);
  }

  private static SourcePosition position(JsonValue.Obj range, String key) throws Shape {
    String p = "diagnostic.range." + key + ".";
    Optional<JsonValue.Obj> pos = obj(range, key, "diagnostic.range.");
    if (pos.isEmpty()) {
      return new SourcePosition(0, 0, 0);
    }
    return new SourcePosition(
        integer(pos.get(), "line", p).orElse(0),
        integer(pos.get(), "column", p).orElse(0),
        integer(pos.get(), "byte", p).orElse(0));
  }

  private static UiResourceChange change(JsonValue.Obj c, String where) throws Shape {
    String p = where + ".";
    Optional<UiResourceAddress> previous = Optional.empty();
    Optional<JsonValue.Obj> prev = obj(c, "previous_resource", p);
    if (prev.isPresent()) {
      previous = Optional.of(address(prev.get(), p + "previous_resource."));
    }
    Optional<JsonValue.Obj> importing = obj(c, "importing", p);
    Optional<String> importingId = Optional.empty();
    if (importing.isPresent()) {
      importingId = str(importing.get(), "id", p + "importing.");
    }
    return new UiResourceChange(
        address(requiredObj(c, "resource", p), p + "resource."),
        previous,
        UiAction.of(requiredStr(c, "action", p)),
        str(c, "reason", p).filter(r -> !r.isEmpty()).map(UiChangeReason::of),
        importing.isPresent(),
        importingId,
        str(c, "generated_config", p).filter(g -> !g.isEmpty()));
  }

  private static UiResourceAddress address(JsonValue.Obj a, String p) throws Shape {
    JsonValue key = a.get("resource_key");
    Optional<InstanceKey> k = InstanceKey.fromJson(key);
    if (k.isEmpty() && !key.isNullOrAbsent()) {
      throw new Shape("has a " + p + "resource_key that is neither a whole number nor a string");
    }
    return new UiResourceAddress(
        requiredStr(a, "addr", p),
        str(a, "module", p).orElse(""),
        str(a, "resource", p).orElse(""),
        str(a, "implied_provider", p).orElse(""),
        str(a, "resource_type", p).orElse(""),
        str(a, "resource_name", p).orElse(""),
        k);
  }

  private static ChangeSummaryMessage summary(UiEnvelope env, JsonValue.Obj c) throws Shape {
    String p = "changes.";
    return new ChangeSummaryMessage(
        env,
        integer(c, "add", p).orElse(0),
        integer(c, "change", p).orElse(0),
        integer(c, "import", p),
        integer(c, "remove", p).orElse(0),
        integer(c, "forget", p),
        str(c, "operation", p).orElse(""));
  }

  private static OutputsMessage outputs(UiEnvelope env, JsonValue.Obj outs) throws Shape {
    Map<String, UiOutput> m = new LinkedHashMap<>();
    for (String name : outs.keys()) {
      if (!(outs.get(name) instanceof JsonValue.Obj out)) {
        throw new Shape("has an output that is not an object");
      }
      String p = "outputs.<name>.";
      m.put(
          name,
          new UiOutput(
              bool(out, "sensitive", p).orElse(false),
              str(out, "action", p).map(UiAction::of),
              out.get("type"),
              out.get("value")));
    }
    return new OutputsMessage(env, m);
  }

  private static HookMessage hook(UiEnvelope env, JsonValue.Obj h) throws Shape {
    String p = "hook.";
    return new HookMessage(
        env,
        address(requiredObj(h, "resource", p), p + "resource."),
        str(h, "action", p).map(UiAction::of),
        str(h, "id_key", p),
        str(h, "id_value", p),
        number(h, "elapsed_seconds", p),
        str(h, "provisioner", p),
        str(h, "output", p));
  }

  // Field readers: null and missing both read as empty; another type is a Shape.

  private static Optional<String> str(JsonValue.Obj o, String key, String where) throws Shape {
    JsonValue v = o.get(key);
    if (v.isNullOrAbsent()) {
      return Optional.empty();
    }
    if (v instanceof JsonValue.Str s) {
      return Optional.of(s.value());
    }
    throw new Shape("has a " + where + key + " that is not a string");
  }

  private static String requiredStr(JsonValue.Obj o, String key, String where) throws Shape {
    Optional<String> s = str(o, key, where);
    if (s.isEmpty()) {
      throw new Shape("has no " + where + key);
    }
    return s.get();
  }

  private static Optional<JsonValue.Obj> obj(JsonValue.Obj o, String key, String where)
      throws Shape {
    JsonValue v = o.get(key);
    if (v.isNullOrAbsent()) {
      return Optional.empty();
    }
    if (v instanceof JsonValue.Obj x) {
      return Optional.of(x);
    }
    throw new Shape("has a " + where + key + " that is not an object");
  }

  private static JsonValue.Obj requiredObj(JsonValue.Obj o, String key) throws Shape {
    return requiredObj(o, key, "");
  }

  private static JsonValue.Obj requiredObj(JsonValue.Obj o, String key, String where) throws Shape {
    Optional<JsonValue.Obj> x = obj(o, key, where);
    if (x.isEmpty()) {
      throw new Shape("has no " + where + key + " object");
    }
    return x.get();
  }

  private static OptionalInt integer(JsonValue.Obj o, String key, String where) throws Shape {
    JsonValue v = o.get(key);
    if (v.isNullOrAbsent()) {
      return OptionalInt.empty();
    }
    if (v instanceof JsonValue.Num n) {
      try {
        return OptionalInt.of(n.decimalValue().intValueExact());
      } catch (ArithmeticException e) {
        throw new Shape("has a " + where + key + " that is not a whole number in range");
      }
    }
    throw new Shape("has a " + where + key + " that is not a number");
  }

  private static Optional<BigDecimal> number(JsonValue.Obj o, String key, String where)
      throws Shape {
    JsonValue v = o.get(key);
    if (v.isNullOrAbsent()) {
      return Optional.empty();
    }
    if (v instanceof JsonValue.Num n) {
      return Optional.of(n.decimalValue());
    }
    throw new Shape("has a " + where + key + " that is not a number");
  }

  private static Optional<Boolean> bool(JsonValue.Obj o, String key, String where) throws Shape {
    JsonValue v = o.get(key);
    if (v.isNullOrAbsent()) {
      return Optional.empty();
    }
    if (v instanceof JsonValue.Bool b) {
      return Optional.of(b.value());
    }
    throw new Shape("has a " + where + key + " that is not a boolean");
  }
}
