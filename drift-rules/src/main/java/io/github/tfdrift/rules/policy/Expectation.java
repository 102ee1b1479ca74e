package io.github.tfdrift.rules.policy;

import io.github.tfdrift.core.address.AttributePath;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An {@code expected} entry: drift that people know about and mean to keep for a while (an emergency
 * change, a test). Matching drift is EXPECTED, with procedure ACCEPT, until the entry expires: it
 * applies up to and including {@code expires}, and stops applying the day after.
 *
 * @param type resource type glob ({@link Glob#any()} when not given)
 * @param address instance address glob
 * @param attributes the attributes whose drift is expected, path patterns ({@code all} when not
 *     given)
 * @param reason why the drift is expected (an incident or ticket); shown in reports
 * @param expires the last day the entry applies, if it expires
 * @param location where the entry was written
 */
public record Expectation(
    Glob type,
    Glob address,
    List<PathPattern> attributes,
    String reason,
    Optional<LocalDate> expires,
    Location location) {

  /** Validates and copies the parts. */
  public Expectation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(address, "address");
    attributes = List.copyOf(attributes);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(location, "location");
  }

  /** An entry built in code. */
  public static Expectation of(
      String addressGlob, List<String> attributes, String reason, LocalDate expires) {
    return new Expectation(
        Glob.any(),
        Glob.of(addressGlob),
        Policy.paths(attributes.toArray(new String[0])),
        reason,
        Optional.ofNullable(expires),
        Location.code());
  }

  /** True when the entry has expired on {@code today} (today is after {@code expires}). */
  public boolean isExpired(LocalDate today) {
    return expires.map(today::isAfter).orElse(false);
  }

  /**
   * How many days are left until the entry's last day: 0 when {@code today} is the {@code expires}
   * date (the last day the entry applies), 1 the day before, negative once it has expired; empty when
   * the entry does not expire.
   *
   * @param today the evaluation date
   * @return {@code expires - today} in days, if the entry expires
   */
  public OptionalLong daysUntilExpiry(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return expires.map(d -> OptionalLong.of(ChronoUnit.DAYS.between(today, d))).orElse(OptionalLong.empty());
  }

  /**
   * True when the entry still applies on {@code today} but expires within {@code warningDays} days:
   * {@code 0 <= expires - today <= warningDays}. Never true when {@code warningDays} is 0 or less (no
   * warnings) or the entry does not expire.
   *
   * @param today the evaluation date
   * @param warningDays the policy's {@code expiry_warning_days}
   * @return true when the entry should be renewed soon
   */
  public boolean isExpiringWithin(LocalDate today, int warningDays) {
    OptionalLong left = daysUntilExpiry(today);
    return warningDays > 0 && left.isPresent() && left.getAsLong() >= 0 && left.getAsLong() <= warningDays;
  }

  /** True when the entry applies to a resource of this type and address. */
  public boolean appliesTo(String resourceType, String instanceAddress) {
    return type.matches(resourceType) && address.matches(instanceAddress);
  }

  /** True when one of the attributes covers {@code path}. */
  public boolean covers(AttributePath path) {
    for (PathPattern a : attributes) {
      if (a.covers(path)) {
        return true;
      }
    }
    return false;
  }

  /** One line for reports: address, attributes, reason and expiry. */
  public String describe() {
    return address
        + " "
        + attributes.stream().map(PathPattern::render).toList()
        + ": "
        + reason
        + expires.map(d -> " (expires " + d + ")").orElse("")
        + (location.line() > 0 ? " at " + location : "");
  }
}
