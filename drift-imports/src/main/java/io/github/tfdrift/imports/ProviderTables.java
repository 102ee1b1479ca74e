package io.github.tfdrift.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What the ID catalogue and the identity catalogue share: loading the {@link ImportIdProvider}
 * services, merging one part of what each provides (templates or identities) with a problem line for
 * each provider that fails, and finding the entry of a resource type (the exact key, else the
 * longest matching {@code prefix*}).
 */
final class ProviderTables {
  private ProviderTables() {}

  /** One part of a provider's contribution: the templates or the identities. */
  record Part<T>(String plural, String singular, Function<ImportIdProvider, Map<String, T>> get) {}

  /**
   * The providers visible to a class loader; one line in {@code problems} for each that cannot be
   * loaded.
   */
  static List<ImportIdProvider> load(ClassLoader loader, String plural, List<String> problems) {
    List<ImportIdProvider> providers = new ArrayList<>();
    try {
      var it = ServiceLoader.load(ImportIdProvider.class, loader).iterator();
      while (true) {
        try {
          if (!it.hasNext()) {
            break;
          }
          providers.add(it.next());
        } catch (ServiceConfigurationError e) {
          problems.add("an import ID provider could not be loaded (" + firstLine(e.getMessage()) + "): its " + plural + " are not used");
        }
      }
    } catch (ServiceConfigurationError e) {
      problems.add("import ID providers could not be listed (" + firstLine(e.getMessage()) + "): their " + plural + " are not used");
    }
    return providers;
  }

  /**
   * Hands {@code add} each key and value the providers give for one part, in the order of the
   * providers' names; the first provider to name a key wins, and every conflict, failure or bad
   * entry is a line in {@code problems}.
   */
  static <T> void merge(
      List<? extends ImportIdProvider> providers, Part<T> part, List<String> problems, BiConsumer<String, ProviderValue<T>> add) {
    List<ImportIdProvider> sorted = new ArrayList<>(providers);
    sorted.sort(Comparator.comparing(ProviderTables::name));
    Map<String, String> claimedBy = new TreeMap<>();
    for (ImportIdProvider provider : sorted) {
      String name = name(provider);
      Map<String, T> given;
      try {
        given = part.get().apply(provider);
      } catch (RuntimeException e) {
        problems.add("import ID provider " + name + " failed; its " + part.plural() + " are not used");
        continue;
      }
      if (given == null) {
        problems.add("import ID provider " + name + " returned no " + part.plural());
        continue;
      }
      for (Map.Entry<String, T> e : new TreeMap<>(given).entrySet()) {
        String key = e.getKey();
        if (key == null || !TemplateTables.isKey(key) || e.getValue() == null) {
          problems.add("import ID provider " + name + " gave " + part.singular() + " that is not a resource type and template: left out");
          continue;
        }
        String earlier = claimedBy.putIfAbsent(key, name);
        if (earlier != null) {
          problems.add("import ID providers " + earlier + " and " + name + " both define " + key + "; " + earlier + " wins");
          continue;
        }
        add.accept(key, new ProviderValue<>(e.getValue(), name));
      }
    }
  }

  /** A provider's value for one key, with the provider's name. */
  record ProviderValue<T>(T value, String provider) {}

  /** The entry keyed by {@code type}, else the one with the longest {@code prefix*} that {@code type} starts with. */
  static <E> Optional<E> find(Map<String, E> entries, String type, Function<E, String> key) {
    E exact = entries.get(type);
    if (exact != null) {
      return Optional.of(exact);
    }
    E best = null;
    int bestLength = -1;
    for (E e : entries.values()) {
      String k = key.apply(e);
      if (k.endsWith("*")) {
        String prefix = k.substring(0, k.length() - 1);
        if (type.startsWith(prefix) && prefix.length() > bestLength) {
          best = e;
          bestLength = prefix.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** A provider's name, or its class name when it has none or {@code name()} fails. */
  static String name(ImportIdProvider provider) {
    try {
      String n = provider.name();
      return n == null ? provider.getClass().getName() : n;
    } catch (RuntimeException e) {
      return provider.getClass().getName();
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no message";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
