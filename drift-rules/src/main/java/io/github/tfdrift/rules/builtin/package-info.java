/** The built-in rules, one class each, with a documentation page per rule id. */
package io.github.tfdrift.rules.builtin;
