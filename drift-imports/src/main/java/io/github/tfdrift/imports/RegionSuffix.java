package io.github.tfdrift.imports;

import java.util.Set;

/**
 * The AWS resource types whose import ID needs {@code @REGION} at its end when the object lives in
 * another region than the AWS provider's: AWS provider 6 manages a resource in the region of its own
 * {@code region} argument, but an import by ID reaches the provider's region unless the ID says
 * otherwise ({@code terraform import aws_cloudwatch_log_group.app /app/api@eu-west-1}). These are the
 * regional types of the built-in catalogue whose ID does not already hold the region. Left out: global
 * types (IAM, Route 53 zones, budgets) and types whose ID is an ARN or a URL that names the region
 * ({@code aws_sqs_queue}, {@code aws_sns_topic}, {@code aws_sfn_state_machine}, {@code
 * aws_secretsmanager_secret}, {@code aws_iam_policy}). docs/imports.md lists the same types.
 */
final class RegionSuffix {
  /** The types, sorted as in docs/imports.md. */
  static final Set<String> TYPES =
      Set.of(
          "aws_api_gateway_rest_api",
          "aws_apigatewayv2_api",
          "aws_cloudwatch_dashboard",
          "aws_cloudwatch_event_bus",
          "aws_cloudwatch_log_group",
          "aws_cloudwatch_log_resource_policy",
          "aws_cloudwatch_log_stream",
          "aws_cloudwatch_metric_alarm",
          "aws_codebuild_project",
          "aws_cognito_user_pool",
          "aws_db_instance",
          "aws_db_parameter_group",
          "aws_db_subnet_group",
          "aws_dynamodb_table",
          "aws_ecr_lifecycle_policy",
          "aws_ecr_repository",
          "aws_ecr_repository_policy",
          "aws_ecs_cluster",
          "aws_elasticache_subnet_group",
          "aws_glue_catalog_database",
          "aws_key_pair",
          "aws_kinesis_stream",
          "aws_kms_alias",
          "aws_kms_key",
          "aws_lambda_alias",
          "aws_lambda_function",
          "aws_lambda_permission",
          "aws_rds_cluster",
          "aws_s3_bucket",
          "aws_s3_bucket_ownership_controls",
          "aws_s3_bucket_policy",
          "aws_s3_bucket_public_access_block",
          "aws_s3_bucket_server_side_encryption_configuration",
          "aws_s3_bucket_versioning",
          "aws_scheduler_schedule",
          "aws_scheduler_schedule_group",
          "aws_security_group",
          "aws_ssm_parameter");

  private RegionSuffix() {}

  /** True when an import ID of {@code type} takes {@code @REGION} for an object outside the provider's region. */
  static boolean applies(String type) {
    return TYPES.contains(type);
  }
}
