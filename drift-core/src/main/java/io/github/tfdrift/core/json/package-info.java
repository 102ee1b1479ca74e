/**
 * Reading and writing plans: {@link io.github.tfdrift.core.json.PlanReader} (errors as values, never throws; whole or streaming) and {@link io.github.tfdrift.core.json.PlanWriter} (lossless, or redacting).
 */
@NullMarked
package io.github.tfdrift.core.json;

import org.jspecify.annotations.NullMarked;
