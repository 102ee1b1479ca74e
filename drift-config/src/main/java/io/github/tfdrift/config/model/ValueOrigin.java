package io.github.tfdrift.config.model;

import io.github.tfdrift.config.source.SourceRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the value of a resource instance's attribute is written in the configuration, as found by
 * {@link Configuration#originOf}: a {@link Literal} (an expression an edit can replace) or {@link
 * Unresolved} (why not).
 */
public sealed interface ValueOrigin permits ValueOrigin.Literal, ValueOrigin.Unresolved {

  /**
   * Where a literal is written. To change the value, replace the text of {@code expression.range()}
   * (character offsets into {@link io.github.tfdrift.config.source.ParsedFile#text()} of the file
   * {@code expression.range().file()}); the literal may be a scalar, an object or a tuple
   * constructor (then only literals below it, not references, may be replaced as a whole: check
   * {@link Configuration#isLiteral}).
   *
   * @param place what kind of place holds the literal
   * @param expression the literal expression (its range is the place to edit)
   * @param trail the places passed through to get there, from the resource's argument to the one
   *     before the literal (e.g. the resource's {@code memory = var.memory}, then the module call's
   *     {@code memory = each.value.memory}); empty when the literal is in the resource block
   * @param sensitive true when the way passes a variable declared {@code sensitive = true}: the
   *     value must not be shown or copied (an editor refuses it)
   */
  record Literal(Place place, Expression expression, List<SourceRange> trail, boolean sensitive) implements ValueOrigin {
    /** Validates and copies the parts. */
    public Literal {
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(expression, "expression");
      trail = List.copyOf(trail);
    }

    /** Where the literal is written. */
    public SourceRange range() {
      return expression.range();
    }
  }

  /**
   * The value cannot be traced to a literal.
   *
   * @param reason why
   * @param detail the name involved (the function, the reference, the module source…), for a person
   * @param at where the tracing stopped, when at an expression
   */
  record Unresolved(Reason reason, String detail, Optional<SourceRange> at) implements ValueOrigin {
    /** Validates the parts. */
    public Unresolved {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
      Objects.requireNonNull(at, "at");
    }

    /** One line for a person: the reason, the detail and the place. */
    public String describe() {
      return reason.text() + (detail.isEmpty() ? "" : " (" + detail + ")")
          + at.map(r -> " at " + r.fileAndLine()).orElse("");
    }
  }

  /** The kinds of place that hold a literal. */
  enum Place {
    /** An argument (or a nested block's argument) of the resource block. */
    RESOURCE,
    /** An argument of a {@code module} block, passing a variable to the module. */
    MODULE_ARGUMENT,
    /** A root variable's assignment in a tfvars file. */
    TFVARS,
    /** A variable's {@code default}. */
    VARIABLE_DEFAULT,
    /** A {@code locals} value. */
    LOCAL,
    /** The key of a {@code for_each} map entry ({@code each.key}). */
    FOR_EACH_KEY
  }

  /** Why a value cannot be traced to a literal. */
  enum Reason {
    /** No resource block in the configuration has this address. */
    NO_RESOURCE_BLOCK("no resource block for the address"),
    /** The resource's module comes from a remote source that is not installed. */
    REMOTE_MODULE("the module's source is remote and not installed"),
    /** The attribute is not written in the configuration (a provider default or computed). */
    NOT_SET("not set in the configuration"),
    /** The value is computed by a function call. */
    FUNCTION_CALL("computed by a function call"),
    /** The value is chosen by a conditional expression. */
    CONDITIONAL("chosen by a conditional expression"),
    /** The value is a string template with interpolations. */
    TEMPLATE("built by a string template"),
    /** The value is read from a data source. */
    DATA_SOURCE("read from a data source"),
    /** The value refers to another resource's attribute. */
    RESOURCE_REFERENCE("refers to another resource"),
    /** The value refers to a module's output. */
    MODULE_OUTPUT("refers to a module output"),
    /** A root variable set neither in a tfvars file nor by a default (environment or command line). */
    VARIABLE_NOT_IN_FILES("the variable is set outside the configuration files"),
    /** An {@code each.*} or {@code count.index} that cannot be matched to an entry of a literal collection. */
    INSTANCE_KEY("the instance's key does not match a literal for_each entry"),
    /** Any other expression: operators, {@code for} expressions, splats. */
    EXPRESSION("computed by an expression");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    /** The reason in words. */
    public String text() {
      return text;
    }
  }
}
