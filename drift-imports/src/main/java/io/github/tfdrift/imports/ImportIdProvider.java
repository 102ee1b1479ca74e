package io.github.tfdrift.imports;

import java.util.Map;

/**
 * Adds import ID templates to {@link io.github.tfdrift.imports.ImportIdCatalogue#installed()}, and
 * identity templates to {@link ImportIdentityCatalogue#installed()}. Register
 * an implementation (public, with a public no-argument constructor) in {@code
 * META-INF/services/io.github.tfdrift.imports.ImportIdProvider}.
 *
 * <p>Entries of a provider replace built-in entries for the same key; the policy file's {@code
 * import_ids:} map replaces both. When two providers name the same key, the one whose {@link #name()}
 * sorts first wins and the catalogue reports the conflict.
 *
 * <pre>{@code
 * public final class AcmeImportIds implements ImportIdProvider {
 *   public Map<String, ImportIdTemplate> templates() {
 *     return Map.of("acme_widget", ImportIdTemplate.parse("{region}/{name}").get());
 *   }
 * }
 * }</pre>
 */
public interface ImportIdProvider {

  /** A name for messages; the class name by default. */
  default String name() {
    return getClass().getName();
  }

  /**
   * The templates this provider contributes, keyed by resource type ({@code acme_widget}) or by a type
   * prefix ending in {@code *} ({@code acme_*}).
   *
   * @return the templates; never null
   */
  Map<String, ImportIdTemplate> templates();

  /**
   * The identity templates this provider contributes to {@link ImportIdentityCatalogue#installed()},
   * keyed like {@link #templates()}: how to write {@code identity = { … }} in an import block
   * (Terraform 1.12+, OpenTofu 1.12+) for its types. None by default.
   *
   * @return the identity templates; never null
   */
  default Map<String, ImportIdentityTemplate> identities() {
    return Map.of();
  }
}
