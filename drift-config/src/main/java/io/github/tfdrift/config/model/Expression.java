package io.github.tfdrift.config.model;

import io.github.tfdrift.config.source.SourceRange;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.value.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An HCL expression, as far as following a value needs: literals, objects, tuples and references
 * with their parts; anything else (function calls, conditionals, templates with interpolations,
 * {@code for} expressions, operators) only by kind and place. Every expression has the {@link
 * SourceRange} of its text (without the whitespace and comments before it).
 */
public sealed interface Expression
    permits Expression.Literal, Expression.ObjectValue, Expression.Tuple, Expression.Reference,
        Expression.FunctionCall, Expression.Conditional, Expression.Template, Expression.Other {

  /** Where the expression is written. */
  SourceRange range();

  /**
   * A literal: a number, {@code true}/{@code false}, {@code null}, or a string (quoted, or a heredoc)
   * without interpolation.
   *
   * @param range where it is written
   * @param value its value
   */
  record Literal(SourceRange range, JsonValue value) implements Expression {
    /** Validates the parts. */
    public Literal {
      Objects.requireNonNull(range, "range");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return "Literal[" + range + "]";
    }
  }

  /**
   * An object constructor {@code { key = value, … }}.
   *
   * @param range where it is written, braces included
   * @param entries the entries in the order written
   */
  record ObjectValue(SourceRange range, List<Entry> entries) implements Expression {
    /** Validates and copies the parts. */
    public ObjectValue {
      Objects.requireNonNull(range, "range");
      entries = List.copyOf(entries);
    }

    /** The last entry with this key (as Terraform, a later key wins), if any. */
    public Optional<Entry> entry(String key) {
      Entry found = null;
      for (Entry e : entries) {
        if (e.key().equals(key)) {
          found = e;
        }
      }
      return Optional.ofNullable(found);
    }
  }

  /**
   * One entry of an object constructor.
   *
   * @param key the key: the identifier or the literal string written before {@code =} or {@code :};
   *     for any other key expression, its source text
   * @param keyRange where the key is written
   * @param range where the whole entry ({@code key = value}) is written
   * @param value the value
   */
  record Entry(String key, SourceRange keyRange, SourceRange range, Expression value) {
    /** Validates the parts. */
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(keyRange, "keyRange");
      Objects.requireNonNull(range, "range");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A tuple constructor {@code [a, b]}.
   *
   * @param range where it is written, brackets included
   * @param items the items in order
   */
  record Tuple(SourceRange range, List<Expression> items) implements Expression {
    /** Validates and copies the parts. */
    public Tuple {
      Objects.requireNonNull(range, "range");
      items = List.copyOf(items);
    }
  }

  /**
   * A reference (a traversal): {@code var.memory}, {@code each.value.cores}, {@code local.vms["web"]},
   * {@code aws_instance.web.id}, {@code module.vm.id}. The first step is the root name ({@code var},
   * {@code each}, {@code local}, a resource type, {@code module}, {@code data}…), as a {@link
   * PathStep.Attribute}.
   *
   * @param range where it is written
   * @param steps the traversal, root first
   */
  record Reference(SourceRange range, List<PathStep> steps) implements Expression {
    /** Validates and copies the parts. */
    public Reference {
      Objects.requireNonNull(range, "range");
      steps = List.copyOf(steps);
      if (steps.isEmpty() || !(steps.get(0) instanceof PathStep.Attribute)) {
        throw new IllegalArgumentException("a reference starts with a name");
      }
    }

    /** The root name: {@code var}, {@code each}, {@code local}, {@code data}, a resource type… */
    public String root() {
      return ((PathStep.Attribute) steps.get(0)).name();
    }

    /** The name of the second step when it is an attribute ({@code memory} of {@code var.memory}). */
    public Optional<String> second() {
      return steps.size() > 1 && steps.get(1) instanceof PathStep.Attribute a
          ? Optional.of(a.name())
          : Optional.empty();
    }

    /** The steps after the first {@code n}. */
    public List<PathStep> after(int n) {
      return steps.subList(Math.min(n, steps.size()), steps.size());
    }
  }

  /**
   * A function call {@code name(…)}.
   *
   * @param range where it is written
   * @param name the function's name
   */
  record FunctionCall(SourceRange range, String name) implements Expression {
    /** Validates the parts. */
    public FunctionCall {
      Objects.requireNonNull(range, "range");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A conditional {@code a ? b : c}.
   *
   * @param range where it is written
   */
  record Conditional(SourceRange range) implements Expression {
    /** Validates the parts. */
    public Conditional {
      Objects.requireNonNull(range, "range");
    }
  }

  /**
   * A string or heredoc with interpolations or directives.
   *
   * @param range where it is written
   */
  record Template(SourceRange range) implements Expression {
    /** Validates the parts. */
    public Template {
      Objects.requireNonNull(range, "range");
    }
  }

  /**
   * Any other expression: operators, {@code for} expressions, splats, parentheses.
   *
   * @param range where it is written
   * @param kind a short name of the kind, e.g. {@code binary operator}, {@code for expression}
   */
  record Other(SourceRange range, String kind) implements Expression {
    /** Validates the parts. */
    public Other {
      Objects.requireNonNull(range, "range");
      Objects.requireNonNull(kind, "kind");
    }
  }
}
