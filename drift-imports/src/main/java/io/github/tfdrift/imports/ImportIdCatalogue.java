package io.github.tfdrift.imports;

import io.github.tfdrift.imports.TemplateError;
import io.github.tfdrift.imports.ImportIdTemplate;
import io.github.tfdrift.imports.ImportIdProvider;
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
 * Import ID templates by resource type: the data that says how to identify an existing object of each
 * type. Keys are resource types ({@code aws_iam_role}) or type prefixes ending in {@code *} ({@code
 * azurerm_*}); an exact key beats a prefix, and a longer prefix beats a shorter one.
 *
 * <p>{@link #builtIn()} is the catalogue shipped in {@code io/github/tfdrift/imports/catalogue.yaml};
 * {@link #installed()} adds the templates of every {@link ImportIdProvider} service; {@link
 * #withOverrides} lays the policy file's {@code import_ids:} map on top. Immutable.
 */
public final class ImportIdCatalogue {
  /** Where the built-in catalogue lives on the class path. */
  public static final String RESOURCE = "/io/github/tfdrift/imports/catalogue.yaml";

  /** Origin of built-in entries. */
  public static final String BUILT_IN = "built-in";

  /**
   * One entry.
   *
   * @param key the resource type or prefix* it is keyed by
   * @param template the template
   * @param origin where it comes from: {@code built-in}, a provider's name, or the policy file
   */
  public record Entry(String key, ImportIdTemplate template, String origin) {
    /** Validates the parts. */
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(origin, "origin");
    }
  }

  private static volatile ImportIdCatalogue builtIn;

  private final Map<String, Entry> entries;
  private final List<String> problems;

  private ImportIdCatalogue(Map<String, Entry> entries, List<String> problems) {
    this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    this.problems = List.copyOf(problems);
  }

  /** The built-in catalogue. */
  public static ImportIdCatalogue builtIn() {
    ImportIdCatalogue c = builtIn;
    if (c == null) {
      c = loadBuiltIn();
      builtIn = c;
    }
    return c;
  }

  private static ImportIdCatalogue loadBuiltIn() {
    try (InputStream in = ImportIdCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the built-in import ID catalogue " + RESOURCE + " is missing");
      }
      Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
      Either<TemplateError, Map<String, ImportIdTemplate>> t =
          TemplateTables.readYaml(r).flatMap(v -> TemplateTables.read(v, "catalogue.yaml"));
      if (t.isLeft()) {
        throw new IllegalStateException("the built-in import ID catalogue is broken: " + t.getLeft().describe());
      }
      return of(t.get(), BUILT_IN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The built-in catalogue plus the templates of the {@link ImportIdProvider} services of the context class loader. */
  public static ImportIdCatalogue installed() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    return installed(cl == null ? ImportIdCatalogue.class.getClassLoader() : cl);
  }

  /**
   * The built-in catalogue plus the templates of the {@link ImportIdProvider} services visible to a class
   * loader. A provider that fails to load or returns bad data is left out and named in {@link
   * #problems()}.
   *
   * @param loader where to look for services
   * @return the catalogue
   */
  public static ImportIdCatalogue installed(ClassLoader loader) {
    List<String> problems = new ArrayList<>();
    List<ImportIdProvider> providers = ProviderTables.load(loader, "templates", problems);
    return builtIn().plusProviders(providers, problems);
  }

  /**
   * The built-in catalogue plus the given providers' templates (for callers that manage their own
   * providers, and for tests).
   *
   * @param providers the providers
   * @return the catalogue
   */
  public static ImportIdCatalogue withProviders(List<? extends ImportIdProvider> providers) {
    return builtIn().plusProviders(providers, List.of());
  }

  private ImportIdCatalogue plusProviders(List<? extends ImportIdProvider> providers, List<String> problems) {
    List<String> p = new ArrayList<>(this.problems);
    p.addAll(problems);
    Map<String, Entry> merged = new LinkedHashMap<>(entries);
    ProviderTables.merge(
        providers,
        new ProviderTables.Part<>("templates", "an entry", ImportIdProvider::templates),
        p,
        (key, given) -> merged.put(key, new Entry(key, given.value(), given.provider())));
    return new ImportIdCatalogue(merged, p);
  }

  /**
   * A catalogue of exactly these templates.
   *
   * @param templates by resource type or prefix*
   * @param origin where they come from, for reports
   * @return the catalogue
   */
  public static ImportIdCatalogue of(Map<String, ImportIdTemplate> templates, String origin) {
    Map<String, Entry> m = new LinkedHashMap<>();
    templates.forEach((k, v) -> m.put(checkedKey(k), new Entry(k, v, origin)));
    return new ImportIdCatalogue(m, List.of());
  }

  private static String checkedKey(String key) {
    if (!TemplateTables.isKey(key)) {
      throw new IllegalArgumentException("not a resource type or prefix*: " + key);
    }
    return key;
  }

  /**
   * A copy with these entries added or replaced (the policy file's {@code import_ids:}).
   *
   * @param templates by resource type or prefix*
   * @param origin where they come from, e.g. the policy file's name
   * @return the catalogue
   */
  public ImportIdCatalogue withOverrides(Map<String, ImportIdTemplate> templates, String origin) {
    if (templates.isEmpty()) {
      return this;
    }
    Map<String, Entry> m = new LinkedHashMap<>(entries);
    templates.forEach((k, v) -> m.put(checkedKey(k), new Entry(k, v, origin)));
    return new ImportIdCatalogue(m, problems);
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
    return "ImportIdCatalogue[" + entries.size() + " entries, " + problems.size() + " problems]";
  }
}
