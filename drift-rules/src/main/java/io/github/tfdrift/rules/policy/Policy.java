package io.github.tfdrift.rules.policy;

import io.github.tfdrift.rules.lifecycle.ConfiguredLifecycle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The drift policy: what the plan JSON cannot say. Read one with {@link PolicyReader} (YAML or JSON)
 * or build one with {@link #builder()}. Immutable.
 *
 * <ul>
 *   <li>{@code ignore_changes}: the lifecycle {@code ignore_changes} of the configuration ({@link
 *       IgnoreRule});
 *   <li>{@code expected}: acknowledged drift with a reason and an expiry date ({@link Expectation});
 *   <li>{@code accept}: drift to accept into the configuration rather than revert ({@link
 *       AcceptRule});
 *   <li>{@code normalizers}: extra normalisers per resource type and path ({@link
 *       NormalizerAttachment});
 *   <li>{@code required_tags}: the opt-in tag check ({@link RequiredTags});
 *   <li>{@code expiry_warning_days}: how many days before an {@code expected} entry expires the
 *       reports and {@code drift policy check} warn about it ({@link #expiryWarningDays()}, default
 *       {@value #DEFAULT_EXPIRY_WARNING_DAYS}, 0 for no warnings);
 *   <li>{@code rules}: how far rules may go; {@code allow_plugin_suppression: false} forbids
 *       suppression by rules that are not built in ({@link #allowPluginSuppression()}, default true);
 *   <li>{@code checks}: whether failed and errored checks make the run actionable; {@code fail_run:
 *       false} reports them only ({@link #checksFailRun()}, default true).
 * </ul>
 */
public final class Policy {
  /** The {@code expiry_warning_days} of a policy that does not set it. */
  public static final int DEFAULT_EXPIRY_WARNING_DAYS = 14;

  private static final Policy EMPTY = builder().build();

  private final List<IgnoreRule> ignoreChanges;
  private final List<Expectation> expected;
  private final List<AcceptRule> accept;
  private final List<NormalizerAttachment> normalizers;
  private final RequiredTags requiredTags;
  private final int expiryWarningDays;
  private final boolean allowPluginSuppression;
  private final boolean checksFailRun;
  private final Optional<String> source;
  private final List<PolicyWarning> warnings;
  private final Map<String, ConfiguredLifecycle> lifecycle;
  private final Map<String, IgnoreRule> lifecycleIgnores;

  private Policy(Builder b) {
    this.ignoreChanges = List.copyOf(b.ignoreChanges);
    this.expected = List.copyOf(b.expected);
    this.accept = List.copyOf(b.accept);
    this.normalizers = List.copyOf(b.normalizers);
    this.requiredTags = b.requiredTags;
    this.expiryWarningDays = b.expiryWarningDays;
    this.allowPluginSuppression = b.allowPluginSuppression;
    this.checksFailRun = b.checksFailRun;
    this.source = b.source;
    this.warnings = List.copyOf(b.warnings);
    this.lifecycle = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.lifecycle));
    Map<String, IgnoreRule> ignores = new LinkedHashMap<>();
    for (ConfiguredLifecycle lc : b.lifecycle.values()) {
      IgnoreRule.fromLifecycle(lc).ifPresent(r -> ignores.put(lc.address(), r));
    }
    this.lifecycleIgnores = ignores;
  }

  /** The empty policy: nothing ignored, nothing expected, no extra normalisers, tags not checked. */
  public static Policy empty() {
    return EMPTY;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy's contents. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.ignoreChanges.addAll(ignoreChanges);
    b.expected.addAll(expected);
    b.accept.addAll(accept);
    b.normalizers.addAll(normalizers);
    b.requiredTags = requiredTags;
    b.expiryWarningDays = expiryWarningDays;
    b.allowPluginSuppression = allowPluginSuppression;
    b.checksFailRun = checksFailRun;
    b.source = source;
    b.warnings.addAll(warnings);
    b.lifecycle.putAll(lifecycle);
    return b;
  }

  /**
   * A copy that also knows the configuration's {@code lifecycle} of these resources (read
   * from the {@code .tf} files, e.g. by drift-config): their {@code ignore_changes} join the policy's
   * in {@link #ignoresFor}, cited at their place in the configuration, and their {@code
   * prevent_destroy} is checked against planned deletions. A later entry for the same address
   * replaces an earlier one.
   *
   * @param configured one entry per resource address (without instance keys)
   * @return the policy with the configuration's lifecycle
   */
  public Policy withLifecycle(Collection<ConfiguredLifecycle> configured) {
    Builder b = toBuilder();
    for (ConfiguredLifecycle lc : configured) {
      b.lifecycle.put(lc.address(), lc);
    }
    return b.build();
  }

  /** The configuration's lifecycle of every resource given with {@link #withLifecycle}, by resource address. */
  public Map<String, ConfiguredLifecycle> lifecycle() {
    return lifecycle;
  }

  /** The configuration's lifecycle of a resource instance's resource, when it was given. */
  public Optional<ConfiguredLifecycle> lifecycleFor(String instanceAddress) {
    if (lifecycle.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(lifecycle.get(ConfiguredLifecycle.resourceAddressOf(instanceAddress)));
  }

  /**
   * The policy's own {@code ignore_changes} entries that apply to one resource instance, without
   * the configuration's: to tell which configured ignores the policy file lacks.
   */
  public InstanceIgnores policyIgnoresFor(String resourceType, String instanceAddress) {
    return InstanceIgnores.of(ignoreChanges, resourceType, instanceAddress);
  }

  /** The {@code ignore_changes} entries. */
  public List<IgnoreRule> ignoreChanges() {
    return ignoreChanges;
  }

  /** The {@code expected} entries. */
  public List<Expectation> expected() {
    return expected;
  }

  /** The {@code accept} entries. */
  public List<AcceptRule> accept() {
    return accept;
  }

  /** The {@code normalizers} attachments. */
  public List<NormalizerAttachment> normalizers() {
    return normalizers;
  }

  /** The {@code required_tags} configuration. */
  public RequiredTags requiredTags() {
    return requiredTags;
  }

  /**
   * The {@code expiry_warning_days}: an active {@code expected} entry whose {@code expires} date is at
   * most this many days after the evaluation date is reported as expiring soon (see {@link
   * Expectation#isExpiringWithin}). {@value #DEFAULT_EXPIRY_WARNING_DAYS} unless set; 0 means no
   * warnings. Never negative.
   */
  public int expiryWarningDays() {
    return expiryWarningDays;
  }

  /**
   * The {@code rules: {allow_plugin_suppression: ...}} switch: when false, suppressions made by rules
   * that are not built in (plug-in rules from a {@code RuleProvider}, rules added in code, and rules
   * that replace a built-in rule by its id) are kept in the entry's findings but never applied. True
   * unless set. Escalations and ordinary proposals of plug-in rules are not affected.
   */
  public boolean allowPluginSuppression() {
    return allowPluginSuppression;
  }

  /**
   * The {@code checks: {fail_run: ...}} switch: when true (the default), a failed or errored check
   * ({@code checks} in the plan) makes the decision at least actionable (exit code 2); when false,
   * checks are reported only.
   */
  public boolean checksFailRun() {
    return checksFailRun;
  }

  /** The file the policy was read from, if any. */
  public Optional<String> source() {
    return source;
  }

  /**
   * What {@link PolicyReader} found probably wrong in the file without making it invalid, in
   * document order: attribute paths that can never match. Empty for a policy built in code.
   */
  public List<PolicyWarning> warnings() {
    return warnings;
  }

  /**
   * The {@code ignore_changes} entries that apply to one resource instance: the single
   * implementation of ignore matching, used for the IGNORED category and for reasons alike. The
   * configuration's own entry ({@link #withLifecycle}) comes first, then the policy's.
   *
   * @param resourceType the instance's resource type
   * @param instanceAddress the instance's address
   * @return the applicable entries
   */
  public InstanceIgnores ignoresFor(String resourceType, String instanceAddress) {
    IgnoreRule configured = lifecycleIgnores.isEmpty()
        ? null
        : lifecycleIgnores.get(ConfiguredLifecycle.resourceAddressOf(instanceAddress));
    return InstanceIgnores.of(configured, ignoreChanges, resourceType, instanceAddress);
  }

  /** Parses attribute path patterns; throws on a bad one (for code). {@code all} when none given. */
  static List<PathPattern> paths(String... attributes) {
    List<PathPattern> l = new ArrayList<>();
    for (String a : attributes) {
      l.add(PathPattern.of(a));
    }
    return l.isEmpty() ? List.of(PathPattern.all()) : l;
  }

  @Override
  public String toString() {
    return "Policy{ignore_changes="
        + ignoreChanges.size()
        + ", expected="
        + expected.size()
        + ", accept="
        + accept.size()
        + ", normalizers="
        + normalizers.size()
        + ", required_tags="
        + requiredTags.enabled()
        + (expiryWarningDays == DEFAULT_EXPIRY_WARNING_DAYS ? "" : ", expiry_warning_days=" + expiryWarningDays)
        + (allowPluginSuppression ? "" : ", allow_plugin_suppression=false")
        + (checksFailRun ? "" : ", checks.fail_run=false")
        + (lifecycle.isEmpty() ? "" : ", lifecycle=" + lifecycle.size())
        + source.map(s -> ", source=" + s).orElse("")
        + "}";
  }

  /** Builds a {@link Policy}. */
  public static final class Builder {
    private final List<IgnoreRule> ignoreChanges = new ArrayList<>();
    private final List<Expectation> expected = new ArrayList<>();
    private final List<AcceptRule> accept = new ArrayList<>();
    private final List<NormalizerAttachment> normalizers = new ArrayList<>();
    private RequiredTags requiredTags = RequiredTags.disabled();
    private int expiryWarningDays = DEFAULT_EXPIRY_WARNING_DAYS;
    private boolean allowPluginSuppression = true;
    private boolean checksFailRun = true;
    private Optional<String> source = Optional.empty();
    private final List<PolicyWarning> warnings = new ArrayList<>();
    private final Map<String, ConfiguredLifecycle> lifecycle = new LinkedHashMap<>();

    private Builder() {}

    /** Adds an {@code ignore_changes} entry. */
    public Builder addIgnore(IgnoreRule r) {
      ignoreChanges.add(Objects.requireNonNull(r));
      return this;
    }

    /** Adds an {@code expected} entry. */
    public Builder addExpected(Expectation e) {
      expected.add(Objects.requireNonNull(e));
      return this;
    }

    /** Adds an {@code accept} entry. */
    public Builder addAccept(AcceptRule a) {
      accept.add(Objects.requireNonNull(a));
      return this;
    }

    /** Adds a normaliser attachment. */
    public Builder addNormalizer(NormalizerAttachment n) {
      normalizers.add(Objects.requireNonNull(n));
      return this;
    }

    /** Sets the {@code required_tags} configuration. */
    public Builder requiredTags(RequiredTags t) {
      requiredTags = Objects.requireNonNull(t);
      return this;
    }

    /**
     * Sets the {@code expiry_warning_days} (default {@value Policy#DEFAULT_EXPIRY_WARNING_DAYS}; 0
     * turns the warnings off).
     *
     * @param days 0 or more
     * @return this builder
     * @throws IllegalArgumentException when {@code days} is negative (a policy file with a negative
     *     value is a {@link PolicyErrors problem} of {@link PolicyReader}, not an exception)
     */
    public Builder expiryWarningDays(int days) {
      if (days < 0) {
        throw new IllegalArgumentException("expiry_warning_days must be 0 or more, not " + days);
      }
      expiryWarningDays = days;
      return this;
    }

    /** Sets {@code rules: {allow_plugin_suppression: ...}} (default true). */
    public Builder allowPluginSuppression(boolean allow) {
      allowPluginSuppression = allow;
      return this;
    }

    /** Sets {@code checks: {fail_run: ...}} (default true). */
    public Builder checksFailRun(boolean failRun) {
      checksFailRun = failRun;
      return this;
    }

    /** Adds a warning (as {@link PolicyReader} does for a path that can never match). */
    public Builder addWarning(PolicyWarning w) {
      warnings.add(Objects.requireNonNull(w));
      return this;
    }

    /** Sets the source file name. */
    public Builder source(String s) {
      source = Optional.of(s);
      return this;
    }

    /** The policy. */
    public Policy build() {
      return new Policy(this);
    }
  }
}
