package io.github.tfdrift.core.ui;

import io.github.tfdrift.core.value.JsonValue;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One message of a machine-readable UI stream ({@code terraform plan -json}, {@code apply -json},
 * {@code tofu ... -json}), typed by its {@code type}. Every message keeps the common fields and its raw
 * object ({@link #raw()}), so nothing in the stream is lost; types this library does not model are
 * {@link OtherMessage}s.
 *
 * <pre>{@code
 * switch on message:
 *   VersionMessage v       -> v.version(), v.uiVersion(), v.producer()
 *   PlannedChangeMessage c -> c.resource().addr(), c.action()
 *   DiagnosticMessage d    -> d.severity(), d.summary(), d.range()
 * }</pre>
 *
 * <p>{@code toString()} prints the class, type, level, line and address only: {@code @message} and
 * other texts can contain values.
 */
public sealed interface UiMessage
    permits VersionMessage,
        DiagnosticMessage,
        ResourceChangeMessage,
        ChangeSummaryMessage,
        OutputsMessage,
        HookMessage,
        LogMessage,
        OtherMessage {

  /** The common fields and the raw object. */
  UiEnvelope envelope();

  /** {@code type}, e.g. {@code planned_change} ({@code ""} when the object had none). */
  default String type() {
    return envelope().type();
  }

  /** {@code @level}. */
  default UiLevel level() {
    return envelope().level();
  }

  /** {@code @message}: the human-readable line. It can contain values: do not log it blindly. */
  default String message() {
    return envelope().message();
  }

  /** {@code @module}: {@code terraform.ui} or {@code tofu.ui}. */
  default String module() {
    return envelope().module();
  }

  /** {@code @timestamp} as written. */
  default Optional<String> timestamp() {
    return envelope().timestamp();
  }

  /** {@code @timestamp} as a time, when present and well formed. */
  default Optional<OffsetDateTime> time() {
    return envelope().time();
  }

  /** The 1-based line of the stream the message starts on. */
  default int line() {
    return envelope().line();
  }

  /** The message object exactly as read. */
  default JsonValue.Obj raw() {
    return envelope().raw();
  }

  /** The address of the resource (or other object) the message is about, when it has one. */
  default Optional<String> address() {
    return Optional.empty();
  }

  /** Class, type, level, line and address, for {@code toString()}; never {@code @message}. */
  static String describe(UiMessage m) {
    return m.getClass().getSimpleName()
        + "["
        + m.envelope()
        + m.address().map(a -> ", address=" + a).orElse("")
        + "]";
  }
}
