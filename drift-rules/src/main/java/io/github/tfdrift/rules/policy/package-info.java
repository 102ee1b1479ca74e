/**
 * The drift policy file (YAML or JSON): ignore_changes, expected drift with expiry, accepted drift,
 * normaliser attachments and required tags. Read with {@link
 * io.github.tfdrift.rules.policy.PolicyReader}, which reports every problem of a file at once ({@link
 * io.github.tfdrift.rules.policy.PolicyErrors}).
 */
@NullMarked
package io.github.tfdrift.rules.policy;

import org.jspecify.annotations.NullMarked;
