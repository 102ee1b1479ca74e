package io.github.tfdrift.config.model;

import io.github.tfdrift.config.source.SourceRange;
import io.github.tfdrift.core.address.AttributePath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code lifecycle} block of a resource, as written: each meta-argument with its place. A
 * resource without a {@code lifecycle} block has {@link #none()}.
 *
 * @param range where the {@code lifecycle} block is written, when there is one
 * @param ignoreChanges {@code ignore_changes}, when set
 * @param preventDestroy {@code prevent_destroy}, when set
 * @param createBeforeDestroy {@code create_before_destroy}, when set
 * @param replaceTriggeredBy {@code replace_triggered_by}, when set
 */
public record Lifecycle(
    Optional<SourceRange> range,
    Optional<IgnoreChanges> ignoreChanges,
    Optional<Flag> preventDestroy,
    Optional<Flag> createBeforeDestroy,
    Optional<ReplaceTriggeredBy> replaceTriggeredBy) {

  /** Validates the parts. */
  public Lifecycle {
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(ignoreChanges, "ignoreChanges");
    Objects.requireNonNull(preventDestroy, "preventDestroy");
    Objects.requireNonNull(createBeforeDestroy, "createBeforeDestroy");
    Objects.requireNonNull(replaceTriggeredBy, "replaceTriggeredBy");
  }

  /** No {@code lifecycle} block. */
  public static Lifecycle none() {
    return new Lifecycle(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** True when {@code prevent_destroy = true}. */
  public boolean preventsDestroy() {
    return preventDestroy.map(Flag::value).orElse(false);
  }

  /**
   * {@code ignore_changes}: the list of attribute paths, or {@code all}. Each path is parsed from its
   * traversal ({@code tags["Name"]}, {@code disk[0].size}); the legacy quoted forms ({@code
   * ["tags"]}, {@code "all"}) are read too. Items that are not a traversal are left out and counted
   * in {@link #unreadable()}.
   *
   * @param all true for {@code ignore_changes = all}
   * @param paths the ignored paths (empty when {@code all})
   * @param itemRanges where each path is written, in the order of {@code paths}
   * @param range where the whole {@code ignore_changes = …} argument is written
   * @param unreadable how many items could not be read as a path
   */
  public record IgnoreChanges(
      boolean all, List<AttributePath> paths, List<SourceRange> itemRanges, SourceRange range, int unreadable) {
    /** Validates and copies the parts. */
    public IgnoreChanges {
      paths = List.copyOf(paths);
      itemRanges = List.copyOf(itemRanges);
      Objects.requireNonNull(range, "range");
      if (paths.size() != itemRanges.size()) {
        throw new IllegalArgumentException("one range per path");
      }
    }
  }

  /**
   * A boolean meta-argument ({@code prevent_destroy}, {@code create_before_destroy}).
   *
   * @param value its value; false when the expression is not a literal boolean
   * @param range where the argument is written
   */
  public record Flag(boolean value, SourceRange range) {
    /** Validates the parts. */
    public Flag {
      Objects.requireNonNull(range, "range");
    }
  }

  /**
   * {@code replace_triggered_by}: the references that replace the resource when they change.
   *
   * @param references each reference's source text, e.g. {@code terraform_data.version}
   * @param range where the argument is written
   */
  public record ReplaceTriggeredBy(List<String> references, SourceRange range) {
    /** Validates and copies the parts. */
    public ReplaceTriggeredBy {
      references = List.copyOf(references);
      Objects.requireNonNull(range, "range");
    }
  }
}
