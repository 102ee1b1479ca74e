package io.github.tfdrift.config;

import io.github.tfdrift.config.internal.ModuleLoader;
import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.config.source.ConfigError;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads a Terraform/OpenTofu configuration from its root directory:
 *
 * <ul>
 *   <li>every {@code *.tf} and {@code *.tofu} file of a module's directory (a {@code .tofu} file
 *       replaces the {@code .tf} file of the same name, as OpenTofu does);
 *   <li>the root module's variable files: {@code terraform.tfvars}, {@code terraform.tfvars.json},
 *       {@code *.auto.tfvars} and {@code *.auto.tfvars.json}, in Terraform's order of precedence;
 *   <li>the modules called with a local source ({@code ./…}, {@code ../…}), recursively, and remote
 *       modules installed by {@code init}, through {@code .terraform/modules/modules.json}; a remote
 *       module without an installed copy is kept as an unresolved call, not an error.
 * </ul>
 *
 * <p>A file that does not parse is a {@link ConfigError} with {@code file:line:col}; the reader never
 * throws for bad input.
 */
public final class ConfigurationReader {

  private ConfigurationReader() {}

  /**
   * Reads the configuration whose root module is in {@code rootDir}.
   *
   * @param rootDir the root module's directory
   * @return the configuration, or why it could not be read
   */
  public static Either<ConfigError, Configuration> read(Path rootDir) {
    Objects.requireNonNull(rootDir, "rootDir");
    return ModuleLoader.load(rootDir);
  }
}
