package io.github.tfdrift.rules;

import io.github.tfdrift.core.model.InstanceId;
import java.util.Objects;
import java.util.Optional;

/**
 * A rule that failed: it threw, returned nothing usable, or could not be loaded. Only the rule id and
 * the exception's class name are kept, never its message, which could contain plan values.
 *
 * @param ruleId the rule (or provider class) that failed
 * @param exceptionClass the class name of what it threw
 * @param entry the entry being classified when it failed, if any
 */
public record RuleError(String ruleId, String exceptionClass, Optional<InstanceId> entry) {
  /** Validates the parts. */
  public RuleError {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(exceptionClass, "exceptionClass");
    Objects.requireNonNull(entry, "entry");
  }

  /** One line: {@code rule 'x' failed with java.lang.IllegalStateException on aws_s3_bucket.b}. */
  public String describe() {
    return "rule '"
        + ruleId
        + "' failed with "
        + exceptionClass
        + entry.map(e -> " on " + e).orElse("");
  }
}
