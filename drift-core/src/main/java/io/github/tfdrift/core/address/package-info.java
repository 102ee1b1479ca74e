/**
 * Terraform's addresses: resource instance addresses ({@code module.a["x"].aws_s3_bucket.b}), instance keys, resource modes and attribute paths ({@code tags["Name"]}, {@code disk[0].size}), parsed into values with typed errors that carry a position.
 */
@NullMarked
package io.github.tfdrift.core.address;

import org.jspecify.annotations.NullMarked;
