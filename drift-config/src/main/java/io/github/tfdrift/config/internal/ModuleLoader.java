package io.github.tfdrift.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tfdrift.config.model.ConfigModule;
import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.config.model.ModuleCall;
import io.github.tfdrift.config.model.TfvarsAssignment;
import io.github.tfdrift.config.source.ConfigError;
import io.github.tfdrift.config.source.ParsedFile;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a configuration directory and the modules it calls: {@code *.tf} and {@code *.tofu} files (a
 * {@code .tofu} file replaces the {@code .tf} file of the same name, as OpenTofu does), the root's
 * {@code terraform.tfvars}, {@code terraform.tfvars.json}, {@code *.auto.tfvars} and {@code
 * *.auto.tfvars.json}, local module sources, and remote ones installed by {@code init} as {@code
 * .terraform/modules/modules.json} lists them.
 */
public final class ModuleLoader {

  private static final String MANIFEST = ".terraform/modules/modules.json";

  private final Path root;
  private final Map<String, ParsedFile> files = new LinkedHashMap<>();
  private Map<String, String> installed = Map.of();

  private ModuleLoader(Path root) {
    this.root = root;
  }

  /** Reads the configuration rooted at {@code rootDir}. */
  public static Either<ConfigError, Configuration> load(Path rootDir) {
    Path root = rootDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(root)) {
      return Either.left(ConfigError.of(ConfigError.Kind.IO, rootDir.toString(), "not a directory"));
    }
    ModuleLoader loader = new ModuleLoader(root);
    Either<ConfigError, Map<String, String>> manifest = loader.manifest();
    if (manifest.isLeft()) {
      return Either.left(manifest.getLeft());
    }
    loader.installed = manifest.get();
    try {
      ConfigModule module = loader.module(root, List.of(), new ArrayList<>());
      return Either.right(new Configuration(root, module, loader.files));
    } catch (Failure f) {
      return Either.left(f.error);
    }
  }

  /** A read that failed, carried out of the recursion. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final transient ConfigError error;

    Failure(ConfigError error) {
      super(error.describe(), null, false, false);
      this.error = error;
    }
  }

  private Either<ConfigError, Map<String, String>> manifest() {
    Path file = root.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      return Either.right(Map.of());
    }
    try {
      JsonNode json = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
      JsonNode modules = json == null ? null : json.get("Modules");
      if (modules == null || !modules.isArray()) {
        return Either.left(ConfigError.of(ConfigError.Kind.MODULE_MANIFEST, MANIFEST, "no Modules array"));
      }
      Map<String, String> out = new HashMap<>();
      for (JsonNode m : modules) {
        JsonNode key = m.get("Key");
        JsonNode dir = m.get("Dir");
        if (key == null || !key.isTextual() || dir == null || !dir.isTextual()) {
          return Either.left(ConfigError.of(ConfigError.Kind.MODULE_MANIFEST, MANIFEST, "a module without Key or Dir"));
        }
        out.put(key.asText(), dir.asText());
      }
      return Either.right(out);
    } catch (IOException e) {
      return Either.left(ConfigError.of(ConfigError.Kind.MODULE_MANIFEST, MANIFEST, "not JSON: " + e.getClass().getSimpleName()));
    }
  }

  private ConfigModule module(Path dir, List<String> callPath, List<Path> chain) throws Failure {
    Path real = dir.toAbsolutePath().normalize();
    if (chain.contains(real)) {
      throw new Failure(ConfigError.of(ConfigError.Kind.MODULE_CYCLE, relative(real), "module calls itself through local sources"));
    }
    chain.add(real);
    Converter.Declarations all = new Converter.Declarations();
    for (Path file : configFiles(real)) {
      ParsedFile parsed = parse(file);
      Converter.Declarations d = Converter.declarations(parsed);
      all.resources.addAll(d.resources);
      all.moduleCalls.addAll(d.moduleCalls);
      all.variables.addAll(d.variables);
      all.locals.addAll(d.locals);
      all.moved.addAll(d.moved);
      all.imports.addAll(d.imports);
    }
    List<TfvarsAssignment> tfvars = new ArrayList<>();
    if (callPath.isEmpty()) {
      for (Path file : tfvarsFiles(real)) {
        if (file.getFileName().toString().endsWith(".json")) {
          String rel = relative(file);
          String text = read(file);
          Either<ConfigError, List<TfvarsAssignment>> json = TfvarsJson.assignments(rel, text);
          if (json.isLeft()) {
            throw new Failure(json.getLeft());
          }
          files.put(rel, new ParsedFile(rel, file, text, null));
          tfvars.addAll(json.get());
        } else {
          tfvars.addAll(Converter.assignments(parse(file)));
        }
      }
    }
    List<ModuleCall> calls = new ArrayList<>();
    Map<String, ConfigModule> children = new LinkedHashMap<>();
    for (Converter.RawModuleCall raw : all.moduleCalls) {
      List<String> childPath = new ArrayList<>(callPath);
      childPath.add(raw.name());
      Optional<Path> childDir = Optional.empty();
      ModuleCall.Resolution resolution = ModuleCall.Resolution.UNRESOLVED;
      if (raw.source().startsWith("./") || raw.source().startsWith("../")) {
        Path local = real.resolve(raw.source()).normalize();
        if (Files.isDirectory(local)) {
          childDir = Optional.of(local);
          resolution = ModuleCall.Resolution.LOCAL;
        }
      }
      if (childDir.isEmpty()) {
        String dirName = installed.get(String.join(".", childPath));
        if (dirName != null && Files.isDirectory(root.resolve(dirName))) {
          childDir = Optional.of(root.resolve(dirName).normalize());
          resolution = raw.source().startsWith("./") || raw.source().startsWith("../")
              ? ModuleCall.Resolution.LOCAL
              : ModuleCall.Resolution.INSTALLED;
        }
      }
      calls.add(new ModuleCall(raw.name(), raw.source(), raw.range(), raw.body(), resolution, childDir.map(this::relative)));
      if (childDir.isPresent()) {
        children.put(raw.name(), module(childDir.get(), childPath, chain));
      }
    }
    chain.remove(chain.size() - 1);
    return new ConfigModule(callPath, callPath.isEmpty() ? "" : relative(real), all.resources, calls,
        all.variables, all.locals, all.moved, all.imports, tfvars, children);
  }

  private List<Path> configFiles(Path dir) throws Failure {
    TreeMap<String, Path> byStem = new TreeMap<>();
    for (Path p : list(dir)) {
      String name = p.getFileName().toString();
      if (name.endsWith(".tf") && Files.isRegularFile(p)) {
        byStem.putIfAbsent(name.substring(0, name.length() - 3), p);
      }
    }
    for (Path p : list(dir)) {
      String name = p.getFileName().toString();
      if (name.endsWith(".tofu") && Files.isRegularFile(p)) {
        byStem.put(name.substring(0, name.length() - 5), p);
      }
    }
    return new ArrayList<>(byStem.values());
  }

  private List<Path> tfvarsFiles(Path dir) throws Failure {
    List<Path> out = new ArrayList<>();
    for (String name : List.of("terraform.tfvars", "terraform.tfvars.json")) {
      if (Files.isRegularFile(dir.resolve(name))) {
        out.add(dir.resolve(name));
      }
    }
    list(dir).stream()
        .filter(p -> {
          String n = p.getFileName().toString();
          return (n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json")) && Files.isRegularFile(p);
        })
        .forEach(out::add);
    return out;
  }

  private List<Path> list(Path dir) throws Failure {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new Failure(ConfigError.of(ConfigError.Kind.IO, relative(dir), "cannot list the directory"));
    }
  }

  private String read(Path file) throws Failure {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Failure(ConfigError.of(ConfigError.Kind.IO, relative(file), "cannot read the file (" + e.getClass().getSimpleName() + ")"));
    }
  }

  private ParsedFile parse(Path file) throws Failure {
    String rel = relative(file);
    ParsedFile known = files.get(rel);
    if (known != null) {
      return known;
    }
    Either<ConfigError, ParsedFile> parsed = HclParsing.parse(rel, file, read(file));
    if (parsed.isLeft()) {
      throw new Failure(parsed.getLeft());
    }
    files.put(rel, parsed.get());
    return parsed.get();
  }

  private String relative(Path p) {
    String rel = root.relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/');
    return rel;
  }
}
