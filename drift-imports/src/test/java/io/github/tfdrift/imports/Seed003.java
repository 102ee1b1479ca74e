package io.github.tfdrift.imports;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The scenario of runbook 003 ("Production State Drift Analysis"): a plan that creates 16 resources
 * which already exist in AWS, and the output of the apply that failed on them, as {@code apply -json}
 * (apply.log) and as the human output (apply.txt). Hand-written test data under
 * src/test/resources/seed003.
 */
final class Seed003 {
  static final String ACCOUNT = "123456789012";

  /** The 16 addresses of the runbook and the IDs its phase 2 imports them with. */
  static final Map<String, String> EXPECTED = new LinkedHashMap<>();

  static {
    String[][] lambdas = {
      {"notion_lambda", "notion_lambda"},
      {"todoist_lambda", "todoist_lambda"},
      {"chatgpt_lambda", "ChatGPT_lambda"},
      {"get_visualization_data", "get_visualization_data"},
      {"put_todoist_lambda", "put_todoist_lambda"},
      {"put_visualization_data", "put_visualization_data"},
    };
    for (String[] l : lambdas) {
      EXPECTED.put("module." + l[0] + ".module.lambda_function.aws_iam_role.lambda[0]", l[1]);
    }
    for (String[] l : lambdas) {
      EXPECTED.put("module." + l[0] + ".module.lambda_function.aws_cloudwatch_log_group.lambda[0]", "/aws/lambda/" + l[1]);
    }
    EXPECTED.put("module.api_gateway.aws_cloudwatch_log_group.api_gw[0]", "/aws/apigateway/dashboard-api");
    EXPECTED.put("aws_s3_bucket.wyatt-datalake-35315550", "step-function-bucket-35315550");
    EXPECTED.put(
        "module.put_visualization_data.module.lambda_function.aws_iam_policy.additional_inline[0]",
        "arn:aws:iam::" + ACCOUNT + ":policy/put_visualization_data-inline");
    EXPECTED.put(
        "module.get_visualization_data.module.lambda_function.aws_iam_policy.additional_inline[0]",
        "arn:aws:iam::" + ACCOUNT + ":policy/get_visualization_data-inline");
  }

  /** A sensitive value in the plan (a lambda's environment), which no output may show. */
  static final String SECRET = "secret_n0t10nK3yDoNotPrint";

  private Seed003() {}

  static Path file(String name) {
    try {
      return Path.of(Objects.requireNonNull(Seed003.class.getResource("/seed003/" + name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(String name) {
    try {
      return Files.readString(file(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan plan() {
    return PlanReader.create().read(file("plan.json")).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  static ApplyLog jsonLog() {
    return ApplyLog.read(file("apply.log")).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  static ApplyLog textLog() {
    return ApplyLog.read(file("apply.txt")).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  static ApplyLog log(String text, String name) {
    return ApplyLog.parse(text, name).getOrElseThrow(e -> new AssertionError(e.describe()));
  }
}
