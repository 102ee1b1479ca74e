/**
 * What changed inside one change: the attribute-level difference between {@code before} and {@code after}, with unknown and sensitive values shown as Terraform shows them.
 */
@NullMarked
package io.github.tfdrift.core.diff;

import org.jspecify.annotations.NullMarked;
