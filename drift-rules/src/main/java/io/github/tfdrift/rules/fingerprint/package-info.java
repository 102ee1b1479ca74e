/**
 * Plan fingerprints: a stable digest of what a plan will do ({@link
 * io.github.tfdrift.rules.fingerprint.PlanFingerprint}) and a comparison of an approved plan with the
 * plan applied ({@link io.github.tfdrift.rules.fingerprint.PlanComparison}), ignoring what does not
 * change the outcome (timestamps, tool versions, formatting, re-formatted JSON documents and SSH keys).
 */
@NullMarked
package io.github.tfdrift.rules.fingerprint;

import org.jspecify.annotations.NullMarked;
