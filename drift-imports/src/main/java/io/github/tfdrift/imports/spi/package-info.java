/**
 * Extension point of the import assistant: {@link io.github.tfdrift.imports.spi.ImportIdProvider}
 * services add import ID templates to the catalogue through {@link java.util.ServiceLoader}.
 */
@NullMarked
package io.github.tfdrift.imports.spi;

import org.jspecify.annotations.NullMarked;
