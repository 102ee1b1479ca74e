package io.github.tfdrift.imports;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error saying that the object apply tried to create already exists, as the provider worded it.
 *
 * <p>Recognised: AWS ({@code EntityAlreadyExists}, {@code ResourceAlreadyExistsException}, {@code
 * BucketAlreadyOwnedByYou}, {@code BucketAlreadyExists}, {@code AlreadyExistsException}, {@code
 * ResourceExistsException}, and {@code ResourceInUseException} when the message says the resource
 * exists), AzureRM ({@code A resource with the ID "..." already exists - to be managed via Terraform
 * this resource needs to be imported into the State}, which names the ID), Google (409 {@code
 * alreadyExists}, which usually names the resource), and any other message saying {@code already
 * exists}.
 *
 * @param family which provider's wording it is
 * @param code the error code ({@code EntityAlreadyExists}), or {@code already exists} when the message
 *     has none
 * @param idInMessage the ID of the existing object when the message names it (AzureRM, Google, a
 *     generic {@code ID "..."})
 */
public record AlreadyExists(Family family, String code, Optional<String> idInMessage) {

  /** Whose wording an error has. */
  public enum Family {
    /** hashicorp/aws: {@code operation error ...: https response error StatusCode: 409, ..., CODE: ...}. */
    AWS,
    /** hashicorp/azurerm: the resource ID and "needs to be imported into the State". */
    AZURERM,
    /** hashicorp/google: {@code googleapi: Error 409: ..., alreadyExists}. */
    GOOGLE,
    /** Anything else that says "already exists". */
    GENERIC;

    /** Lower-case name for reports. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final Pattern AZURE =
      Pattern.compile(
          "A resource with the ID \"([^\"]+)\" already exists\\s*-\\s*to be managed via \\S+ this resource needs to be"
              + " imported into the State",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern GOOGLE_CODE = Pattern.compile("\\balreadyExists\\b");
  private static final Pattern GOOGLE_409 =
      Pattern.compile("googleapi: Error 409\\b|\\bError 409: ", Pattern.CASE_INSENSITIVE);
  private static final Pattern GOOGLE_RESOURCE = Pattern.compile("resource '((?:projects|organizations|folders)/[^']+)'");
  private static final Pattern ALREADY =
      Pattern.compile("already exists?|already own it|\\bAlreadyExists\\b", Pattern.CASE_INSENSITIVE);
  private static final List<String> AWS_CODES =
      List.of(
          "EntityAlreadyExists",
          "ResourceAlreadyExistsException",
          "BucketAlreadyOwnedByYou",
          "BucketAlreadyExists",
          "AlreadyExistsException",
          "ResourceExistsException");
  private static final List<Pattern> AWS_CODE_PATTERNS =
      AWS_CODES.stream().map(c -> Pattern.compile("\\b" + c + "\\b")).toList();
  private static final Pattern IN_USE = Pattern.compile("\\bResourceInUseException\\b");
  private static final Pattern EXISTS = Pattern.compile("\\bexists?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern AWS_STYLE = Pattern.compile("operation error |https response error StatusCode");
  private static final Pattern CODE_BEFORE = Pattern.compile("\\b([A-Z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*): ");
  private static final Pattern GENERIC_ID =
      Pattern.compile("\\b(?:ID|id|Id) (?:\"([^\"\\s][^\"]*)\"|'([^'\\s][^']*)')");
  private static final List<String> NOT_CODES = List.of("Error", "RequestID", "HostID", "StatusCode", "ID");

  /** Validates the parts. */
  public AlreadyExists {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(idInMessage, "idInMessage");
  }

  /**
   * Recognises an "already exists" error in a diagnostic. Providers put the API error in the summary;
   * the detail is searched only for wordings no other text has (AzureRM's import sentence, Google's
   * {@code googleapi: Error 409}, an AWS SDK error with its code), because the detail of other errors
   * (a provisioner's output, say) can quote anything.
   *
   * @param diagnostic the error
   * @return what it says, or empty when it is another error
   */
  public static Optional<AlreadyExists> in(LogDiagnostic diagnostic) {
    Optional<AlreadyExists> a = recognise(diagnostic.summary(), false);
    return a.isPresent() || diagnostic.detail().isEmpty() ? a : recognise(diagnostic.detail(), true);
  }

  /**
   * Recognises an "already exists" error in one error message (a diagnostic's summary).
   *
   * @param summary the message
   * @return what it says, or empty when it is another error
   */
  public static Optional<AlreadyExists> in(String summary) {
    return recognise(summary, false);
  }

  private static Optional<AlreadyExists> recognise(String text, boolean strongOnly) {
    Matcher az = AZURE.matcher(text);
    if (az.find()) {
      return Optional.of(new AlreadyExists(Family.AZURERM, "already exists (import into the State)", Optional.of(az.group(1))));
    }
    boolean googleCode = GOOGLE_CODE.matcher(text).find();
    boolean google409 = GOOGLE_409.matcher(text).find();
    if ((googleCode && (!strongOnly || google409)) || google409 && ALREADY.matcher(text).find()) {
      Matcher r = GOOGLE_RESOURCE.matcher(text);
      Optional<String> id = r.find() ? Optional.of(r.group(1)) : Optional.empty();
      return Optional.of(new AlreadyExists(Family.GOOGLE, googleCode ? "alreadyExists" : "409 conflict", id));
    }
    boolean awsStyle = AWS_STYLE.matcher(text).find();
    if (strongOnly && !awsStyle) {
      return Optional.empty();
    }
    for (int i = 0; i < AWS_CODES.size(); i++) {
      if (AWS_CODE_PATTERNS.get(i).matcher(text).find()) {
        return Optional.of(new AlreadyExists(Family.AWS, AWS_CODES.get(i), Optional.empty()));
      }
    }
    if (IN_USE.matcher(text).find() && EXISTS.matcher(text).find()) {
      return Optional.of(new AlreadyExists(Family.AWS, "ResourceInUseException", Optional.empty()));
    }
    Matcher a = ALREADY.matcher(text);
    if (!a.find()) {
      return Optional.empty();
    }
    String code = "already exists";
    Matcher c = CODE_BEFORE.matcher(text.substring(0, a.start()));
    while (c.find()) {
      if (!NOT_CODES.contains(c.group(1)) && c.group(1).length() > 3) {
        code = c.group(1);
      }
    }
    Matcher g = GENERIC_ID.matcher(text);
    Optional<String> id = g.find() ? Optional.of(g.group(1) != null ? g.group(1) : g.group(2)) : Optional.empty();
    return Optional.of(new AlreadyExists(awsStyle ? Family.AWS : Family.GENERIC, code, id));
  }

  /** Family and code; the ID is not printed here. */
  @Override
  public String toString() {
    return "AlreadyExists[" + family.id() + ", " + code + (idInMessage.isPresent() ? ", with ID" : "") + "]";
  }
}
