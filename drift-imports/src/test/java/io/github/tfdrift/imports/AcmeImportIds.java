package io.github.tfdrift.imports;

import io.github.tfdrift.imports.ImportIdTemplate;
import io.github.tfdrift.imports.ImportIdProvider;
import java.util.Map;

/** A provider registered in the test class path's META-INF/services, as a third-party rule pack would. */
public final class AcmeImportIds implements ImportIdProvider {
  /** Used by ServiceLoader. */
  public AcmeImportIds() {}

  @Override
  public Map<String, ImportIdTemplate> templates() {
    return Map.of(
        "acme_widget", ImportIdTemplate.parse("{region}/{name}").get(),
        "aws_ecr_repository", ImportIdTemplate.parse("acme/{name}").get());
  }

  @Override
  public Map<String, ImportIdentityTemplate> identities() {
    return Map.of(
        "acme_widget",
        ImportIdentityTemplate.of(Map.of("name", ImportIdTemplate.parse("{name}").get()), Map.of("region", ImportIdTemplate.parse("{region}").get())));
  }
}
