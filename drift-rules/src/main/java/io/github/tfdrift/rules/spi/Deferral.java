package io.github.tfdrift.rules.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * Plain words for the {@code reason} of a {@code deferred_changes} entry (Terraform 1.9+, {@code
 * plan -allow-deferral}): why a change could not be planned yet, and when it will be. The vocabulary
 * is open: a word this version does not know is kept and shown as written, never rejected. For rules
 * that explain deferred changes ({@link EntryFacts#deferralReason()}).
 *
 * <pre>{@code
 * "aws_instance.worker[*] would be created " + Deferral.once(r) + " (" + Deferral.tag(r) + ")"
 * // aws_instance.worker[*] would be created once its count or for_each is known (deferral reason instance_count_unknown)
 * }</pre>
 */
public final class Deferral {
  /** Terraform did not say why (also what Terraform maps reasons it does not recognise to). */
  public static final String UNKNOWN = "unknown";
  /** {@code count} or {@code for_each} is not known yet, so neither are the instances. */
  public static final String INSTANCE_COUNT_UNKNOWN = "instance_count_unknown";
  /** The resource's configuration depends on values not known yet. */
  public static final String RESOURCE_CONFIG_UNKNOWN = "resource_config_unknown";
  /** The provider's configuration depends on values not known yet. */
  public static final String PROVIDER_CONFIG_UNKNOWN = "provider_config_unknown";
  /** The change depends on another change that was deferred. */
  public static final String DEFERRED_PREREQ = "deferred_prereq";
  /** The change depends on an object that does not exist yet. */
  public static final String ABSENT_PREREQ = "absent_prereq";

  private Deferral() {}

  /**
   * What has to happen before the change can be planned, for the reasons that say so: {@code its
   * count or for_each is known} for {@code instance_count_unknown}; empty for {@code unknown}, an
   * empty reason, or a word this version does not know.
   *
   * @param reason the reason word as the plan wrote it
   * @return a clause without a final full stop
   */
  public static Optional<String> condition(String reason) {
    switch (Objects.requireNonNull(reason, "reason")) {
      case INSTANCE_COUNT_UNKNOWN:
        return Optional.of("its count or for_each is known");
      case RESOURCE_CONFIG_UNKNOWN:
        return Optional.of("the values its configuration depends on are known");
      case PROVIDER_CONFIG_UNKNOWN:
        return Optional.of("its provider's configuration is known");
      case DEFERRED_PREREQ:
        return Optional.of("the deferred changes it depends on are planned");
      case ABSENT_PREREQ:
        return Optional.of("the objects it depends on exist");
      default:
        return Optional.empty();
    }
  }

  /**
   * When the change will be planned: {@code once its count or for_each is known}, or {@code in a
   * later plan} when the reason does not say.
   *
   * @param reason the reason word as the plan wrote it
   * @return a clause without a final full stop
   */
  public static String once(String reason) {
    return condition(reason).map(c -> "once " + c).orElse("in a later plan");
  }

  /**
   * How long the change waits: {@code until its provider's configuration is known}, or {@code to a
   * later plan} when the reason does not say.
   *
   * @param reason the reason word as the plan wrote it
   * @return a clause without a final full stop
   */
  public static String until(String reason) {
    return condition(reason).map(c -> "until " + c).orElse("to a later plan");
  }

  /**
   * Why, in plain words: {@code its count or for_each is not known yet} for {@code
   * instance_count_unknown}, {@code the plan does not say why} for {@code unknown}, {@code a reason
   * this version does not know} for any other word.
   *
   * @param reason the reason word as the plan wrote it (empty when the plan gave none)
   * @return a clause, lower case, without a final full stop
   */
  public static String cause(String reason) {
    switch (Objects.requireNonNull(reason, "reason")) {
      case INSTANCE_COUNT_UNKNOWN:
        return "its count or for_each is not known yet";
      case RESOURCE_CONFIG_UNKNOWN:
        return "values its configuration depends on are not known yet";
      case PROVIDER_CONFIG_UNKNOWN:
        return "its provider's configuration is not known yet";
      case DEFERRED_PREREQ:
        return "it depends on changes that are deferred too";
      case ABSENT_PREREQ:
        return "it depends on objects that do not exist yet";
      case UNKNOWN:
        return "the plan does not say why";
      case "":
        return "the plan gives no reason";
      default:
        return "a reason this version does not know";
    }
  }

  /**
   * The reason word as the plan wrote it, for parentheses: {@code deferral reason
   * provider_config_unknown}; with its meaning when {@link #condition} does not say it already
   * ({@code deferral reason unknown: the plan does not say why}, {@code deferral reason
   * some_new_word: a reason this version does not know}); {@code no deferral reason given} for an
   * empty reason.
   *
   * @param reason the reason word as the plan wrote it
   * @return a phrase without a final full stop
   */
  public static String tag(String reason) {
    if (reason.isEmpty()) {
      return "no deferral reason given";
    }
    return "deferral reason " + reason + (condition(reason).isPresent() ? "" : ": " + cause(reason));
  }
}
