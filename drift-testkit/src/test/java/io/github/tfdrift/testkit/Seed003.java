package io.github.tfdrift.testkit;

import static io.github.tfdrift.testkit.builder.Json.arr;
import static io.github.tfdrift.testkit.builder.Json.nul;
import static io.github.tfdrift.testkit.builder.Json.obj;

import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.PlanBuilder;
import io.github.tfdrift.testkit.builder.Plans;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Seed 003: the production workspace of a Terraform/AWS project whose state lost track of 16
 * resources. The plan creates them; apply fails on each with the AWS provider v5 "already exists"
 * errors. The account ID shows in the plan through ARNs (caller identity, a policy document).
 */
final class Seed003 {
  static final String ACCOUNT = "123456789012";
  static final String REGION = "us-west-2";
  static final String TERRAFORM = "1.9.8";
  static final String NOTION_API_KEY = "secret_Xq3vT9bLm2Rk8ZfW4nJc7HsYd1PoUa6Ee5GiKt0Mr";
  static final List<String> LAMBDAS =
      List.of("notion_lambda", "todoist_lambda", "chatgpt_lambda", "get_visualization_data", "put_todoist_lambda", "put_visualization_data");

  private Seed003() {}

  /** The AWS-side name of each lambda module's function. */
  static String functionName(String module) {
    return module.equals("chatgpt_lambda") ? "ChatGPT_lambda" : module;
  }

  static String role(String module) {
    return "module." + module + ".module.lambda_function.aws_iam_role.lambda[0]";
  }

  static String logGroup(String module) {
    return "module." + module + ".module.lambda_function.aws_cloudwatch_log_group.lambda[0]";
  }

  static String policy(String module) {
    return "module." + module + ".module.lambda_function.aws_iam_policy.additional_inline[0]";
  }

  static final String API_LOG_GROUP = "module.api_gateway.aws_cloudwatch_log_group.api_gw[0]";
  static final String BUCKET = "aws_s3_bucket.wyatt-datalake-35315550";

  /** One failing create: address, error summary, and the block it points at. */
  record Failure(String address, String summary, String file, int line, String block) {}

  static final String ASSUME_ROLE =
      "{\"Statement\":[{\"Action\":\"sts:AssumeRole\",\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"lambda.amazonaws.com\"},\"Sid\":\"\"}],\"Version\":\"2012-10-17\"}";

  static String inlinePolicy(String module) {
    String actions = module.startsWith("put_") ? "[\"dynamodb:PutItem\",\"dynamodb:UpdateItem\"]" : "[\"dynamodb:GetItem\",\"dynamodb:Query\"]";
    return "{\"Statement\":[{\"Action\":" + actions + ",\"Effect\":\"Allow\",\"Resource\":\"arn:aws:dynamodb:" + REGION + ":" + ACCOUNT
        + ":table/dashboard-visualization-data-prod\"}],\"Version\":\"2012-10-17\"}";
  }

