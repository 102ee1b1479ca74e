/** Engine implementation: joining, diffing, rule isolation and the precedence decision. Not API. */
package io.github.tfdrift.rules.internal;
