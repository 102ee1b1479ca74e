/**
 * Implementation of the report writers: the redacting sinks every writer prints through, the
 * runbook's advice per entry, and shared wording. Not API.
 */
package io.github.tfdrift.report.internal;
