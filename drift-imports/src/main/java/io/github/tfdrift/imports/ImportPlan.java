package io.github.tfdrift.imports;

import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.rules.spi.ExistingObject;
import io.github.tfdrift.rules.spi.ExistingObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ImportPlanner} found: the resources to import, the addresses skipped, the errors that
 * match nothing, the pipeline failures and the other errors of the log. Lists are sorted (entries and
 * skips by address, the rest by log line), so the same plan and log always give the same result.
 *
 * @param log the log's name
 * @param tool the tool whose commands import ({@code terraform} or {@code tofu}), from the plan, else the log
 * @param entries one per address to import, sorted by address
 * @param skipped addresses not imported (already in the state, or imported by the plan), sorted by address
 * @param unmatched "already exists" errors that match nothing the plan creates, in log order
 * @param failures pipeline failures (SOPS, state backend, state lock, credentials), one per kind, in log order
 * @param otherErrors the log's other errors, which are not about existing objects, in log order
 * @param warnings about the whole run (unreadable log lines, the AWS account...), one sentence each
 * @param awsAccountId the AWS account ID used in IDs, when known
 * @param awsAccountEvidence where the account ID comes from, or why it is not known
 */
public record ImportPlan(
    String log,
    Producer.Tool tool,
    List<ImportEntry> entries,
    List<SkippedImport> skipped,
    List<UnmatchedError> unmatched,
    List<PipelineFailure> failures,
    List<SourceError> otherErrors,
    List<String> warnings,
    Optional<String> awsAccountId,
    String awsAccountEvidence) {

  /** Validates and copies the parts. */
  public ImportPlan {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(tool, "tool");
    entries = List.copyOf(entries);
    skipped = List.copyOf(skipped);
    unmatched = List.copyOf(unmatched);
    failures = List.copyOf(failures);
    otherErrors = List.copyOf(otherErrors);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(awsAccountId, "awsAccountId");
    Objects.requireNonNull(awsAccountEvidence, "awsAccountEvidence");
  }

  /** The entry for an address (in Terraform's notation), if it is to be imported. */
  public Optional<ImportEntry> entry(String address) {
    String a = Addresses.normalize(address);
    return entries.stream().filter(e -> e.address().equals(a)).findFirst();
  }

  /**
   * The entries as evidence for the engine: one {@link ExistingObject} per entry (address, import ID,
   * placeholders, the errors it comes from, warnings), reported by {@link #tool()}. Give it to {@link
   * io.github.tfdrift.rules.engine.DriftEngine#classify(io.github.tfdrift.core.model.Plan, String,
   * ExistingObjects)}: the rule {@code import-existing} then makes the matching creates IMPORT.
   *
   * @return the existing objects
   */
  public ExistingObjects existingObjects() {
    return existingObjects(ImportArgument.ID);
  }

  /**
   * The entries as evidence for the engine, as {@link #existingObjects()}, naming the objects by
   * {@code argument}: with {@link ImportArgument#IDENTITY}, an entry whose identity is known carries
   * it ({@link ExistingObject#identity()}), and the rule {@code import-existing} generates a block by
   * identity for it (its identity warnings joined to the entry's); the others keep their ID.
   *
   * @param argument what the generated blocks name the objects by
   * @return the existing objects
   */
  public ExistingObjects existingObjects(ImportArgument argument) {
    List<ExistingObject> objects = new ArrayList<>(entries.size());
    for (ImportEntry e : entries) {
      List<ExistingObject.Origin> origins = new ArrayList<>(e.sources().size());
      for (SourceError s : e.sources()) {
        origins.add(s.position());
      }
      Optional<ImportIdentity> identity = argument == ImportArgument.IDENTITY ? e.identity() : Optional.empty();
      List<String> warnings = new ArrayList<>();
      if (identity.isPresent()) {
        warnings.addAll(identity.get().warnings());
        for (String w : e.warnings()) {
          if (e.placeholders().stream().noneMatch(w::contains)) {
            warnings.add(w);
          }
        }
      } else {
        warnings.addAll(e.warnings());
      }
      objects.add(
          new ExistingObject(
              e.address(),
              Optional.of(e.id()),
              e.placeholders(),
              origins,
              warnings,
              identity.map(i -> new ExistingObject.Identity(i.members(), i.placeholders()))));
    }
    return ExistingObjects.of(objects, tool);
  }

  /** The entries whose ID has a placeholder left. */
  public List<ImportEntry> unresolved() {
    return entries.stream().filter(e -> !e.isResolved()).toList();
  }

  /** True when the log reports pipeline failures. */
  public boolean hasFailures() {
    return !failures.isEmpty();
  }

  /**
   * True when the log has "already exists" errors but none of them names something this plan creates
   * or holds: the log is probably of another plan.
   */
  public boolean looksLikeAnotherPlan() {
    return entries.isEmpty() && skipped.isEmpty() && !unmatched.isEmpty()
        && unmatched.stream().anyMatch(u -> u.address().isPresent());
  }

  /** Counts only. */
  @Override
  public String toString() {
    return "ImportPlan[" + entries.size() + " entries, " + skipped.size() + " skipped, " + unmatched.size()
        + " unmatched, " + failures.size() + " failures, " + otherErrors.size() + " other errors]";
  }
}
