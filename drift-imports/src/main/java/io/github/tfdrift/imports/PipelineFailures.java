package io.github.tfdrift.imports;

import io.github.tfdrift.core.redact.Secrets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the pipeline failures of the runbooks' troubleshooting sections in log text. */
final class PipelineFailures {
  private static final int MAX_CAUSE = 300;

  private static final Pattern CREDENTIALS =
      Pattern.compile(
          "No valid credential sources|\\bInvalidClientTokenId\\b|\\bExpiredToken(Exception)?\\b"
              + "|\\bUnrecognizedClientException\\b|security token included in the request is (invalid|expired)"
              + "|failed to refresh cached credentials|\\bSignatureDoesNotMatch\\b"
              + "|could not find default credentials|building AzureRM Client|\\bAADSTS\\d+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern UNREACHABLE =
      Pattern.compile("connection refused|no such host|i/o timeout|connection reset by peer|no route to host", Pattern.CASE_INSENSITIVE);
  private static final Pattern BACKEND_CONTEXT =
      Pattern.compile("\\bstate\\b|backend|workspaces|\\bs3\\b|minio", Pattern.CASE_INSENSITIVE);
  private static final Pattern SOPS =
      Pattern.compile(
          "failed to get the data key required to decrypt the SOPS file|Error getting data key: \\d+ successful groups required",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LOCK =
      Pattern.compile("Error acquiring the state lock|Error locking state", Pattern.CASE_INSENSITIVE);
  private static final Pattern BACKEND =
      Pattern.compile(
          "Failed to upload state to S3|Failed to get existing workspaces|Failed to save state|Failed to persist state"
              + "|Failed to load state|Error loading state|Error refreshing state|Error inspecting states"
              + "|error configuring S3 Backend|Failed to read state",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LOCK_ID = Pattern.compile("\\bID:\\s+([0-9A-Za-z][0-9A-Za-z-]{7,})");

  private static final Map<PipelineFailure.Kind, String> HINTS = new EnumMap<>(PipelineFailure.Kind.class);

  static {
    HINTS.put(
        PipelineFailure.Kind.SOPS_DECRYPTION,
        "check that the SOPS_AGE_KEY secret is set in CI, that the key has the form AGE-SECRET-KEY-1...,"
            + " and that the encrypted file (vault.yml) was encrypted for that key");
    HINTS.put(
        PipelineFailure.Kind.STATE_BACKEND,
        "check that the state backend (S3 or MinIO, and the host it runs on) is up and reachable from the"
            + " runner, that its endpoint and credentials (in the SOPS vault) are right, and test the"
            + " connection, e.g. curl the endpoint");
    HINTS.put(
        PipelineFailure.Kind.STATE_LOCK,
        "another run holds the state lock: wait for it to finish; if no run is active any more, release the"
            + " lock with force-unlock and the lock ID");
    HINTS.put(
        PipelineFailure.Kind.PROVIDER_CREDENTIALS,
        "the provider has no valid credentials: check what the CI job passes (AWS_ACCESS_KEY_ID and"
            + " AWS_SECRET_ACCESS_KEY, AWS_PROFILE, an assumed role or SSO session) and whether it expired");
  }

  private PipelineFailures() {}

  /** The runbook's hint for a kind. */
  static String hint(PipelineFailure.Kind kind) {
    return HINTS.get(kind);
  }

  /** True when the text mentions any recognised failure. */
  static boolean mentions(String text) {
    return classify(text).isPresent();
  }

  /** The most specific failure the text reports: credentials, then connectivity, SOPS, lock, backend. */
  static Optional<PipelineFailure.Kind> classify(String text) {
    if (CREDENTIALS.matcher(text).find()) {
      return Optional.of(PipelineFailure.Kind.PROVIDER_CREDENTIALS);
    }
    if (UNREACHABLE.matcher(text).find() && BACKEND_CONTEXT.matcher(text).find()) {
      return Optional.of(PipelineFailure.Kind.STATE_BACKEND);
    }
    if (SOPS.matcher(text).find()) {
      return Optional.of(PipelineFailure.Kind.SOPS_DECRYPTION);
    }
    if (LOCK.matcher(text).find()) {
      return Optional.of(PipelineFailure.Kind.STATE_LOCK);
    }
    if (BACKEND.matcher(text).find()) {
      return Optional.of(PipelineFailure.Kind.STATE_BACKEND);
    }
    return Optional.empty();
  }

  /** The failure for a diagnostic, if it reports one. */
  static Optional<PipelineFailure> of(LogDiagnostic d, String log, Secrets secrets) {
    return classify(d.text()).map(k -> failure(k, d.summary(), d.text(), log, d.line(), secrets));
  }

  /** The failure for a plain line (and the lines after it, for a lock ID), if it reports one. */
  static Optional<PipelineFailure> of(List<LogLine> lines, int index, String log, Secrets secrets) {
    LogLine l = lines.get(index);
    String text = l.text().startsWith("│") ? l.text().substring(1).strip() : l.text().strip();
    Optional<PipelineFailure.Kind> k = classify(text);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder context = new StringBuilder(text);
    for (int i = index + 1; i < Math.min(lines.size(), index + 15); i++) {
      context.append('\n').append(lines.get(i).text());
    }
    return Optional.of(failure(k.get(), text, context.toString(), log, l.number(), secrets));
  }

  private static PipelineFailure failure(
      PipelineFailure.Kind kind, String summary, String context, String log, int line, Secrets secrets) {
    String cause = summary.replaceAll("\\s+", " ").strip();
    if (cause.startsWith("Error: ")) {
      cause = cause.substring("Error: ".length());
    }
    if (kind == PipelineFailure.Kind.STATE_LOCK) {
      Matcher m = LOCK_ID.matcher(context);
      if (m.find()) {
        cause = cause + " (lock ID " + m.group(1) + ")";
      }
    }
    return new PipelineFailure(kind, log, line, secrets.redactAndTruncate(cause, MAX_CAUSE), hint(kind));
  }
}
