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
 * @param deferredChanges how many entries of {@code deferred_changes} were delivered (0 when the read
 *     was not asked for them)
 */
public record StreamSummary(
    String formatVersion,
    Optional<String> terraformVersion,
    long resourceChanges,
    long resourceDrift,
    long deferredChanges) {

  /** Validates the parts. */
  public StreamSummary {
    Objects.requireNonNull(formatVersion, "formatVersion");
    Objects.requireNonNull(terraformVersion, "terraformVersion");
  }

  /**
   * A summary of a read that delivered no deferred changes.
   *
   * @param formatVersion {@code format_version} of the plan
   * @param terraformVersion {@code terraform_version}, when present
   * @param resourceChanges how many entries of {@code resource_changes} were delivered
   * @param resourceDrift how many entries of {@code resource_drift} were delivered
   */
  public StreamSummary(String formatVersion, Optional<String> terraformVersion, long resourceChanges, long resourceDrift) {
    this(formatVersion, terraformVersion, resourceChanges, resourceDrift, 0);
  }
}
