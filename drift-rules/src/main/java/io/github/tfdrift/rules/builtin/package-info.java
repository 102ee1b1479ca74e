/** The built-in rules, one class each, with a documentation page per rule id. */
@NullMarked
package io.github.tfdrift.rules.builtin;

import org.jspecify.annotations.NullMarked;
