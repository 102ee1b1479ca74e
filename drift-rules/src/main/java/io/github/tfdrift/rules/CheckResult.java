package io.github.tfdrift.rules;

import io.github.tfdrift.core.model.CheckStatus;
import java.util.List;
import java.util.Objects;

/**
 * One checkable object of the plan ({@code checks}, Terraform 1.3+) whose result is not {@code pass}:
 * a {@code check} block, a resource's or output's conditions, or a variable's validation. Failed and
 * errored checks are actionable unless the policy says {@code checks: {fail_run: false}}; unknown ones are
 * reported only. Problem messages are as Terraform wrote them: writers mask the plan's secrets.
 *
 * @param address the check's address as Terraform displays it ({@code check.health},
 *     {@code aws_instance.web[0]})
 * @param kind what is checked: {@code check}, {@code resource}, {@code output_value}, {@code var}
 * @param status {@code fail}, {@code error} or {@code unknown} (or another word, kept as written)
 * @param problems the problem messages of the instances, in plan order
 */
public record CheckResult(String address, String kind, CheckStatus status, List<String> problems) {

  /** Validates and copies the parts. */
  public CheckResult {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    problems = List.copyOf(problems);
  }

  /** True for {@code fail} and {@code error}: a condition did not hold, or could not be evaluated. */
  public boolean isFailure() {
    return status.equals(CheckStatus.FAIL) || status.equals(CheckStatus.ERROR);
  }

  @Override
  public String toString() {
    return "CheckResult{" + address + ": " + status + ", " + problems.size() + " problems}";
  }
}
