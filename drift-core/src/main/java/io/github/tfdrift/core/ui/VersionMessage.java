package io.github.tfdrift.core.ui;

import io.github.tfdrift.core.model.Producer;
import java.util.Objects;

/**
 * The {@code version} message that starts every stream: the tool's version ({@code terraform} key, or
 * OpenTofu's {@code tofu} key) and the stream schema's version ({@code ui}).
 *
 * @param envelope the common fields
 * @param version the tool's version, e.g. {@code 1.11.4} ({@code ""} when missing)
 * @param uiVersion the UI stream schema version, e.g. {@code 1.2} ({@code ""} when missing)
 * @param producer which tool wrote the stream, from the version key
 */
public record VersionMessage(UiEnvelope envelope, String version, String uiVersion, Producer producer)
    implements UiMessage {

  /** Validates the parts. */
  public VersionMessage {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(uiVersion, "uiVersion");
    Objects.requireNonNull(producer, "producer");
  }

  /** The major number of {@link #uiVersion()}, or -1 when it is not a version. */
  public int uiMajor() {
    int dot = uiVersion.indexOf('.');
    String major = dot < 0 ? uiVersion : uiVersion.substring(0, dot);
    if (major.isEmpty() || major.length() > 6 || !major.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(major);
  }

  @Override
  public String toString() {
    return UiMessage.describe(this);
  }
}
