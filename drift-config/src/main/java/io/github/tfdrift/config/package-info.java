/**
 * Reading a Terraform/OpenTofu configuration: {@link io.github.tfdrift.config.ConfigurationReader}
 * reads a root directory (its {@code .tf}, {@code .tofu} and variable files, its local and installed
 * modules) into the model of {@link io.github.tfdrift.config.model}, or returns a {@link
 * io.github.tfdrift.config.source.ConfigError} with the file and position. See
 * docs/configuration.md.
 */
@NullMarked
package io.github.tfdrift.config;

import org.jspecify.annotations.NullMarked;
