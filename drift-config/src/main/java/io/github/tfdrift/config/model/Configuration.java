package io.github.tfdrift.config.model;

import io.github.tfdrift.config.source.ParsedFile;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.ModuleInstance;
import io.github.tfdrift.core.address.ResourceAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A configuration as read by {@code ConfigurationReader}: the tree of modules from the root, and
 * every file read with its text and parsed tree (for editing; see {@link ParsedFile}).
 *
 * <p>Equality is component by component; the files' trees do not take part (see {@link ParsedFile}).
 *
 * @param rootDirectory the root module's directory
 * @param root the root module, with its called modules as children
 * @param files every file read, by path relative to the root directory (with {@code /})
 */
public record Configuration(Path rootDirectory, ConfigModule root, Map<String, ParsedFile> files) {

  /** Validates and copies the parts. */
  public Configuration {
    Objects.requireNonNull(rootDirectory, "rootDirectory");
    Objects.requireNonNull(root, "root");
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  /** Every module of the tree, the root first, then depth first in the order of the calls. */
  public List<ConfigModule> modules() {
    List<ConfigModule> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(ConfigModule m, List<ConfigModule> out) {
    out.add(m);
    m.children().values().forEach(c -> collect(c, out));
  }

  /** The module at this call path ({@code [vm, disk]} for {@code module.vm.module.disk}), when read. */
  public Optional<ConfigModule> module(List<String> callPath) {
    ConfigModule m = root;
    for (String name : callPath) {
      m = m.children().get(name);
      if (m == null) {
        return Optional.empty();
      }
    }
    return Optional.of(m);
  }

  /**
   * The module holding the resource of an instance address, following the module instances' calls
   * (their keys are not needed), when read.
   */
  public Optional<ConfigModule> moduleFor(ResourceAddress address) {
    return module(address.modulePath().stream().map(ModuleInstance::name).toList());
  }

  /**
   * The resource block of an instance address: the instance key is stripped, and each module
   * instance leads to its module call ({@code module.vm["web"].proxmox_virtual_environment_vm.vm}
   * is the block {@code proxmox_virtual_environment_vm.vm} of the module that call {@code vm} reads).
   * Empty when no such block was read (also when a module on the way is remote and not installed).
   */
  public Optional<ResourceBlock> resourceFor(ResourceAddress address) {
    return moduleFor(address).flatMap(m -> m.resource(localAddress(address)));
  }

  static String localAddress(ResourceAddress address) {
    String mode = address.mode().text();
    return mode.equals("managed") ? address.type() + "." + address.name() : mode + "." + address.type() + "." + address.name();
  }

  /**
   * Where the value of {@code attribute} of the resource instance {@code instance} is written:
   * a literal in the resource block; or, through {@code var.X}, the module call's argument in the
   * parent module, the root variable's tfvars assignment that wins, or the variable's default; or,
   * through {@code each.value} / {@code each.value.k} / {@code each.key}, the entry of a literal map
   * (in {@code locals}, a module argument, a tfvars file or a default) chosen by the instance's key;
   * and below those, object keys and list indexes. Anything else is {@link ValueOrigin.Unresolved}
   * with the reason.
   *
   * <p>A root variable's value may also come from the environment ({@code TF_VAR_x}) or the command
   * line, which override the files; a file cannot tell, so the origin names the file that wins among
   * the files.
   *
   * @param instance the resource instance's address (with module and instance keys)
   * @param attribute the attribute's path, e.g. {@code input["memory"]} or {@code disk[0].size}
   * @return the literal's place, or why there is none
   */
  public ValueOrigin originOf(ResourceAddress instance, AttributePath attribute) {
    return new Origins(this).originOf(instance, attribute);
  }

  /**
   * True when the expression is a literal all the way down: a literal, or an object or tuple
   * constructor whose values are all literals. Only such an expression can be replaced by a value
   * without losing a reference.
   */
  public static boolean isLiteral(Expression e) {
    if (e instanceof Expression.Literal) {
      return true;
    }
    if (e instanceof Expression.ObjectValue o) {
      return o.entries().stream().allMatch(en -> isLiteral(en.value()));
    }
    if (e instanceof Expression.Tuple t) {
      return t.items().stream().allMatch(Configuration::isLiteral);
    }
    return false;
  }

  /** The module calls whose remote source is not installed, anywhere in the tree. */
  public List<ModuleCall> unresolvedModuleCalls() {
    List<ModuleCall> out = new ArrayList<>();
    for (ConfigModule m : modules()) {
      m.moduleCalls().stream().filter(c -> c.resolution() == ModuleCall.Resolution.UNRESOLVED).forEach(out::add);
    }
    return out;
  }

  /** The file read at this path (relative to the root, with {@code /}). */
  public Optional<ParsedFile> file(String path) {
    return Optional.ofNullable(files.get(path));
  }

  @Override
  public String toString() {
    return "Configuration[" + rootDirectory + ", " + modules().size() + " modules, " + files.size() + " files]";
  }
}
