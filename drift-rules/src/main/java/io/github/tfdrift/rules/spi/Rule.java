package io.github.tfdrift.rules.spi;

import io.github.tfdrift.rules.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A classification rule: a pure function from one entry's joined evidence and a read-only plan
 * context to findings. An empty list means "no opinion". A rule must not keep state between calls,
 * must not read the clock (use {@link PlanContext#today()}) and should not throw; a rule that throws
 * is isolated by the engine and reported as a rule error (exit code 1), never a crash. The engine may
 * call a rule on several threads at once (a large plan's entries are classified on the threads that
 * read them), which a rule without state allows.
 *
 * <p>Rules are found with {@link java.util.ServiceLoader} through {@link RuleProvider}, or added to
 * the engine in code. A rule's verdict is a proposal ({@link Finding#propose}): the engine decides by
 * precedence and never lets a rule classify a change with a delete action below REPLACE, DELETE or
 * RECREATE, or a deferred change below DEFERRED. A rule may also lower other entries to IGNORED,
 * COSMETIC or EXPECTED ({@link Finding#suppress}; the policy can forbid it for rules that are not
 * built in) or make an entry STOP without changing its verdict ({@link Finding#escalate}). See
 * {@code docs/rules.md} for the precedence.
 */
public interface Rule {
  /** A stable, lower-case, dash-separated id: {@code destructive-change}. */
  String id();

  /** One line saying what the rule does. */
  String summary();

  /**
   * The rule's documentation page in markdown. By default, the resource {@code
   * /io/github/tfdrift/rules/docs/<id>.md} next to the rule's class, or a page made from the summary.
   */
  default String documentation() {
    try (InputStream in = getClass().getResourceAsStream("/io/github/tfdrift/rules/docs/" + id() + ".md")) {
      if (in != null) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      // fall through to the summary
    }
    return "# " + id() + "\n\n" + summary() + "\n";
  }

  /** The findings for one entry. */
  List<Finding> evaluate(EntryFacts entry, PlanContext context);

  /**
   * The findings for one action invocation ({@code action_invocations} or {@code
   * deferred_action_invocations}). By default none: most rules are about resources. Only proposals
   * count for an action entry; the engine never lets one fall below INVOKE (or DEFERRED for a deferred
   * invocation).
   *
   * @param action the invocation's facts
   * @param context the plan context
   * @return the findings, empty for "no opinion"
   */
  default List<Finding> evaluateAction(ActionFacts action, PlanContext context) {
    return List.of();
  }
}
