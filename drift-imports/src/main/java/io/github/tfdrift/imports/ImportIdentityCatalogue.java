package io.github.tfdrift.imports;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Identity templates by resource type: how to write {@code identity = { … }} in an import block
 * (Terraform 1.12+, OpenTofu 1.12+) for the types whose provider defines a resource identity. Keys are
 * resource types or prefixes ending in {@code *}, found as in {@link ImportIdCatalogue#find}.
 *
 * <p>{@link #builtIn()} is the catalogue shipped in {@code io/github/tfdrift/imports/identities.yaml},
 * taken from the providers' identity schemas; {@link #installed()} adds the {@link
 * ImportIdProvider#identities()} of every {@link ImportIdProvider} service, which replace built-in
 * entries for the same key (when two providers name one key, the one whose name sorts first wins and
 * {@link #problems()} says so). Immutable.
 */
public final class ImportIdentityCatalogue {
  /** Where the built-in catalogue lives on the class path. */
  public static final String RESOURCE = "/io/github/tfdrift/imports/identities.yaml";

  /**
   * One entry.
   *
   * @param key the resource type or prefix* it is keyed by
   * @param template the identity template
   * @param origin where it comes from: {@code built-in} or a provider's name
   */
  public record Entry(String key, ImportIdentityTemplate template, String origin) {
    /** Validates the parts. */
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(origin, "origin");
    }
  }

  private static volatile ImportIdentityCatalogue builtIn;

  private final Map<String, Entry> entries;
  private final List<String> problems;

  private ImportIdentityCatalogue(Map<String, Entry> entries, List<String> problems) {
    this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    this.problems = List.copyOf(problems);
  }

  /** The built-in catalogue. */
  public static ImportIdentityCatalogue builtIn() {
    ImportIdentityCatalogue c = builtIn;
    if (c == null) {
      c = loadBuiltIn();
      builtIn = c;
    }
    return c;
  }

  private static ImportIdentityCatalogue loadBuiltIn() {
    try (InputStream in = ImportIdentityCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the built-in identity catalogue " + RESOURCE + " is missing");
      }
      Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
      Either<TemplateError, Map<String, ImportIdentityTemplate>> t =
          TemplateTables.readYaml(r).flatMap(v -> TemplateTables.readIdentities(v, "identities.yaml"));
      if (t.isLeft()) {
        throw new IllegalStateException("the built-in identity catalogue is broken: " + t.getLeft().describe());
      }
      return of(t.get(), ImportIdCatalogue.BUILT_IN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The built-in catalogue plus the identities of the {@link ImportIdProvider} services of the context class loader. */
  public static ImportIdentityCatalogue installed() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return installed(cl == null ? ImportIdentityCatalogue.class.getClassLoader() : cl);
  }

  /**
   * The built-in catalogue plus the identities of the {@link ImportIdProvider} services visible to a
   * class loader. A provider that fails to load or returns bad data is left out and named in {@link
   * #problems()}.
   *
   * @param loader where to look for services
   * @return the catalogue
   */
  public static ImportIdentityCatalogue installed(ClassLoader loader) {
    List<String> problems = new ArrayList<>();
    List<ImportIdProvider> providers = ProviderTables.load(loader, "identities", problems);
    return builtIn().plusProviders(providers, problems);
  }

  /**
   * The built-in catalogue plus the given providers' identities (for callers that manage their own
   * providers, and for tests).
   *
   * @param providers the providers
   * @return the catalogue
   */
  public static ImportIdentityCatalogue withProviders(List<? extends ImportIdProvider> providers) {
    return builtIn().plusProviders(providers, List.of());
  }

  private ImportIdentityCatalogue plusProviders(List<? extends ImportIdProvider> providers, List<String> problems) {
    List<String> p = new ArrayList<>(this.problems);
    p.addAll(problems);
    Map<String, Entry> merged = new LinkedHashMap<>(entries);
    ProviderTables.merge(
        providers,
        new ProviderTables.Part<>("identities", "an identity", ImportIdProvider::identities),
        p,
        (key, given) -> merged.put(key, new Entry(key, given.value(), given.provider())));
    return new ImportIdentityCatalogue(merged, p);
  }

  /**
   * A catalogue of exactly these identities.
   *
   * @param templates by resource type or prefix*
   * @param origin where they come from, for reports
   * @return the catalogue
   */
  public static ImportIdentityCatalogue of(Map<String, ImportIdentityTemplate> templates, String origin) {
    Map<String, Entry> m = new LinkedHashMap<>();
    templates.forEach(
        (k, v) -> {
          if (!TemplateTables.isKey(k)) {
            throw new IllegalArgumentException("not a resource type or prefix*: " + k);
          }
          m.put(k, new Entry(k, v, origin));
        });
    return new ImportIdentityCatalogue(m, List.of());
  }

  /** The empty catalogue: every import is written with {@code id}. */
  public static ImportIdentityCatalogue empty() {
    return new ImportIdentityCatalogue(Map.of(), List.of());
  }

  /**
   * The entry for a resource type: the exact key, else the longest matching prefix*.
   *
   * @param type the resource type
   * @return the entry, if any
   */
  public Optional<Entry> find(String type) {
    return ProviderTables.find(entries, type, Entry::key);
  }

  /** Every entry, by key. */
  public Map<String, Entry> entries() {
    return entries;
  }

  /** What went wrong while loading providers (each one line); empty when nothing did. */
  public List<String> problems() {
    return problems;
  }

  @Override
  public String toString() {
    return "ImportIdentityCatalogue[" + entries.size() + " entries, " + problems.size() + " problems]";
  }
}