  static Plan plan() {
    PlanBuilder p =
        Plans.plan()
            .terraform(TERRAFORM)
            .timestamp("2025-01-07T15:41:52Z")
            .variable("aws_region", JsonValue.of(REGION))
            .variable("environment", JsonValue.of("prod"))
            .sensitiveVariable("notion_api_key", JsonValue.of(NOTION_API_KEY))
            .providerVersion("aws", "~> 5.0")
            .moduleSource("lambda_function", "terraform-aws-modules/lambda/aws")
            .moduleSource("api_gateway", "./modules/api_gateway")
            .dataSource(
                "data.aws_caller_identity.current",
                obj("account_id", ACCOUNT, "arn", "arn:aws:iam::" + ACCOUNT + ":user/github-actions-deployer", "id", ACCOUNT, "user_id", "AIDA4QW7ZK2M5XRB8TN3C"))
            .dataSource(
                "data.aws_region.current",
                obj("description", "US West (Oregon)", "endpoint", "ec2.us-west-2.amazonaws.com", "id", REGION, "name", REGION));
    for (String m : LAMBDAS) {
      p.moduleSource(m, "./modules/lambda");
      String fn = functionName(m);
      p.resource(role(m))
          .create()
          .after(
              obj(
                  "assume_role_policy", ASSUME_ROLE, "description", nul(), "force_detach_policies", true,
                  "max_session_duration", 3600, "name", fn, "path", "/", "permissions_boundary", nul(),
                  "tags", obj()))
          .unknown("arn", "create_date", "id", "inline_policy", "managed_policy_arns", "name_prefix", "tags_all", "unique_id")
          .expressions(
              obj(
                  "assume_role_policy", refs("data.aws_iam_policy_document.assume_role[0].json", "data.aws_iam_policy_document.assume_role[0]", "data.aws_iam_policy_document.assume_role"),
                  "force_detach_policies", refs("var.role_force_detach_policies"),
                  "max_session_duration", refs("var.role_maximum_session_duration"),
                  "name", refs("local.role_name"),
                  "path", refs("var.role_path"),
                  "permissions_boundary", refs("var.role_permissions_boundary"),
                  "tags", refs("var.tags", "var.role_tags")));
      p.resource(logGroup(m))
          .create()
          .after(
              obj(
                  "kms_key_id", nul(), "name", "/aws/lambda/" + fn, "retention_in_days", 14, "skip_destroy", false,
                  "tags", obj()))
          .unknown("arn", "id", "log_group_class", "name_prefix", "tags_all")
          .expressions(
              obj(
                  "kms_key_id", refs("var.cloudwatch_logs_kms_key_id"),
                  "name", refs("var.function_name"),
                  "retention_in_days", refs("var.cloudwatch_logs_retention_in_days"),
                  "skip_destroy", refs("var.cloudwatch_logs_skip_destroy"),
                  "tags", refs("var.tags", "var.cloudwatch_logs_tags")));
      if (m.endsWith("visualization_data")) {
        p.resource(policy(m))
            .create()
            .after(obj("description", nul(), "name", fn + "-inline", "path", "/", "policy", inlinePolicy(m), "tags", obj()))
            .unknown("arn", "attachment_count", "id", "name_prefix", "policy_id", "tags_all")
            .expressions(
                obj(
                    "name", refs("local.policy_name"),
                    "path", refs("var.policy_path"),
                    "policy", refs("var.policy_json"),
                    "tags", refs("var.tags")));
      }
    }
    p.resource(API_LOG_GROUP)
        .create()
        .after(
            obj(
                "kms_key_id", nul(), "name", "/aws/apigateway/dashboard-api", "retention_in_days", 30,
                "skip_destroy", false, "tags", obj("Environment", "prod", "Name", "dashboard-api")))
        .unknown("arn", "id", "log_group_class", "name_prefix", "tags_all")
        .expressions(
            obj(
                "name", obj("constant_value", "/aws/apigateway/dashboard-api"),
                "retention_in_days", refs("var.log_retention_days"),
                "tags", refs("var.tags")));
    p.resource(BUCKET)
        .create()
        .after(obj("bucket", "step-function-bucket-35315550", "force_destroy", false, "tags", nul(), "timeouts", nul()))
        .unknown(
            "acceleration_status", "acl", "arn", "bucket_domain_name", "bucket_prefix", "bucket_regional_domain_name",
            "cors_rule", "grant", "hosted_zone_id", "id", "lifecycle_rule", "logging", "object_lock_configuration",
            "object_lock_enabled", "policy", "region", "replication_configuration", "request_payer",
            "server_side_encryption_configuration", "tags_all", "versioning", "website", "website_domain",
            "website_endpoint")
        .expressions(obj("bucket", obj("constant_value", "step-function-bucket-35315550")));
    return p.build();
  }

  private static JsonValue refs(String... r) {
    return obj("references", Json.arr((Object[]) r));
  }

