/**
 * Redaction of secrets before anything is printed: the sensitive values a plan marks, the values of
 * variables declared sensitive, and every copy of them Terraform left unmarked.
 */
@NullMarked
package io.github.tfdrift.core.redact;

import org.jspecify.annotations.NullMarked;
