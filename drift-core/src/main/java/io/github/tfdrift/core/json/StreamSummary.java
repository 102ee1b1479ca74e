package io.github.tfdrift.core.json;

import java.util.Objects;
import java.util.Optional;

/**
 * What a streaming read ({@link PlanReader#stream(java.io.InputStream, String, java.util.function.Consumer,
 * java.util.function.Consumer)}) saw besides the entries it delivered.
 *
 * @param formatVersion {@code format_version} of the plan
 * @param terraformVersion {@code terraform_version}, when present
 * @param resourceChanges how many entries of {@code resource_changes} were delivered
 * @param resourceDrift how many entries of {@code resource_drift} were delivered
 */
public record StreamSummary(
    String formatVersion, Optional<String> terraformVersion, long resourceChanges, long resourceDrift) {

  /** Validates the parts. */
  public StreamSummary {
    Objects.requireNonNull(formatVersion, "formatVersion");
    Objects.requireNonNull(terraformVersion, "terraformVersion");
  }
}
