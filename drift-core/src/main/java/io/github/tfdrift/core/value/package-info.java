/**
 * {@link io.github.tfdrift.core.value.JsonValue}: immutable JSON values as they appear in plans (absent kept apart from null, number literals kept exactly, duplicate member names kept), and their reading and writing.
 */
@NullMarked
package io.github.tfdrift.core.value;

import org.jspecify.annotations.NullMarked;
