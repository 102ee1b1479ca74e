package io.github.tfdrift.config.internal;

import io.github.tfdrift.config.model.Argument;
import io.github.tfdrift.config.model.Body;
import io.github.tfdrift.config.model.Expression;
import io.github.tfdrift.config.model.ImportBlock;
import io.github.tfdrift.config.model.Lifecycle;
import io.github.tfdrift.config.model.Local;
import io.github.tfdrift.config.model.MovedBlock;
import io.github.tfdrift.config.model.ResourceBlock;
import io.github.tfdrift.config.model.TfvarsAssignment;
import io.github.tfdrift.config.model.Variable;
import io.github.tfdrift.config.source.ParsedFile;
import io.github.tfdrift.config.source.SourceRange;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openrewrite.hcl.tree.BodyContent;
import org.openrewrite.hcl.tree.Hcl;
import org.openrewrite.hcl.tree.Label;

/**
 * Converts one parsed file into the model's elements: the blocks a module declares, or a tfvars
 * file's assignments. Positions come from {@link Spans}.
 */
final class Converter {

  /** What one file of a module declares. */
  static final class Declarations {
    final List<ResourceBlock> resources = new ArrayList<>();
    final List<RawModuleCall> moduleCalls = new ArrayList<>();
    final List<Variable> variables = new ArrayList<>();
    final List<Local> locals = new ArrayList<>();
    final List<MovedBlock> moved = new ArrayList<>();
    final List<ImportBlock> imports = new ArrayList<>();
  }

  /** A module block before its source is resolved. */
  record RawModuleCall(String name, String source, SourceRange range, Body body) {}

  private final Spans spans;

  private Converter(Spans spans) {
    this.spans = spans;
  }

  static Declarations declarations(ParsedFile file) {
    Hcl.ConfigFile tree = Objects.requireNonNull(file.tree(), "tree");
    Converter c = new Converter(Spans.of(file.path(), file.text(), tree));
    Declarations d = new Declarations();
    for (BodyContent content : tree.getBody()) {
      if (content instanceof Hcl.Block block) {
        c.declare(block, d);
      }
    }
    return d;
  }

  static List<TfvarsAssignment> assignments(ParsedFile file) {
    Hcl.ConfigFile tree = Objects.requireNonNull(file.tree(), "tree");
    Converter c = new Converter(Spans.of(file.path(), file.text(), tree));
    List<TfvarsAssignment> out = new ArrayList<>();
    for (BodyContent content : tree.getBody()) {
      if (content instanceof Hcl.Attribute a) {
        out.add(new TfvarsAssignment(c.attributeName(a), file.path(), c.spans.of(a), c.expression(a.getValue())));
      }
    }
    return out;
  }

  private void declare(Hcl.Block block, Declarations d) {
    String type = block.getType() == null ? "" : block.getType().getName();
    List<String> labels = labels(block);
    SourceRange range = spans.of(block);
    switch (type) {
      case "resource", "data", "ephemeral" -> {
        if (labels.size() == 2) {
          Body body = body(block);
          ResourceMode mode = type.equals("resource") ? ResourceMode.MANAGED : ResourceMode.of(type);
          d.resources.add(new ResourceBlock(mode, labels.get(0), labels.get(1), range, body, lifecycle(body)));
        }
      }
      case "module" -> {
        if (labels.size() == 1) {
          Body body = body(block);
          String source = body.argument("source")
              .map(Argument::value)
              .filter(e -> e instanceof Expression.Literal l && l.value() instanceof JsonValue.Str)
              .map(e -> ((JsonValue.Str) ((Expression.Literal) e).value()).value())
              .orElse("");
          d.moduleCalls.add(new RawModuleCall(labels.get(0), source, range, body));
        }
      }
      case "variable" -> {
        if (labels.size() == 1) {
          Body body = body(block);
          boolean sensitive = body.argument("sensitive")
              .map(a -> a.value() instanceof Expression.Literal l && l.value().equals(JsonValue.of(true)))
              .orElse(false);
          d.variables.add(new Variable(labels.get(0), range, body.argument("default"), sensitive));
        }
      }
      case "locals" -> {
        for (BodyContent content : block.getBody()) {
          if (content instanceof Hcl.Attribute a) {
            d.locals.add(new Local(attributeName(a), spans.of(a), expression(a.getValue())));
          }
        }
      }
      case "moved" -> {
        Body body = body(block);
        d.moved.add(new MovedBlock(argumentText(block, "from"), argumentText(block, "to"), range));
      }
      case "import" -> {
        Body body = body(block);
        d.imports.add(new ImportBlock(argumentText(block, "to"), body.argument("id").map(Argument::value), range));
      }
      default -> {
        // terraform, provider, output, check and other blocks hold nothing the model needs.
      }
    }
  }

