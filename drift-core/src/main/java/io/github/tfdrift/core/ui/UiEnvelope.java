package io.github.tfdrift.core.ui;

import io.github.tfdrift.core.value.JsonValue;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields every UI message has: {@code type}, {@code @level}, {@code @message}, {@code @module},
 * {@code @timestamp}, the line it was read from, and the whole raw object for lossless access.
 *
 * <p>{@code @message} is the human-readable line the tool printed, and it can contain values (an
 * {@code id}, a provisioner's output, an expression's value), so {@code toString()} leaves it out.
 *
 * @param type the message type ({@code ""} when the object has none)
 * @param level {@code @level}
 * @param message {@code @message}, the human-readable text ({@code ""} when missing)
 * @param module {@code @module}: {@code terraform.ui} or {@code tofu.ui} ({@code ""} when missing)
 * @param timestamp {@code @timestamp} as written (RFC 3339); Terraform's test data strips it
 * @param line the 1-based line of the stream the message starts on
 * @param raw the message object as read
 */
public record UiEnvelope(
    String type,
    UiLevel level,
    String message,
    String module,
    Optional<String> timestamp,
    int line,
    JsonValue.Obj raw) {

  /** Validates the parts. */
  public UiEnvelope {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(raw, "raw");
  }

  /** {@code @timestamp} as a time, when present and well formed. */
  public Optional<OffsetDateTime> time() {
    return timestamp.flatMap(
        t -> {
          try {
            return Optional.of(OffsetDateTime.parse(t));
          } catch (DateTimeParseException e) {
            return Optional.empty();
          }
        });
  }

  /** {@code @testfile}, on messages of {@code terraform test}. */
  public Optional<String> testFile() {
    return raw.get("@testfile").asText();
  }

  /** {@code @testrun}, on messages of {@code terraform test}. */
  public Optional<String> testRun() {
    return raw.get("@testrun").asText();
  }

  /** Type, level and line; never {@code @message}. */
  @Override
  public String toString() {
    return "type=" + type + ", level=" + level + ", line=" + line;
  }
}
