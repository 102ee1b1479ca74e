/**
 * Implementation of the analysis facade: converting binary plans and writing report files
 * atomically. Not an API; may change in any release.
 */
@NullMarked
package io.github.tfdrift.analysis.internal;

import org.jspecify.annotations.NullMarked;
