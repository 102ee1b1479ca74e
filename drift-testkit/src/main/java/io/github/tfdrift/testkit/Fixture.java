package io.github.tfdrift.testkit;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyReader;
import java.util.Objects;
import java.util.Optional;

/**
 * One named scenario fixture: a plan as {@code tofu show -json} or {@code terraform show -json}
 * writes it, the drift policy that goes with it, what a classifier should conclude, and, for some
 * scenarios, the apply output that followed. Obtained from {@link PlanFixtures#fixture(String)}.
 */
public final class Fixture {
  private final String name;
  private final Plan plan;
  private final String planJson;
  private final String policyText;
  private final ExpectedOutcome expected;
  private final PlanFixtures.Loader loader;

  Fixture(String name, Plan plan, String planJson, String policyText, ExpectedOutcome expected, PlanFixtures.Loader loader) {
    this.name = Objects.requireNonNull(name, "name");
    this.plan = Objects.requireNonNull(plan, "plan");
    this.planJson = Objects.requireNonNull(planJson, "planJson");
    this.policyText = Objects.requireNonNull(policyText, "policyText");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.loader = loader;
  }

  /** The fixture's name, e.g. {@code s1-memory-changed}. */
  public String name() {
    return name;
  }

  /** The plan, read with {@link io.github.tfdrift.core.json.PlanReader}. */
  public Plan plan() {
    return plan;
  }

  /** The raw text of {@code plan.json}. It holds the fixture's (fake) secrets in clear text, as real plans do. */
  public String planJson() {
    return planJson;
  }

  /** The raw text of {@code policy.yaml} (ignore_changes, expected and accept entries). */
  public String policyText() {
    return policyText;
  }

  /**
   * The policy of {@code policy.yaml}, read with {@link PolicyReader}.
   *
   * @throws IllegalStateException when the file does not validate (a broken fixture)
   */
  public Policy policy() {
    return PolicyReader.read(policyText, name + "/policy.yaml")
        .getOrElseThrow(e -> new IllegalStateException("fixture " + name + " is broken: " + e.describe()));
  }

  /** The parsed {@code expected.json}. */
  public ExpectedOutcome expected() {
    return expected;
  }

  /** {@code apply.log}: the {@code apply -json} UI stream that followed the plan, when the scenario has one. */
  public Optional<String> applyLog() {
    return file("apply.log");
  }

  /** {@code apply.txt}: the same apply as plain terminal output, when the scenario has one. */
  public Optional<String> applyText() {
    return file("apply.txt");
  }

  /** Any other file of the fixture directory, by name. */
  public Optional<String> file(String fileName) {
    return loader.text(name, fileName);
  }

  @Override
  public String toString() {
    return "Fixture[" + name + "]";
  }
}
