package io.github.tfdrift.config.model;

import io.github.tfdrift.config.source.SourceRange;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ModuleInstance;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Follows an attribute of a resource instance to where its value is written; see {@link Configuration#originOf}. */
final class Origins {

  private static final int MAX_DEPTH = 64;

  private final Configuration config;
  /** Set when the way passes a sensitive variable. */
  private boolean sensitive;

  Origins(Configuration config) {
    this.config = config;
  }

  /** Where an expression is evaluated: its module, that module's instance path, and the {@code each} in force. */
  private record Scope(
      ConfigModule module, List<ModuleInstance> instancePath, Optional<Expression> forEach, Optional<InstanceKey> key) {
    Scope withoutEach() {
      return new Scope(module, instancePath, Optional.empty(), Optional.empty());
    }
  }

  /** An expression reached, with where it is evaluated and what kind of place holds it. */
  private record Found(Expression expression, Scope scope, ValueOrigin.Place place, List<SourceRange> trail) {}

  /** Either a found expression or why not (one of the two is null). */
  private record Step(Found found, ValueOrigin.Unresolved unresolved) {
    static Step of(Found f) {
      return new Step(f, null);
    }

    static Step fail(ValueOrigin.Reason reason, String detail, Optional<SourceRange> at) {
      return new Step(null, new ValueOrigin.Unresolved(reason, detail, at));
    }
  }

  ValueOrigin originOf(ResourceAddress instance, AttributePath attribute) {
    Optional<ConfigModule> module = moduleOrRemote(instance);
    if (module.isEmpty()) {
      return remoteOnTheWay(instance);
    }
    ConfigModule m = module.get();
    Optional<ResourceBlock> block = m.resource(Configuration.localAddress(instance));
    if (block.isEmpty()) {
      return new ValueOrigin.Unresolved(ValueOrigin.Reason.NO_RESOURCE_BLOCK, localName(instance), Optional.empty());
    }
    ResourceBlock r = block.get();
    Scope scope = new Scope(m, instance.modulePath(), r.forEach(), instance.key());
    Step step = inBody(r.body(), attribute.steps(), scope, r.range());
    if (step.unresolved() != null) {
      return step.unresolved();
    }
    return toOrigin(step.found());
  }

  private static String localName(ResourceAddress a) {
    return a.moduleAddress().isEmpty() ? Configuration.localAddress(a) : a.moduleAddress() + "." + Configuration.localAddress(a);
  }

  private Optional<ConfigModule> moduleOrRemote(ResourceAddress instance) {
    return config.moduleFor(instance);
  }

  private ValueOrigin remoteOnTheWay(ResourceAddress instance) {
    ConfigModule m = config.root();
    for (ModuleInstance mi : instance.modulePath()) {
      Optional<ModuleCall> call = m.moduleCall(mi.name());
      if (call.isEmpty()) {
        return new ValueOrigin.Unresolved(ValueOrigin.Reason.NO_RESOURCE_BLOCK, "no module call " + mi.name(), Optional.empty());
      }
      ConfigModule child = m.children().get(mi.name());
      if (child == null) {
        return new ValueOrigin.Unresolved(
            ValueOrigin.Reason.REMOTE_MODULE, call.get().source(), Optional.of(call.get().range()));
      }
      m = child;
    }
    return new ValueOrigin.Unresolved(ValueOrigin.Reason.NO_RESOURCE_BLOCK, localName(instance), Optional.empty());
  }

  private ValueOrigin toOrigin(Found f) {
    Expression e = f.expression();
    if (e instanceof Expression.Literal || e instanceof Expression.ObjectValue || e instanceof Expression.Tuple) {
      return new ValueOrigin.Literal(f.place(), e, f.trail(), sensitive);
    }
    return unresolvedFor(e);
  }

  private static ValueOrigin.Unresolved unresolvedFor(Expression e) {
    Optional<SourceRange> at = Optional.of(e.range());
    if (e instanceof Expression.FunctionCall fc) {
      return new ValueOrigin.Unresolved(ValueOrigin.Reason.FUNCTION_CALL, fc.name(), at);
    }
    if (e instanceof Expression.Conditional) {
      return new ValueOrigin.Unresolved(ValueOrigin.Reason.CONDITIONAL, "", at);
    }
    if (e instanceof Expression.Template) {
      return new ValueOrigin.Unresolved(ValueOrigin.Reason.TEMPLATE, "", at);
    }
    if (e instanceof Expression.Other o) {
      return new ValueOrigin.Unresolved(ValueOrigin.Reason.EXPRESSION, o.kind(), at);
    }
    return new ValueOrigin.Unresolved(ValueOrigin.Reason.EXPRESSION, "", at);
  }

  /** Walks an attribute path into a block body: an argument, or a nested block by type and index. */
  private Step inBody(Body body, List<PathStep> steps, Scope scope, SourceRange blockRange) {
    if (steps.isEmpty()) {
      return Step.fail(ValueOrigin.Reason.EXPRESSION, "a whole block", Optional.of(blockRange));
    }
    String name = name(steps.get(0)).orElse(null);
    if (name == null) {
      return Step.fail(ValueOrigin.Reason.NOT_SET, "", Optional.of(blockRange));
    }
    List<PathStep> rest = steps.subList(1, steps.size());
    Optional<Argument> arg = body.argument(name);
    if (arg.isPresent()) {
      return follow(arg.get().value(), rest, scope, new ArrayList<>(), ValueOrigin.Place.RESOURCE, 0);
    }
    List<Body.NestedBlock> nested = body.blocks(name);
    if (!nested.isEmpty()) {
      int index = 0;
      if (!rest.isEmpty() && rest.get(0) instanceof PathStep.Index i) {
        index = i.index();
        rest = rest.subList(1, rest.size());
      }
      if (index >= nested.size()) {
        return Step.fail(ValueOrigin.Reason.NOT_SET, name + "[" + index + "]", Optional.of(blockRange));
      }
      Body.NestedBlock b = nested.get(index);
      return inBody(b.body(), rest, scope, b.range());
    }
    for (Body.NestedBlock d : body.blocks("dynamic")) {
      if (d.labels().size() == 1 && d.labels().get(0).equals(name)) {
        return Step.fail(ValueOrigin.Reason.EXPRESSION, "dynamic \"" + name + "\" block", Optional.of(d.range()));
      }
    }
    return Step.fail(ValueOrigin.Reason.NOT_SET, name, Optional.of(blockRange));
  }

  private static Optional<String> name(PathStep step) {
    if (step instanceof PathStep.Attribute a) {
      return Optional.of(a.name());
    }
    if (step instanceof PathStep.Key k) {
      return Optional.of(k.key());
    }
    return Optional.empty();
  }

  /**
   * Follows an expression through references ({@code var}, {@code local}, {@code each}) and into
   * object and tuple constructors along {@code rest}, to the expression that holds the value.
   */
  private Step follow(Expression e, List<PathStep> rest, Scope scope, List<SourceRange> trail, ValueOrigin.Place place, int depth) {
    if (depth > MAX_DEPTH) {
      return Step.fail(ValueOrigin.Reason.EXPRESSION, "references nested too deeply", Optional.of(e.range()));
    }
    if (e instanceof Expression.Reference ref) {
      return followReference(ref, rest, scope, with(trail, ref.range()), depth + 1);
    }
    if (rest.isEmpty()) {
      return Step.of(new Found(e, scope, place, trail));
    }
    PathStep first = rest.get(0);
    List<PathStep> tail = rest.subList(1, rest.size());
    if (e instanceof Expression.ObjectValue o) {
      Optional<String> key = name(first);
      Optional<Expression.Entry> entry = key.flatMap(o::entry);
      if (entry.isEmpty()) {
        return Step.fail(ValueOrigin.Reason.NOT_SET, key.orElse(first.toString()), Optional.of(o.range()));
      }
      return follow(entry.get().value(), tail, scope, trail, place, depth + 1);
    }
    if (e instanceof Expression.Tuple t) {
      if (first instanceof PathStep.Index i && i.index() < t.items().size()) {
        return follow(t.items().get(i.index()), tail, scope, trail, place, depth + 1);
      }
      return Step.fail(ValueOrigin.Reason.NOT_SET, first.toString(), Optional.of(t.range()));
    }
    if (e instanceof Expression.Literal l) {
      return Step.fail(ValueOrigin.Reason.NOT_SET, "below a literal " + kind(l.value()), Optional.of(l.range()));
    }
    return Step.of(new Found(e, scope, place, trail));
  }

  private static String kind(JsonValue v) {
    return v.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
  }

  private Step followReference(Expression.Reference ref, List<PathStep> rest, Scope scope, List<SourceRange> trail, int depth) {
    Optional<SourceRange> at = Optional.of(ref.range());
    String root = ref.root();
    Optional<String> second = ref.second();
    switch (root) {
      case "var" -> {
        if (second.isEmpty()) {
          return Step.fail(ValueOrigin.Reason.EXPRESSION, "var", at);
        }
        return variable(second.get(), concat(ref.after(2), rest), scope, trail, depth);
      }
      case "local" -> {
        if (second.isEmpty()) {
          return Step.fail(ValueOrigin.Reason.EXPRESSION, "local", at);
        }
        Optional<Local> local = scope.module().local(second.get());
        if (local.isEmpty()) {
          return Step.fail(ValueOrigin.Reason.EXPRESSION, "undeclared local." + second.get(), at);
        }
        return follow(local.get().value(), concat(ref.after(2), rest), scope.withoutEach(), trail, ValueOrigin.Place.LOCAL, depth);
      }
      case "each" -> {
        return each(ref, rest, scope, trail, depth);
      }
      case "count" -> {
        return Step.fail(ValueOrigin.Reason.INSTANCE_KEY, "count.index", at);
      }
      case "data" -> {
        return Step.fail(ValueOrigin.Reason.DATA_SOURCE, refText(ref, 3), at);
      }
      case "module" -> {
        return Step.fail(ValueOrigin.Reason.MODULE_OUTPUT, refText(ref, 3), at);
      }
      case "path", "terraform", "self", "ephemeral" -> {
        return Step.fail(ValueOrigin.Reason.EXPRESSION, root, at);
      }
      default -> {
        return Step.fail(ValueOrigin.Reason.RESOURCE_REFERENCE, refText(ref, 2), at);
      }
    }
  }

  /** The first {@code n} names of a reference, dotted: {@code data.x.y}, {@code aws_instance.web}. */
  private static String refText(Expression.Reference ref, int n) {
    StringBuilder b = new StringBuilder();
    for (PathStep s : ref.steps().subList(0, Math.min(n, ref.steps().size()))) {
      Optional<String> nm = name(s);
      if (nm.isEmpty()) {
        break;
      }
      if (b.length() > 0) {
        b.append('.');
      }
      b.append(nm.get());
    }
    return b.toString();
  }

  private Step variable(String name, List<PathStep> rest, Scope scope, List<SourceRange> trail, int depth) {
    ConfigModule m = scope.module();
    if (m.variable(name).map(Variable::sensitive).orElse(false)) {
      sensitive = true;
    }
    if (m.isRoot()) {
      Optional<TfvarsAssignment> assigned = m.effectiveTfvars(name);
      if (assigned.isPresent()) {
        return follow(assigned.get().value(), rest, scope.withoutEach(), trail, ValueOrigin.Place.TFVARS, depth);
      }
      return byDefault(name, rest, scope, trail, depth, ValueOrigin.Reason.VARIABLE_NOT_IN_FILES);
    }
    List<String> parentPath = m.callPath().subList(0, m.callPath().size() - 1);
    String callName = m.callPath().get(m.callPath().size() - 1);
    Optional<ConfigModule> parent = config.module(parentPath);
    Optional<ModuleCall> call = parent.flatMap(p -> p.moduleCall(callName));
    if (parent.isEmpty() || call.isEmpty()) {
      return Step.fail(ValueOrigin.Reason.EXPRESSION, "module call " + callName, Optional.empty());
    }
    Optional<Argument> arg = call.get().input(name);
    if (arg.isPresent()) {
      List<ModuleInstance> parentInstances = scope.instancePath().isEmpty()
          ? List.of()
          : scope.instancePath().subList(0, scope.instancePath().size() - 1);
      Optional<InstanceKey> callKey = scope.instancePath().isEmpty()
          ? Optional.empty()
          : scope.instancePath().get(scope.instancePath().size() - 1).key();
      Scope parentScope = new Scope(parent.get(), parentInstances, call.get().forEach(), callKey);
      return follow(arg.get().value(), rest, parentScope, trail, ValueOrigin.Place.MODULE_ARGUMENT, depth);
    }
    return byDefault(name, rest, scope, trail, depth, ValueOrigin.Reason.NOT_SET);
  }

  private Step byDefault(String name, List<PathStep> rest, Scope scope, List<SourceRange> trail, int depth, ValueOrigin.Reason otherwise) {
    Optional<Variable> v = scope.module().variable(name);
    if (v.isPresent() && v.get().defaultValue().isPresent()) {
      return follow(v.get().defaultValue().get().value(), rest, scope.withoutEach(), trail, ValueOrigin.Place.VARIABLE_DEFAULT, depth);
    }
    return Step.fail(otherwise, "var." + name, v.map(Variable::range));
  }

  /** {@code each.key}, {@code each.value…}: the entry of the literal for_each map chosen by the instance key. */
  private Step each(Expression.Reference ref, List<PathStep> rest, Scope scope, List<SourceRange> trail, int depth) {
    Optional<SourceRange> at = Optional.of(ref.range());
    Optional<String> which = ref.second();
    if (scope.forEach().isEmpty() || scope.key().isEmpty() || which.isEmpty()) {
      return Step.fail(ValueOrigin.Reason.INSTANCE_KEY, "each", at);
    }
    if (!(scope.key().get() instanceof InstanceKey.StringKey key)) {
      return Step.fail(ValueOrigin.Reason.INSTANCE_KEY, scope.key().get().render(), at);
    }
    Step collection = follow(scope.forEach().get(), List.of(), scope.withoutEach(), trail, ValueOrigin.Place.RESOURCE, depth + 1);
    if (collection.unresolved() != null) {
      return collection;
    }
    Found f = collection.found();
    if (f.expression() instanceof Expression.ObjectValue map) {
      Optional<Expression.Entry> entry = map.entry(key.key());
      if (entry.isEmpty()) {
        return Step.fail(ValueOrigin.Reason.INSTANCE_KEY, key.render(), Optional.of(map.range()));
      }
      List<SourceRange> via = with(f.trail(), scope.forEach().get().range());
      if (which.get().equals("key")) {
        if (!ref.after(2).isEmpty() || !rest.isEmpty()) {
          return Step.fail(ValueOrigin.Reason.NOT_SET, "below each.key", at);
        }
        Expression keyLiteral = new Expression.Literal(entry.get().keyRange(), JsonValue.of(key.key()));
        return Step.of(new Found(keyLiteral, f.scope(), ValueOrigin.Place.FOR_EACH_KEY, via));
      }
      if (which.get().equals("value")) {
        return follow(entry.get().value(), concat(ref.after(2), rest), f.scope(), via, f.place(), depth + 1);
      }
      return Step.fail(ValueOrigin.Reason.EXPRESSION, "each." + which.get(), at);
    }
    if (f.expression() instanceof Expression.FunctionCall || f.expression() instanceof Expression.Conditional) {
      return new Step(null, unresolvedFor(f.expression()));
    }
    return Step.fail(ValueOrigin.Reason.INSTANCE_KEY, "for_each is not a literal map", Optional.of(f.expression().range()));
  }

  private static List<SourceRange> with(List<SourceRange> trail, SourceRange r) {
    List<SourceRange> out = new ArrayList<>(trail);
    out.add(r);
    return out;
  }

  private static List<PathStep> concat(List<PathStep> a, List<PathStep> b) {
    List<PathStep> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