  /** The 16 failures in the order apply met them. */
  static List<Failure> failures() {
    List<Failure> f = new ArrayList<>();
    int request = 0;
    for (String m : LAMBDAS) {
      String fn = functionName(m);
      f.add(
          new Failure(
              role(m),
              "creating IAM Role (" + fn + "): operation error IAM: CreateRole, https response error StatusCode: 409, RequestID: "
                  + requestId(request++) + ", EntityAlreadyExists: Role with name " + fn + " already exists.",
              ".terraform/modules/" + m + ".lambda_function/iam.tf", 112, "resource \"aws_iam_role\" \"lambda\""));
    }
    for (String m : List.of("chatgpt_lambda", "todoist_lambda", "get_visualization_data", "notion_lambda", "put_visualization_data", "put_todoist_lambda")) {
      String name = "/aws/lambda/" + functionName(m);
      f.add(
          new Failure(
              logGroup(m),
              "creating CloudWatch Logs Log Group (" + name + "): operation error CloudWatch Logs: CreateLogGroup, https response error StatusCode: 400, RequestID: "
                  + requestId(request++) + ", ResourceAlreadyExistsException: The specified log group already exists",
              ".terraform/modules/" + m + ".lambda_function/main.tf", 178, "resource \"aws_cloudwatch_log_group\" \"lambda\""));
    }
    f.add(
        new Failure(
            API_LOG_GROUP,
            "creating CloudWatch Logs Log Group (/aws/apigateway/dashboard-api): operation error CloudWatch Logs: CreateLogGroup, https response error StatusCode: 400, RequestID: "
                + requestId(request++) + ", ResourceAlreadyExistsException: The specified log group already exists",
            "modules/api_gateway/main.tf", 78, "resource \"aws_cloudwatch_log_group\" \"api_gw\""));
    f.add(
        new Failure(
            BUCKET,
            "creating S3 Bucket (step-function-bucket-35315550): operation error S3: CreateBucket, https response error StatusCode: 409, RequestID: 7QK4M1X9B2D6HZ3T, HostID: "
                + "mP4yN8cq0Rk2ZtW6sVb1Lh9xJg3Fd5Ea7Uo2Ci8Kr0Tn4Ys6Qw1Pz3Mv5Bx7Gl9Hj2Ke4Rf6Ts8Ud0Va1We3Xf5Yg7Zh=, BucketAlreadyOwnedByYou: Your previous request to create the named bucket succeeded and you already own it.",
            "s3.tf", 1, "resource \"aws_s3_bucket\" \"wyatt-datalake-35315550\""));
    for (String m : List.of("put_visualization_data", "get_visualization_data")) {
      String name = functionName(m) + "-inline";
      f.add(
          new Failure(
              policy(m),
              "creating IAM Policy (" + name + "): operation error IAM: CreatePolicy, https response error StatusCode: 409, RequestID: "
                  + requestId(request++) + ", EntityAlreadyExists: A policy called " + name + " already exists. Duplicate names are not allowed.",
              ".terraform/modules/" + m + ".lambda_function/iam.tf", 297, "resource \"aws_iam_policy\" \"additional_inline\""));
    }
    return f;
  }

  private static String requestId(int i) {
    String[] ids = {
      "5f1b8c2e-93a4-4d7e-b0c1-2a6f8e9d3b47", "a83c7d19-0e2b-4f5a-9c6d-71b2e4f8a0c3", "0c9e4b7a-6d21-4e8f-a3b5-c7d9f1e2a4b6",
      "e2d4f6a8-1b3c-4d5e-8f9a-0b1c2d3e4f5a", "7b9d1f3a-5c7e-4a2b-9d4f-6e8a0c2e4f6b", "3f5a7c9e-2b4d-4f6a-8c0e-1a3c5e7a9b1d",
      "c4e6a8b0-d2f4-4a6c-9e8a-b0d2f4a6c8e0", "91a3c5e7-f9b1-4d3f-a5c7-e9b1d3f5a7c9", "2e4a6c8e-0a2c-4e6a-8c0e-2a4c6e8a0c2e",
      "d6f8b0d2-4f6b-4d8f-b2d4-f6b8d0f2b4d6", "58b0d2f4-6a8c-4e0a-9c2e-4a6c8e0a2c4e", "af1c3e5a-7c9e-4b1d-8f3a-5c7e9b1d3f5a",
      "64c8a2e6-0b4f-4a8c-9e2b-6f0a4c8e2b6f", "b7d9f1b3-d5f7-4b9d-a1c3-e5f7b9d1f3a5", "19e3b7f1-c5a9-4d3e-b7f1-a5c9e3b7f1d5"
    };
    return ids[i % ids.length];
  }

