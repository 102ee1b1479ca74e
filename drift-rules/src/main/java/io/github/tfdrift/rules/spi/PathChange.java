package io.github.tfdrift.rules.spi;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.normalize.Normalizer;
import io.github.tfdrift.rules.policy.Expectation;
import io.github.tfdrift.rules.policy.IgnoreRule;
import java.util.Objects;
import java.util.Optional;

/**
 * One changed leaf of a change's {@code before}/{@code after}: where, the two values, and what the
 * policy and normalisers say about it. {@link #toString()} never shows the values; to show a value in
 * a reason use {@link PlanContext#display}, which hides sensitive ones.
 *
 * @param path the attribute path
 * @param before the value before ({@link JsonValue#absent()} when the key was missing)
 * @param after the value after ({@link JsonValue#absent()} when missing or unknown)
 * @param sensitive true when either side is marked sensitive
 * @param unknown true when the after value is known only after apply
 * @param category what the policy and normalisers say
 * @param ignoredBy the ignore entry that covers the path, when IGNORED
 * @param expectedBy the expected entry that covers the path, when EXPECTED
 * @param normalizer the normaliser under which the values are equal, when COSMETIC
 */
public record PathChange(
    AttributePath path,
    JsonValue before,
    JsonValue after,
    boolean sensitive,
    boolean unknown,
    PathCategory category,
    Optional<IgnoreRule> ignoredBy,
    Optional<Expectation> expectedBy,
    Optional<Normalizer> normalizer) {

  /** Validates the parts. */
  public PathChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(ignoredBy, "ignoredBy");
    Objects.requireNonNull(expectedBy, "expectedBy");
    Objects.requireNonNull(normalizer, "normalizer");
  }

  /** True for {@link PathCategory#REAL}. */
  public boolean isReal() {
    return category == PathCategory.REAL;
  }

  /** True when this path and {@code other} overlap (one covers the other). */
  public boolean overlaps(AttributePath other) {
    return path.overlaps(other);
  }

  @Override
  public String toString() {
    return "PathChange{" + path.render() + " " + category + (sensitive ? " sensitive" : "") + (unknown ? " unknown" : "") + "}";
  }
}
