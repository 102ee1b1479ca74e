/**
 * Writing HCL the way {@code terraform fmt} does: {@link io.github.tfdrift.fix.hcl.HclLiteral} turns
 * a plan value into a literal (strings quoted and escaped, numbers as the plan wrote them, lists on
 * one line when short, objects one key per line with aligned {@code =}).
 */
@NullMarked
package io.github.tfdrift.fix.hcl;

import org.jspecify.annotations.NullMarked;