  /** {@code terraform apply -json} output: version, hooks, then the error diagnostics. */
  static String applyLog() {
    StringBuilder b = new StringBuilder();
    b.append(line(map("@level", "info", "@message", "Terraform " + TERRAFORM, "@module", "terraform.ui", "@timestamp", ts(0, 512204), "terraform", TERRAFORM, "type", "version", "ui", "1.2")));
    List<Failure> failures = failures();
    int t = 1;
    for (Failure f : failures) {
      b.append(line(map("@level", "info", "@message", f.address() + ": Creating...", "@module", "terraform.ui", "@timestamp", ts(1, 100000 + 731 * t++),
          "hook", obj("resource", resource(f.address()), "action", "create"), "type", "apply_start")));
    }
    for (Failure f : failures) {
      b.append(line(map("@level", "info", "@message", f.address() + ": Creation errored after 1s", "@module", "terraform.ui", "@timestamp", ts(2, 200000 + 613 * t++),
          "hook", obj("resource", resource(f.address()), "action", "create", "elapsed_seconds", 1), "type", "apply_errored")));
    }
    for (Failure f : failures) {
      int col = f.block().length() + 3;
      JsonValue diag =
          obj(
              "severity", "error",
              "summary", f.summary(),
              "detail", "",
              "address", f.address(),
              "range",
                  obj(
                      "filename", f.file(),
                      "start", obj("line", f.line(), "column", 1, "byte", offset(f)),
                      "end", obj("line", f.line(), "column", col, "byte", offset(f) + col - 1)),
              "snippet",
                  obj(
                      "context", nul(),
                      "code", f.block() + " {",
                      "start_line", f.line(),
                      "highlight_start_offset", 0,
                      "highlight_end_offset", col - 1,
                      "values", arr()));
      b.append(line(map("@level", "error", "@message", "Error: " + f.summary(), "@module", "terraform.ui", "@timestamp", ts(3, 300000 + 97 * t++),
          "diagnostic", diag, "type", "diagnostic")));
    }
    return b.toString();
  }

  /** The same apply as a person sees it on a terminal. */
  static String applyText() {
    StringBuilder b = new StringBuilder();
    List<Failure> failures = failures();
    for (Failure f : failures) {
      b.append(f.address()).append(": Creating...\n");
    }
    for (Failure f : failures) {
      b.append("╷\n");
      b.append("│ Error: ").append(f.summary()).append('\n');
      b.append("│ \n");
      b.append("│   with ").append(f.address()).append(",\n");
      b.append("│   on ").append(f.file()).append(" line ").append(f.line()).append(", in ").append(f.block()).append(":\n");
      b.append("│ ").append(String.format("%4d", f.line())).append(": ").append(f.block()).append(" {\n");
      b.append("│ \n");
      b.append("╵\n");
    }
    return b.toString();
  }

  private static int offset(Failure f) {
    return f.line() == 1 ? 0 : 2971 + f.line() * 7;
  }

  private static JsonValue resource(String address) {
    ResourceAddress a = ResourceAddress.parse(address).get();
    String module = a.moduleAddress();
    String rel = address.substring(module.isEmpty() ? 0 : module.length() + 1);
    return obj(
        "addr", address,
        "module", module,
        "resource", rel,
        "implied_provider", "aws",
        "resource_type", a.type(),
        "resource_name", a.name(),
        "resource_key", a.key().map(InstanceKey::toJson).orElse(JsonValue.nullValue()));
  }

  private static String ts(int second, int micros) {
    return String.format("2025-01-07T15:42:%02d.%06dZ", 3 + second, micros % 1_000_000);
  }

  /** An object with keys in sorted order, as the UI log writes its top level. */
  private static JsonValue map(Object... kv) {
    Map<String, JsonValue> m = new TreeMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], Json.of(kv[i + 1]));
    }
    return JsonValue.object(new LinkedHashMap<>(m));
  }

  private static String line(JsonValue v) {
    return JsonValues.toJson(v) + "\n";
  }
}
