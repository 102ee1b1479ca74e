/**
 * Implementation of the report writers: the redacting sinks every writer prints through, the
 * runbook's advice per entry, and shared wording. Not API.
 */
@NullMarked
package io.github.tfdrift.report.internal;

import org.jspecify.annotations.NullMarked;
