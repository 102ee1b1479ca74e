/**
 * The implementation of the configuration reader: parsing with OpenRewrite's {@code rewrite-hcl},
 * the positions of the parsed elements, the conversion of the parsed tree into the model, and the
 * loading of modules. Reached only from {@link io.github.tfdrift.config.ConfigurationReader}.
 */
@NullMarked
package io.github.tfdrift.config.internal;

import org.jspecify.annotations.NullMarked;
