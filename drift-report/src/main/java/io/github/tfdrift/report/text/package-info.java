/**
 * {@link io.github.tfdrift.report.text.SafeText}: how every report prints plan text, with secrets
 * redacted, long values cut and terminal control characters escaped. Below the report writers and
 * their implementation, which both use it.
 */
@NullMarked
package io.github.tfdrift.report.text;

import org.jspecify.annotations.NullMarked;
