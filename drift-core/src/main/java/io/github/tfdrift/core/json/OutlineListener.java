package io.github.tfdrift.core.json;

import java.util.List;
import java.util.function.Supplier;

/**
 * Told, while {@link PlanReader#outline(java.nio.file.Path, OutlineListener)} reads a plan, that every
 * entry of {@code resource_changes} has been read, so that work on the entries (finding renames among
 * the planned deletes and creates) can start while the rest of the file (the prior state, the
 * configuration) is read. Called at most once, on the reading thread: hand long work to another
 * thread.
 */
@FunctionalInterface
public interface OutlineListener {
  /**
   * Every entry of {@code resource_changes} has been read.
   *
   * @param changes every entry of {@code resource_changes}, in document order
   * @param driftSoFar the entries of {@code resource_drift} read so far (Terraform writes them before
   *     the changes; a plan that writes them after has more)
   * @param readers opens readers that read entries again by their place
   */
  void changesRead(List<EntryRef> changes, List<EntryRef> driftSoFar, Supplier<EntryReader> readers);
}
