/**
 * Implementation of the analysis facade: expanding plan inputs, converting binary plans, writing report
 * files atomically, tallying causes incrementally. Not an API; may change in any release.
 */
package io.github.tfdrift.analysis.internal;