  private String argumentText(Hcl.Block block, String name) {
    for (BodyContent content : block.getBody()) {
      if (content instanceof Hcl.Attribute a && attributeName(a).equals(name)) {
        return spans.textOf(a.getValue());
      }
    }
    return "";
  }

  private List<String> labels(Hcl.Block block) {
    List<String> out = new ArrayList<>();
    for (Label label : block.getLabels()) {
      if (label instanceof Hcl.Literal l) {
        out.add(String.valueOf(l.getValue()));
      } else if (label instanceof Hcl.Identifier id) {
        out.add(id.getName());
      } else if (label instanceof org.openrewrite.hcl.tree.Expression e && expression(e) instanceof Expression.Literal l
          && l.value() instanceof JsonValue.Str s) {
        out.add(s.value());
      } else {
        out.add(stripQuotes(spans.textOf(label)));
      }
    }
    return out;
  }

  private static String stripQuotes(String s) {
    return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
  }

  private Body body(Hcl.Block block) {
    List<Argument> arguments = new ArrayList<>();
    List<Body.NestedBlock> blocks = new ArrayList<>();
    for (BodyContent content : block.getBody()) {
      if (content instanceof Hcl.Attribute a) {
        arguments.add(new Argument(attributeName(a), spans.of(a), expression(a.getValue())));
      } else if (content instanceof Hcl.Block b) {
        String type = b.getType() == null ? "" : b.getType().getName();
        blocks.add(new Body.NestedBlock(type, labels(b), spans.of(b), body(b)));
      }
    }
    return new Body(arguments, blocks);
  }

  private String attributeName(Hcl.Attribute a) {
    org.openrewrite.hcl.tree.Expression name = a.getName();
    if (name instanceof Hcl.Identifier id) {
      return id.getName();
    }
    Expression e = expression(name);
    if (e instanceof Expression.Literal l && l.value() instanceof JsonValue.Str s) {
      return s.value();
    }
    if (e instanceof Expression.Reference r && r.steps().size() == 1) {
      return r.root();
    }
    return spans.textOf(name);
  }

  private Lifecycle lifecycle(Body body) {
    List<Body.NestedBlock> blocks = body.blocks("lifecycle");
    if (blocks.isEmpty()) {
      return Lifecycle.none();
    }
    Body.NestedBlock lc = blocks.get(0);
    Optional<Lifecycle.IgnoreChanges> ignore = lc.body().argument("ignore_changes").map(this::ignoreChanges);
    Optional<Lifecycle.Flag> prevent = lc.body().argument("prevent_destroy").map(Converter::flag);
    Optional<Lifecycle.Flag> cbd = lc.body().argument("create_before_destroy").map(Converter::flag);
    Optional<Lifecycle.ReplaceTriggeredBy> rtb = lc.body().argument("replace_triggered_by").map(a -> {
      List<String> refs = new ArrayList<>();
      if (a.value() instanceof Expression.Tuple t) {
        t.items().forEach(i -> refs.add(text(i.range())));
      }
      return new Lifecycle.ReplaceTriggeredBy(refs, a.range());
    });
    return new Lifecycle(Optional.of(lc.range()), ignore, prevent, cbd, rtb);
  }

