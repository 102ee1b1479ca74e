/** Engine implementation: joining, diffing, rule isolation and the precedence decision. Not API. */
@NullMarked
package io.github.tfdrift.rules.internal;

import org.jspecify.annotations.NullMarked;
