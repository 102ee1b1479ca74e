package io.github.tfdrift.imports;

import java.util.Objects;

/**
 * A failure of the pipeline around the apply, not of a resource: the run stopped before (or while)
 * creating anything, so there is nothing to import until it is fixed. Recognised from the runbooks'
 * troubleshooting sections.
 *
 * @param kind what failed
 * @param log the log's name
 * @param line the 1-based line of the log where it is reported
 * @param cause the error as the log reports it (one line, secrets of the plan redacted, shortened)
 * @param hint what to check, from the runbook
 */
public record PipelineFailure(Kind kind, String log, int line, String cause, String hint) {

  /** What failed. */
  public enum Kind {
    /** SOPS could not decrypt the secrets file: the age key is missing or wrong. */
    SOPS_DECRYPTION("SOPS decryption failed"),
    /** The S3 or MinIO state backend could not be reached or could not store the state. */
    STATE_BACKEND("state backend unreachable"),
    /** Another run holds the state lock. */
    STATE_LOCK("state lock held"),
    /** The provider found no valid credentials, or they expired. */
    PROVIDER_CREDENTIALS("provider authentication failed");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** A few words for reports: {@code state lock held}. */
    public String label() {
      return label;
    }
  }

  /** Validates the parts. */
  public PipelineFailure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(cause, "cause");
    Objects.requireNonNull(hint, "hint");
  }

  /** One line: where, what, the cause and the hint. */
  public String describe() {
    return log + ":" + line + ": " + kind.label() + ": " + cause + " (hint: " + hint + ")";
  }

  @Override
  public String toString() {
    return "PipelineFailure[" + kind + " at " + log + ":" + line + "]";
  }
}
