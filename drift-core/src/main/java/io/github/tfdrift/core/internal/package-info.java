/**
 * The implementation behind drift-core's public services: the streaming JSON input ({@code
 * JsonInput}), the plan parser and streamer, and plan redaction. Only the services use this package
 * ({@code json.PlanReader}, {@code json.PlanWriter}, {@code ui.UiStreamReader} and its parser);
 * no value type reaches it. It is not API: its classes may change in any release. See {@code
 * docs/architecture.md}.
 */
@NullMarked
package io.github.tfdrift.core.internal;

import org.jspecify.annotations.NullMarked;