  private String text(SourceRange r) {
    return spans.text(r);
  }

  private static Lifecycle.Flag flag(Argument a) {
    return new Lifecycle.Flag(a.value() instanceof Expression.Literal l && l.value().equals(JsonValue.of(true)), a.range());
  }

  private Lifecycle.IgnoreChanges ignoreChanges(Argument a) {
    Expression v = a.value();
    if (isAll(v)) {
      return new Lifecycle.IgnoreChanges(true, List.of(), List.of(), a.range(), 0);
    }
    List<AttributePath> paths = new ArrayList<>();
    List<SourceRange> ranges = new ArrayList<>();
    int unreadable = 0;
    if (v instanceof Expression.Tuple t) {
      for (Expression item : t.items()) {
        String written = item instanceof Expression.Literal l && l.value() instanceof JsonValue.Str s ? s.value() : text(item.range());
        var parsed = AttributePath.parse(written);
        if (parsed.isRight() && !parsed.get().isAll() && !parsed.get().isRoot()) {
          paths.add(parsed.get());
          ranges.add(item.range());
        } else {
          unreadable++;
        }
      }
    } else {
      unreadable++;
    }
    return new Lifecycle.IgnoreChanges(false, paths, ranges, a.range(), unreadable);
  }

  private static boolean isAll(Expression v) {
    if (v instanceof Expression.Reference r) {
      return r.steps().size() == 1 && r.root().equals("all");
    }
    return v instanceof Expression.Literal l && l.value().equals(JsonValue.of("all"));
  }

  /** Converts an expression of the parsed tree. */
  Expression expression(org.openrewrite.hcl.tree.Expression e) {
    SourceRange range = spans.of(e);
    if (e instanceof Hcl.Literal l) {
      return literal(l, range);
    }
    if (e instanceof Hcl.QuotedTemplate q) {
      return template(q.getExpressions(), range, true);
    }
    if (e instanceof Hcl.HeredocTemplate h) {
      return heredoc(h.getExpressions(), range);
    }
    if (e instanceof Hcl.ObjectValue o) {
      List<Expression.Entry> entries = new ArrayList<>();
      for (org.openrewrite.hcl.tree.Expression item : o.getAttributes()) {
        if (item instanceof Hcl.Attribute a) {
          entries.add(new Expression.Entry(attributeName(a), spans.of(a.getName()), spans.of(a), expression(a.getValue())));
        }
      }
      return new Expression.ObjectValue(range, entries);
    }
    if (e instanceof Hcl.Tuple t) {
      return new Expression.Tuple(range, t.getValues().stream().map(this::expression).toList());
    }
    if (e instanceof Hcl.FunctionCall f) {
      return new Expression.FunctionCall(range, f.getName().getName());
    }
    if (e instanceof Hcl.Conditional) {
      return new Expression.Conditional(range);
    }
    Optional<List<PathStep>> traversal = traversal(e);
    if (traversal.isPresent()) {
      return new Expression.Reference(range, traversal.get());
    }
    return new Expression.Other(range, kind(e));
  }

  private static String kind(org.openrewrite.hcl.tree.Expression e) {
    if (e instanceof Hcl.Binary) {
      return "binary operator";
    }
    if (e instanceof Hcl.Unary) {
      return "unary operator";
    }
    if (e instanceof Hcl.ForObject || e instanceof Hcl.ForTuple) {
      return "for expression";
    }
    if (e instanceof Hcl.Splat) {
      return "splat";
    }
    if (e instanceof Hcl.Parentheses) {
      return "parentheses";
    }
    return "expression";
  }

