package io.github.tfdrift.report;

import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.builtin.BuiltInRules;
import io.github.tfdrift.rules.builtin.ImportExistingRule;
import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.rules.spi.RuleProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The rules a report can name, with their documentation: the rules an engine ran (built-in and
 * plug-ins, {@value #IMPORT_EXISTING} among the built-in ones), plus {@value #ENGINE}, the id the
 * engine uses for the verdicts it makes itself (a destructive floor, the DEFERRED floor of deferred
 * changes, or a fallback when no rule had an opinion). Sorted by id.
 */
public final class RuleCatalog {
  /** The id of the engine's own findings. */
  public static final String ENGINE = "engine";

  /**
   * The id of the built-in rule of the verdicts an apply log decides ({@link ImportExistingRule}):
   * create becomes import, the object already exists.
   */
  public static final String IMPORT_EXISTING = ImportExistingRule.ID;

  /** Where a rule comes from. */
  public enum Origin {
    /** Shipped with drift-rules. */
    BUILT_IN,
    /** A plug-in found on the class path (or added in code). */
    PLUGIN,
    /** The engine itself. */
    ENGINE;

    /** Lower-case, dash-separated: {@code built-in}, {@code plugin}, {@code engine}. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One rule of the catalog.
   *
   * @param id the rule id
   * @param summary one line
   * @param documentation the rule's documentation page (markdown)
   * @param origin built-in, plug-in or the engine
   */
  public record Entry(String id, String summary, String documentation, Origin origin) {
    /** The first paragraph of the documentation after its title, or the summary. */
    public String description() {
      String[] blocks = documentation.strip().split("\\n\\s*\\n");
      for (String b : blocks) {
        String t = b.strip();
        if (!t.startsWith("#") && !t.startsWith("|") && !t.isEmpty()) {
          return t.replaceAll("\\s*\\n\\s*", " ");
        }
      }
      return summary;
    }
  }

  private static final String BUILT_IN_PACKAGE = "io.github.tfdrift.rules.builtin";

  private final Map<String, Entry> entries;
  private final List<String> loadErrors;

  private RuleCatalog(Map<String, Entry> entries, List<String> loadErrors) {
    this.entries = entries;
    this.loadErrors = List.copyOf(loadErrors);
  }

  /** The built-in rules and the engine. */
  public static RuleCatalog builtIn() {
    return of(BuiltInRules.all());
  }

  /** The given rules (as an engine's {@code rules()}) and the engine. */
  public static RuleCatalog of(List<Rule> rules) {
    Map<String, Entry> m = new TreeMap<>();
    for (Rule r : rules) {
      m.put(r.id(), entry(r));
    }
    m.put(ENGINE, engine());
    return new RuleCatalog(m, List.of());
  }

  /**
   * The rules of every {@link RuleProvider} visible to {@code loader}, as {@code
   * DriftEngine.Builder.withInstalledRules} finds them, and the engine. Providers that fail to load
   * are listed in {@link #loadErrors()}.
   */
  public static RuleCatalog installed(ClassLoader loader) {
    Map<String, Entry> m = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    Iterator<RuleProvider> it = ServiceLoader.load(RuleProvider.class, loader).iterator();
    for (int guard = 0; guard < 10_000; guard++) {
      try {
        if (!it.hasNext()) {
          break;
        }
        for (Rule r : it.next().rules()) {
          m.put(r.id(), entry(r));
        }
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        errors.add("a rule provider failed to load (" + e.getClass().getName() + ")");
      }
    }
    m.put(ENGINE, engine());
    return new RuleCatalog(m, errors);
  }

  private static Entry entry(Rule r) {
    Origin o = r.getClass().getName().startsWith(BUILT_IN_PACKAGE + ".") ? Origin.BUILT_IN : Origin.PLUGIN;
    String doc;
    try {
      doc = r.documentation();
    } catch (RuntimeException e) {
      doc = "# " + r.id() + "\n\n" + r.summary() + "\n";
    }
    return new Entry(r.id(), r.summary(), doc, o);
  }

  private static Entry engine() {
    String doc;
    try (InputStream in = RuleCatalog.class.getResourceAsStream("engine.md")) {
      doc = in == null ? "# engine\n" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      doc = "# engine\n";
    }
    return new Entry(
        ENGINE,
        "The engine's own verdicts: the destructive floor for changes that delete, the DEFERRED floor for deferred changes, and the fallback when no rule had an opinion.",
        doc,
        Origin.ENGINE);
  }

  /** Every entry, by id. */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** The entry of a rule id. */
  public Optional<Entry> find(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** The position of a rule id in {@link #entries()}, or -1. */
  public int indexOf(String id) {
    int i = 0;
    for (String k : entries.keySet()) {
      if (k.equals(id)) {
        return i;
      }
      i++;
    }
    return -1;
  }

  /** Providers that failed to load, one line each. */
  public List<String> loadErrors() {
    return loadErrors;
  }

  /**
   * A copy with one more entry (or with this entry in place of the one with its id): for ids a report
   * names that are not rules, such as the SARIF writer's {@code terraform-check}.
   *
   * @param e the entry
   * @return the new catalogue
   */
  public RuleCatalog with(Entry e) {
    Map<String, Entry> m = new TreeMap<>(entries);
    m.put(e.id(), e);
    return new RuleCatalog(m, loadErrors);
  }

  /** A copy with an entry for each id in {@code ids} that the catalog lacks (a rule no longer installed). */
  public RuleCatalog withUnknown(Iterable<String> ids) {
    Map<String, Entry> m = new LinkedHashMap<>(entries);
    boolean changed = false;
    for (String id : ids) {
      if (!m.containsKey(id)) {
        m.put(id, new Entry(id, "A rule that is not installed.", "# " + id + "\n\nA rule that is not installed.\n", Origin.PLUGIN));
        changed = true;
      }
    }
    return changed ? new RuleCatalog(new TreeMap<>(m), loadErrors) : this;
  }

  @Override
  public String toString() {
    return "RuleCatalog" + entries.keySet();
  }
}
