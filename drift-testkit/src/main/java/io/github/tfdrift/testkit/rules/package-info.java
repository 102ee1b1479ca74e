/**
 * Testing custom rules: {@link io.github.tfdrift.testkit.rules.RuleTester} runs one {@link
 * io.github.tfdrift.rules.spi.Rule} alone on every entry of a plan, with the evidence the engine would
 * give it, and checks the expected findings ({@link io.github.tfdrift.testkit.rules.FindingExpectation}),
 * that no other finding is made, and that the rule never throws, is deterministic and shows no
 * sensitive value.
 */
@NullMarked
package io.github.tfdrift.testkit.rules;

import org.jspecify.annotations.NullMarked;
