package io.github.tfdrift.config.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One module of a configuration: the root module, or the module a {@code module} block calls, with
 * what its files declare. Its children are the modules its calls resolve to (an unresolved remote
 * call has no child).
 *
 * @param callPath the names of the module calls from the root, outermost first ({@code [vm, disk]}
 *     for {@code module.vm.module.disk}); empty for the root module
 * @param directory the module's directory relative to the configuration root, with {@code /}; empty
 *     for the root
 * @param resources the {@code resource}, {@code data} and {@code ephemeral} blocks
 * @param moduleCalls the {@code module} blocks
 * @param variables the {@code variable} blocks
 * @param locals the values of the {@code locals} blocks
 * @param moved the {@code moved} blocks
 * @param imports the {@code import} blocks
 * @param tfvars the variable files' assignments, in Terraform's order of precedence (a later one
 *     wins); only the root module has them
 * @param children the called modules by call name
 */
public record ConfigModule(
    List<String> callPath,
    String directory,
    List<ResourceBlock> resources,
    List<ModuleCall> moduleCalls,
    List<Variable> variables,
    List<Local> locals,
    List<MovedBlock> moved,
    List<ImportBlock> imports,
    List<TfvarsAssignment> tfvars,
    Map<String, ConfigModule> children) {

  /** Validates and copies the parts. */
  public ConfigModule {
    callPath = List.copyOf(callPath);
    Objects.requireNonNull(directory, "directory");
    resources = List.copyOf(resources);
    moduleCalls = List.copyOf(moduleCalls);
    variables = List.copyOf(variables);
    locals = List.copyOf(locals);
    moved = List.copyOf(moved);
    imports = List.copyOf(imports);
    tfvars = List.copyOf(tfvars);
    children = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(children));
  }

  /** The module's path in Terraform's notation without keys: {@code module.vm.module.disk}; {@code ""} for the root. */
  public String path() {
    StringBuilder b = new StringBuilder();
    for (String name : callPath) {
      if (b.length() > 0) {
        b.append('.');
      }
      b.append("module.").append(name);
    }
    return b.toString();
  }

  /** True for the root module. */
  public boolean isRoot() {
    return callPath.isEmpty();
  }

  /** The managed, data or ephemeral resource block with this local address ({@code type.name}, {@code data.type.name}). */
  public Optional<ResourceBlock> resource(String localAddress) {
    return resources.stream().filter(r -> r.localAddress().equals(localAddress)).findFirst();
  }

  /** The module call with this name. */
  public Optional<ModuleCall> moduleCall(String name) {
    return moduleCalls.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The variable with this name. */
  public Optional<Variable> variable(String name) {
    return variables.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** The local value with this name. */
  public Optional<Local> local(String name) {
    return locals.stream().filter(l -> l.name().equals(name)).findFirst();
  }

  /** The assignment of a root variable that wins (the last in order of precedence), if any. */
  public Optional<TfvarsAssignment> effectiveTfvars(String name) {
    TfvarsAssignment found = null;
    for (TfvarsAssignment a : tfvars) {
      if (a.name().equals(name)) {
        found = a;
      }
    }
    return Optional.ofNullable(found);
  }

  @Override
  public String toString() {
    return "ConfigModule[" + (isRoot() ? "<root>" : path()) + " at " + (directory.isEmpty() ? "." : directory) + "]";
  }
}
