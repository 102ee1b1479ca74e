package io.github.tfdrift.imports;

import io.github.tfdrift.imports.ImportIdTemplate;
import io.vavr.control.Either;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What {@link ImportPlanner} is told besides the plan and the log: the AWS account ID and region when
 * the plan does not show them, the catalogue of import ID templates, the policy file's {@code
 * import_ids:} map, and the identity catalogue. Immutable; every {@code with...} returns a copy.
 *
 * <pre>{@code
 * ImportOptions o = ImportOptions.defaults().withAwsAccountId("123456789012");
 * }</pre>
 */
public final class ImportOptions {
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
  private static final ImportOptions DEFAULTS =
      new ImportOptions(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), "policy", Optional.empty());

  private final Optional<String> awsAccountId;
  private final Optional<String> awsRegion;
  private final Optional<ImportIdCatalogue> catalogue;
  private final Map<String, ImportIdTemplate> importIds;
  private final String importIdsOrigin;
  private final Optional<ImportIdentityCatalogue> identities;

  private ImportOptions(
      Optional<String> awsAccountId,
      Optional<String> awsRegion,
      Optional<ImportIdCatalogue> catalogue,
      Map<String, ImportIdTemplate> importIds,
      String importIdsOrigin,
      Optional<ImportIdentityCatalogue> identities) {
    this.identities = identities;
    this.awsAccountId = awsAccountId;
    this.awsRegion = awsRegion;
    this.catalogue = catalogue;
    this.importIds = importIds;
    this.importIdsOrigin = importIdsOrigin;
  }

  /** No account, no region, the installed catalogue, no policy templates. */
  public static ImportOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Checks an AWS account ID given by a person: twelve digits.
   *
   * @param text what was given
   * @return the ID, or why it is not one
   */
  public static Either<OptionError, String> checkAwsAccountId(String text) {
    String t = text == null ? "" : text.strip();
    return ACCOUNT.matcher(t).matches()
        ? Either.right(t)
        : Either.left(
            new OptionError(
                "account ID",
                "an AWS account ID is 12 digits, not '" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "'"));
  }

  /**
   * Checks an AWS region given by a person ({@code us-east-1}).
   *
   * @param text what was given
   * @return the region, or why it is not one
   */
  public static Either<OptionError, String> checkAwsRegion(String text) {
    String t = text == null ? "" : text.strip();
    return REGION.matcher(t).matches()
        ? Either.right(t)
        : Either.left(
            new OptionError(
                "region",
                "an AWS region looks like us-east-1, not '" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "'"));
  }

  /**
   * A copy with the AWS account ID, used instead of what the plan shows.
   *
   * @param id twelve digits (check user input with {@link #checkAwsAccountId})
   * @return the copy
   * @throws IllegalArgumentException when {@code id} is not twelve digits
   */
  public ImportOptions withAwsAccountId(String id) {
    String v = checkAwsAccountId(id).getOrElseThrow((OptionError e) -> new IllegalArgumentException(e.describe()));
    return new ImportOptions(Optional.of(v), awsRegion, catalogue, importIds, importIdsOrigin, identities);
  }

  /**
   * A copy with the AWS region, used instead of what the plan shows.
   *
   * @param region the region (check user input with {@link #checkAwsRegion})
   * @return the copy
   * @throws IllegalArgumentException when {@code region} is not a region name
   */
  public ImportOptions withAwsRegion(String region) {
    String v = checkAwsRegion(region).getOrElseThrow((OptionError e) -> new IllegalArgumentException(e.describe()));
    return new ImportOptions(awsAccountId, Optional.of(v), catalogue, importIds, importIdsOrigin, identities);
  }

  /**
   * A copy with another catalogue (the default is {@link ImportIdCatalogue#installed()}).
   *
   * @param c the catalogue
   * @return the copy
   */
  public ImportOptions withCatalogue(ImportIdCatalogue c) {
    return new ImportOptions(awsAccountId, awsRegion, Optional.of(Objects.requireNonNull(c, "c")), importIds, importIdsOrigin, identities);
  }

  /**
   * A copy with the policy file's {@code import_ids:} templates, which replace catalogue entries with
   * the same key.
   *
   * @param templates by resource type or prefix*
   * @param origin how reports name where they come from, e.g. the policy file's name
   * @return the copy
   */
  public ImportOptions withImportIds(Map<String, ImportIdTemplate> templates, String origin) {
    Map<String, ImportIdTemplate> m = new LinkedHashMap<>();
    templates.forEach(
        (k, v) -> {
          if (!TemplateTables.isKey(k)) {
            throw new IllegalArgumentException("not a resource type or prefix*: " + k);
          }
          m.put(k, Objects.requireNonNull(v, "template"));
        });
    return new ImportOptions(
        awsAccountId, awsRegion, catalogue, Collections.unmodifiableMap(m), Objects.requireNonNull(origin, "origin"), identities);
  }

  /**
   * A copy with another identity catalogue (the default is {@link ImportIdentityCatalogue#installed()}).
   *
   * @param c the catalogue
   * @return the copy
   */
  public ImportOptions withIdentityCatalogue(ImportIdentityCatalogue c) {
    return new ImportOptions(awsAccountId, awsRegion, catalogue, importIds, importIdsOrigin, Optional.of(Objects.requireNonNull(c, "c")));
  }

  /** The identity catalogue: the one given, else {@link ImportIdentityCatalogue#installed()}. */
  public ImportIdentityCatalogue identityCatalogue() {
    return identities.orElseGet(ImportIdentityCatalogue::installed);
  }

  /** The AWS account ID given, if any. */
  public Optional<String> awsAccountId() {
    return awsAccountId;
  }

  /** The AWS region given, if any. */
  public Optional<String> awsRegion() {
    return awsRegion;
  }

  /** The catalogue: the one given, else {@link ImportIdCatalogue#installed()}. */
  public ImportIdCatalogue catalogue() {
    return catalogue.orElseGet(ImportIdCatalogue::installed);
  }

  /** The policy templates. */
  public Map<String, ImportIdTemplate> importIds() {
    return importIds;
  }

  /** Where the policy templates come from. */
  public String importIdsOrigin() {
    return importIdsOrigin;
  }

  /** The catalogue with the policy templates laid over it. */
  public ImportIdCatalogue effectiveCatalogue() {
    return catalogue().withOverrides(importIds, importIdsOrigin);
  }

  @Override
  public String toString() {
    return "ImportOptions[account=" + awsAccountId.orElse("-") + ", region=" + awsRegion.orElse("-") + ", "
        + importIds.size() + " policy templates]";
  }
}
