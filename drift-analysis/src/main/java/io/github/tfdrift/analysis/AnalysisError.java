package io.github.tfdrift.analysis;

import io.github.tfdrift.imports.LogReadError;
import io.github.tfdrift.rules.policy.PolicyErrors;
import java.util.List;
import java.util.Objects;

/**
 * Why an analysis cannot start ({@link DriftAnalysis.Builder#build()}): a policy file with problems, an
 * unusable apply log or its options. Nothing was read yet. Each kind is a record; {@link #describe()}
 * is one line.
 */
public sealed interface AnalysisError {
  /** One line saying what is wrong. */
  String describe();

  /** Every line to show: one per problem for a policy, else {@link #describe()}. */
  default List<String> lines() {
    return List.of(describe());
  }

  /**
   * The policy file has problems.
   *
   * @param errors every problem of the file
   */
  record PolicyUnusable(PolicyErrors errors) implements AnalysisError {
    /** Validates the parts. */
    public PolicyUnusable {
      Objects.requireNonNull(errors, "errors");
    }

    @Override
    public String describe() {
      return errors.describe();
    }

    @Override
    public List<String> lines() {
      return errors.lines();
    }
  }

  /**
   * The AWS account or region for the apply log's import IDs, or imports by identity, were asked for
   * without an apply log.
   */
  record ImportOptionsWithoutApplyLog() implements AnalysisError {
    @Override
    public String describe() {
      return "the AWS account ID and region, and imports by identity, only apply with an apply log";
    }
  }

  /**
   * An option of the apply log is not valid.
   *
   * @param option which: {@code aws-account-id} or {@code aws-region}
   * @param message why
   */
  record ImportOptionInvalid(String option, String message) implements AnalysisError {
    /** Validates the parts. */
    public ImportOptionInvalid {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String describe() {
      return option + ": " + message;
    }
  }

  /**
   * The policy file's {@code import_ids:} cannot be used.
   *
   * @param message one line, naming the file
   */
  record ImportIdsUnusable(String message) implements AnalysisError {
    /** Validates the parts. */
    public ImportIdsUnusable {
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String describe() {
      return message;
    }
  }

  /**
   * An apply log belongs to exactly one plan, and the inputs name another number of plans.
   *
   * @param plans how many plans (and inputs naming none) were given
   */
  record ApplyLogNeedsOnePlan(int plans) implements AnalysisError {
    @Override
    public String describe() {
      return "an apply log needs exactly one plan (the plan whose apply failed), got " + plans;
    }
  }

  /** The apply log and a plan were given as the same stream. */
  record ApplyLogSharesPlanStream() implements AnalysisError {
    @Override
    public String describe() {
      return "the apply log and a plan cannot be the same stream";
    }
  }

  /**
   * The apply log cannot be read.
   *
   * @param error what is wrong, with the log's name and line
   */
  record ApplyLogUnreadable(LogReadError error) implements AnalysisError {
    /** Validates the parts. */
    public ApplyLogUnreadable {
      Objects.requireNonNull(error, "error");
    }

    @Override
    public String describe() {
      return error.describe();
    }
  }
}
