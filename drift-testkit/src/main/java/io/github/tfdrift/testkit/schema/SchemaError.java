package io.github.tfdrift.testkit.schema;

import java.util.Objects;

/**
 * Why a provider schema document could not be read, and where: a JSON path such as {@code
 * provider_schemas["registry.terraform.io/hashicorp/aws"].resource_schemas.aws_s3_bucket.block}.
 *
 * @param path where in the document
 * @param message what is wrong there
 */
public record SchemaError(String path, String message) {
  /** Validates the parts. */
  public SchemaError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** An error at {@code path}. */
  public static SchemaError at(String path, String message) {
    return new SchemaError(path, message);
  }

  /** {@code path: message}. */
  public String describe() {
    return (path.isEmpty() ? "the document" : path) + ": " + message;
  }
}
