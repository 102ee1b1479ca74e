package io.github.tfdrift.fix.internal;

import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.config.model.MovedBlock;
import io.github.tfdrift.config.model.ResourceBlock;
import io.github.tfdrift.config.source.ParsedFile;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.fix.EntryOutcome;
import io.github.tfdrift.fix.patch.Patch;
import io.github.tfdrift.fix.PatchResult;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.SuggestedMove;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps renamed objects: the {@code moved} block of each rename the {@code rename} rule found, in the
 * root module. It goes at the end of the file that holds the {@code to} resource block when that
 * block is in the root module, otherwise at the end of {@code moved.tf} (created when missing). Both
 * entries of a rename (the delete and the create) are patched by the one block; a rename the root
 * module's {@code moved} blocks already state is nothing to do.
 */
public final class MoveProcedure {
  /** The file of moved blocks when the {@code to} resource is not in the root module. */
  public static final String MOVED_FILE = "moved.tf";

  private MoveProcedure() {}

  /** Runs the procedure over the selected entries. */
  public static PatchResult run(Configuration config, List<ClassifiedEntry> entries) {
    Map<String, List<SuggestedMove>> byFile = new LinkedHashMap<>();
    Map<SuggestedMove, String> fileOf = new LinkedHashMap<>();
    List<EntryOutcome> outcomes = new ArrayList<>();
    for (ClassifiedEntry e : entries) {
      Optional<SuggestedMove> found = e.suggestedMove();
      if (found.isEmpty()) {
        outcomes.add(new EntryOutcome.NothingToDo(e.address(), "the plan does not show it renamed"));
        continue;
      }
      SuggestedMove m = found.get();
      Optional<MovedBlock> stated = config.root().moved().stream().filter(b -> same(b.from(), m.from()) && same(b.to(), m.to())).findFirst();
      if (stated.isPresent()) {
        outcomes.add(new EntryOutcome.NothingToDo(e.address(), "the moved block at " + stated.get().range().fileAndLine() + " already states " + m.inline()));
        continue;
      }
      String file = fileOf.computeIfAbsent(m, x -> target(config, x));
      List<SuggestedMove> l = byFile.computeIfAbsent(file, f -> new ArrayList<>());
      if (!l.contains(m)) {
        l.add(m);
      }
      outcomes.add(new EntryOutcome.Patched(e.address(), List.of(file), "wrote " + m.inline() + " in " + file));
    }
    Splices splices = new Splices();
    for (Map.Entry<String, List<SuggestedMove>> f : byFile.entrySet()) {
      Optional<String> original = config.file(f.getKey()).map(ParsedFile::text);
      String text = original.orElse("");
      StringBuilder b = new StringBuilder();
      if (!text.isEmpty() && !text.endsWith("\n")) {
        b.append('\n');
      }
      for (SuggestedMove m : f.getValue()) {
        if (!text.isEmpty() || b.length() > 0) {
          b.append('\n');
        }
        b.append(m.block());
      }
      splices.add(f.getKey(), original, new Splices.Splice(text.length(), text.length(), b.toString()));
    }
    return new PatchResult(Patch.of(splices.edits()), outcomes);
  }

  /** The file of the {@code to} resource when it is a root module block; {@code moved.tf} otherwise. */
  private static String target(Configuration config, SuggestedMove m) {
    Optional<ResourceAddress> to = ResourceAddress.parse(m.to()).toJavaOptional();
    if (to.isPresent() && to.get().modulePath().isEmpty()) {
      Optional<ResourceBlock> block = config.resourceFor(to.get());
      if (block.isPresent() && !block.get().range().file().contains("/")) {
        return block.get().range().file();
      }
    }
    return MOVED_FILE;
  }

  /** Two addresses that are the same, whatever the spaces in them. */
  private static boolean same(String a, String b) {
    return a.replaceAll("\\s+", "").equals(b.replaceAll("\\s+", ""));
  }
}