  private Optional<List<PathStep>> traversal(org.openrewrite.hcl.tree.Expression e) {
    if (e instanceof Hcl.VariableExpression v) {
      List<PathStep> steps = new ArrayList<>();
      steps.add(PathStep.attribute(v.getName().getName()));
      return Optional.of(steps);
    }
    if (e instanceof Hcl.Identifier id) {
      List<PathStep> steps = new ArrayList<>();
      steps.add(PathStep.attribute(id.getName()));
      return Optional.of(steps);
    }
    if (e instanceof Hcl.AttributeAccess a) {
      return traversal(a.getAttribute()).map(steps -> {
        steps.add(PathStep.attribute(a.getPadding().getName().getElement().getName()));
        return steps;
      });
    }
    if (e instanceof Hcl.Index i) {
      Optional<PathStep> step = indexStep(i.getPosition().getPosition());
      if (step.isEmpty()) {
        return Optional.empty();
      }
      return traversal(i.getIndexed()).map(steps -> {
        steps.add(step.get());
        return steps;
      });
    }
    if (e instanceof Hcl.LegacyIndexAttributeAccess l) {
      Optional<PathStep> step = indexStep(l.getIndex());
      if (step.isEmpty()) {
        return Optional.empty();
      }
      return traversal(l.getBase().getElement()).map(steps -> {
        steps.add(step.get());
        return steps;
      });
    }
    return Optional.empty();
  }

  private Optional<PathStep> indexStep(org.openrewrite.hcl.tree.Expression position) {
    Expression p = expression(position);
    if (p instanceof Expression.Literal l) {
      if (l.value() instanceof JsonValue.Str s) {
        return Optional.of(PathStep.key(s.value()));
      }
      if (l.value() instanceof JsonValue.Num n) {
        try {
          return Optional.of(PathStep.index(n.decimalValue().intValueExact()));
        } catch (ArithmeticException ex) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  private static Expression literal(Hcl.Literal l, SourceRange range) {
    Object v = l.getValue();
    if (v instanceof Boolean b) {
      return new Expression.Literal(range, JsonValue.of(b));
    }
    if (v instanceof Number) {
      return new Expression.Literal(range, JsonValue.number(l.getValueSource()));
    }
    if (v instanceof String s) {
      return new Expression.Literal(range, JsonValue.of(s));
    }
    if (v == null && "null".equals(l.getValueSource())) {
      return new Expression.Literal(range, JsonValue.nullValue());
    }
    return new Expression.Other(range, "literal");
  }

  private Expression heredoc(List<org.openrewrite.hcl.tree.Expression> parts, SourceRange range) {
    for (org.openrewrite.hcl.tree.Expression part : parts) {
      if (!(part instanceof Hcl.Literal l && l.getValue() instanceof String)) {
        return new Expression.Template(range);
      }
    }
    String written = text(range);
    int firstNewline = written.indexOf('\n');
    int lastNewline = written.lastIndexOf('\n');
    if (firstNewline < 0 || lastNewline < firstNewline) {
      return new Expression.Template(range);
    }
    String body = written.substring(firstNewline + 1, lastNewline + 1);
    if (written.startsWith("<<-")) {
      body = TemplateText.outdent(body);
    }
    Optional<String> value = TemplateText.decode(body, false);
    return value.<Expression>map(v -> new Expression.Literal(range, JsonValue.of(v)))
        .orElseGet(() -> new Expression.Template(range));
  }

  private static Expression template(List<org.openrewrite.hcl.tree.Expression> parts, SourceRange range, boolean quoted) {
    StringBuilder b = new StringBuilder();
    for (org.openrewrite.hcl.tree.Expression part : parts) {
      if (part instanceof Hcl.Literal l && l.getValue() instanceof String s) {
        b.append(s);
      } else {
        return new Expression.Template(range);
      }
    }
    Optional<String> value = TemplateText.decode(b.toString(), quoted);
    return value.<Expression>map(v -> new Expression.Literal(range, JsonValue.of(v)))
        .orElseGet(() -> new Expression.Template(range));
  }
}
