/**
 * A fluent builder of plans that are valid by construction ({@link
 * io.github.tfdrift.testkit.builder.Plans}), with helpers for writing values ({@link
 * io.github.tfdrift.testkit.builder.Json}) and for building mirrors the way Terraform does ({@link
 * io.github.tfdrift.testkit.builder.Mirrors}).
 */
@NullMarked
package io.github.tfdrift.testkit.builder;

import org.jspecify.annotations.NullMarked;
