package io.github.tfdrift.rules;

import io.github.tfdrift.core.json.PlanOutline;

/**
 * Where a classification from a plan's outline puts each entry as it is decided, instead of keeping
 * it in the report ({@link io.github.tfdrift.rules.engine.DriftEngine#classify(io.github.tfdrift.core.json.PlanReader,
 * java.nio.file.Path, String, EntrySink)}): a report writer's spool, which renders each entry on the
 * thread that decided it and keeps only the text, so that a plan's entries never need to be held all
 * at once. The report that such a classification returns has {@link
 * Report#entriesKept()} false, with the counts and decision of every entry.
 *
 * <p>A classification runs in passes, each announced by {@link #start}: in the rare plan whose changes'
 * values mark secrets that no other part of the plan marks, the first pass is abandoned and the entries
 * are decided again with every secret, so that nothing a sink renders can show one. Only the last
 * pass's entries belong to the report.
 *
 * @param <P> what the sink makes of an entry on the deciding thread (its rendered text)
 */
public interface EntrySink<P> {
  /**
   * A pass starts: forget every entry kept so far. Called on the thread that called {@code classify}.
   *
   * @param outline the plan's outline in this pass: its plan (versions, producer) and its {@link
   *     PlanOutline#secrets()}, every secret the plan is known to hold, which a rendering must mask
   */
  void start(PlanOutline outline);

  /**
   * Prepares one decided entry, on the thread that decided it; several threads call this at once.
   * Must not throw: a sink that cannot prepare an entry remembers that it failed.
   *
   * @param entry the entry, whole (its values included)
   * @return what {@link #keep} is given for it
   */
  P prepare(ClassifiedEntry entry);

  /**
   * Keeps one entry of the report, exactly once per entry, in no particular order (the plan's order
   * of entries, not the report's address order), on the thread that called {@code classify}. An entry
   * prepared but never kept (a second entry of {@code resource_changes} for an instance object that
   * already has one) is not part of the report. The entry itself is gone by then: what the sink needs
   * of it (its id, to put it in address order) must be in what {@link #prepare} made.
   *
   * @param prepared what {@link #prepare} gave for the entry
   */
  void keep(P prepared);
}
