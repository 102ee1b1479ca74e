package io.github.tfdrift.fix.internal;

import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.config.model.Lifecycle;
import io.github.tfdrift.config.model.ResourceBlock;
import io.github.tfdrift.config.source.SourceRange;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.diff.AttributeDifference;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.fix.EntryOutcome;
import io.github.tfdrift.fix.patch.Patch;
import io.github.tfdrift.fix.PatchResult;
import io.github.tfdrift.rules.ClassifiedEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Procedure 3's remedy: the changed attributes go into the resource block's {@code
 * lifecycle.ignore_changes}. Paths are written as Terraform reads them in {@code ignore_changes}:
 * object attributes with dots, map keys that are not identifiers as {@code ["key"]}, and a path ending
 * in a list index is cut before the index (the list is ignored). Entries of one block (the instances
 * of a {@code count} or {@code for_each}, of a module called several times) share one edit.
 */
public final class IgnoreProcedure {
  private IgnoreProcedure() {}

  /** The paths to add to one resource block, and the entries that asked for them. */
  private static final class BlockWork {
    final ResourceBlock block;
    final String text;
    final List<AttributePath> paths = new ArrayList<>();
    final Map<String, List<AttributePath>> byEntry = new LinkedHashMap<>();

    BlockWork(ResourceBlock block, String text) {
      this.block = block;
      this.text = text;
    }
  }

  /** Runs the procedure over the selected entries. */
  public static PatchResult run(Configuration config, List<ClassifiedEntry> entries) {
    Map<String, BlockWork> blocks = new LinkedHashMap<>();
    Map<String, EntryOutcome> outcomes = new LinkedHashMap<>();
    Map<String, BlockWork> entryBlock = new LinkedHashMap<>();
    for (ClassifiedEntry e : entries) {
      Optional<EntryOutcome> early = collect(config, e, blocks, entryBlock);
      early.ifPresent(o -> outcomes.put(e.address(), o));
      if (early.isEmpty()) {
        outcomes.put(e.address(), new EntryOutcome.NothingToDo(e.address(), "")); // placeholder, decided below
      }
    }
    Splices splices = new Splices();
    Map<BlockWork, Optional<String>> refusals = new LinkedHashMap<>();
    for (BlockWork w : blocks.values()) {
      if (!w.paths.isEmpty()) {
        refusals.put(w, edit(w, splices));
      }
    }
    List<EntryOutcome> out = new ArrayList<>();
    for (ClassifiedEntry e : entries) {
      EntryOutcome o = outcomes.get(e.address());
      BlockWork w = entryBlock.get(e.address());
      if (w != null) {
        List<AttributePath> added = w.byEntry.getOrDefault(e.address(), List.of());
        SourceRange r = w.block.range();
        if (added.isEmpty()) {
          o = new EntryOutcome.NothingToDo(e.address(), "lifecycle.ignore_changes at " + r.fileAndLine() + " already ignores its changed attributes");
        } else if (refusals.getOrDefault(w, Optional.empty()).isPresent()) {
          o = new EntryOutcome.Refused(e.address(), refusals.get(w).get());
        } else {
          o = new EntryOutcome.Patched(e.address(), List.of(r.file()),
              "ignored " + String.join(", ", added.stream().map(IgnoreProcedure::render).toList()) + " in lifecycle.ignore_changes of " + w.block.localAddress() + " at " + r.fileAndLine());
        }
      }
      out.add(o);
    }
    return new PatchResult(Patch.of(splices.edits()), out);
  }

  private static Optional<EntryOutcome> collect(Configuration config, ClassifiedEntry e, Map<String, BlockWork> blocks, Map<String, BlockWork> entryBlock) {
    Optional<ResourceChange> rc = Entries.drifted(e);
    if (rc.isEmpty()) {
      return Optional.of(new EntryOutcome.NothingToDo(e.address(), "no planned update or replacement to ignore"));
    }
    Optional<ResourceAddress> address = Entries.address(e);
    if (address.isEmpty()) {
      return Optional.of(new EntryOutcome.Refused(e.address(), "the address cannot be read"));
    }
    if (!"managed".equals(address.get().mode().text())) {
      return Optional.of(new EntryOutcome.Refused(e.address(), "a data source has no lifecycle.ignore_changes"));
    }
    Optional<ResourceBlock> block = config.resourceFor(address.get());
    if (block.isEmpty()) {
      return Optional.of(new EntryOutcome.Refused(e.address(), "no resource block for the address in the configuration (a remote module that is not installed?)"));
    }
    SourceRange r = block.get().range();
    if (r.file().startsWith(Entries.INSTALLED_MODULES)) {
      return Optional.of(new EntryOutcome.Refused(e.address(), "the resource block is in an installed remote module (" + r.fileAndLine() + "), which init would overwrite: change the module's source instead"));
    }
    Optional<String> text = Entries.text(config, r);
    if (text.isEmpty()) {
      return Optional.of(new EntryOutcome.Refused(e.address(), r.file() + " was not read as HCL"));
    }
    Lifecycle.IgnoreChanges existing = block.get().lifecycle().ignoreChanges().orElse(null);
    if (existing != null && existing.all()) {
      return Optional.of(new EntryOutcome.NothingToDo(e.address(), "lifecycle.ignore_changes = all at " + existing.range().fileAndLine() + " already ignores every attribute"));
    }
    BlockWork w = blocks.computeIfAbsent(r.file() + ":" + r.startOffset(), k -> new BlockWork(block.get(), text.get()));
    entryBlock.put(e.address(), w);
    List<AttributePath> already = existing == null ? List.of() : existing.paths();
    List<AttributePath> added = new ArrayList<>();
    for (AttributeDifference d : Entries.configured(rc.get())) {
      AttributePath p = ignorable(d.path());
      if (p.isRoot() || covered(already, p) || covered(w.paths, p)) {
        if (!p.isRoot() && covered(w.paths, p) && !covered(already, p) && !covered(added, p)) {
          added.add(p); // another instance of the block asked for it first: this entry is patched too
        }
        continue;
      }
      w.paths.removeIf(p::covers);
      w.paths.add(p);
      added.add(p);
    }
    w.byEntry.put(e.address(), added);
    return Optional.empty();
  }

  /** The path without the list indexes it ends in: a list element is ignored as its list. */
  static AttributePath ignorable(AttributePath p) {
    List<PathStep> steps = new ArrayList<>(p.steps());
    while (!steps.isEmpty() && steps.get(steps.size() - 1) instanceof PathStep.Index) {
      steps.remove(steps.size() - 1);
    }
    return AttributePath.of(steps);
  }

  private static boolean covered(List<AttributePath> paths, AttributePath p) {
    return paths.stream().anyMatch(q -> q.covers(p));
  }

  static String render(AttributePath p) {
    return p.render();
  }

  /** Adds the block's paths to its lifecycle; a reason when that cannot be done. */
  private static Optional<String> edit(BlockWork w, Splices splices) {
    HclText hcl = HclText.of(w.text);
    SourceRange r = w.block.range();
    String file = r.file();
    int open = hcl.nextOpenBrace(r.startOffset());
    int close = open < 0 ? -1 : hcl.matching(open);
    if (close < 0 || close >= r.endOffset() + 1) {
      return Optional.of("the resource block at " + r.fileAndLine() + " cannot be edited (its braces do not match)");
    }
    List<String> rendered = w.paths.stream().map(IgnoreProcedure::render).toList();
    HclText.Body body = hcl.body(open, close);
    Optional<HclText.Block> lifecycle = body.block("lifecycle");
    String blockIndent = hcl.indentOf(r.startOffset());
    if (lifecycle.isEmpty()) {
      int lineStart = hcl.lineStart(close);
      if (!w.text.substring(lineStart, close).isBlank()) {
        return Optional.of("the resource block at " + r.fileAndLine() + " ends on a line with other text: write its closing brace on a line of its own first");
      }
      String inner = blockIndent + "  ";
      StringBuilder b = new StringBuilder();
      int prevEnd = lineStart - 1;
      int prevStart = prevEnd > 0 ? hcl.lineStart(prevEnd) : 0;
      boolean blankBefore = prevEnd <= 0 || w.text.substring(prevStart, prevEnd).isBlank() || prevStart <= open;
      if (!blankBefore) {
        b.append('\n');
      }
      b.append(inner).append("lifecycle {\n");
      b.append(inner).append("  ignore_changes = ").append(list(rendered, inner + "  ")).append('\n');
      b.append(inner).append("}\n");
      splices.add(file, Optional.of(w.text), new Splices.Splice(lineStart, lineStart, b.toString()));
      return Optional.empty();
    }
    HclText.Block lc = lifecycle.get();
    HclText.Body lcBody = hcl.body(lc.open(), lc.close());
    Optional<HclText.Attribute> ignore = lcBody.attribute("ignore_changes");
    String inner = hcl.indentOf(lc.start()) + "  ";
    if (ignore.isEmpty()) {
      int lineStart = hcl.lineStart(lc.close());
      if (!w.text.substring(lineStart, lc.close()).isBlank()) {
        return Optional.of("the lifecycle block at " + file + ":" + hcl.lineOf(lc.start()) + " ends on a line with other text: write its closing brace on a line of its own first");
      }
      String line = inner + "ignore_changes = " + list(rendered, inner) + "\n";
      splices.add(file, Optional.of(w.text), new Splices.Splice(lineStart, lineStart, line));
      return Optional.empty();
    }
    HclText.Attribute a = ignore.get();
    int bracket = a.valueStart();
    if (bracket >= w.text.length() || w.text.charAt(bracket) != '[') {
      return Optional.of("lifecycle.ignore_changes at " + file + ":" + hcl.lineOf(a.nameStart()) + " is not a list");
    }
    int end = hcl.matching(bracket);
    if (end < 0) {
      return Optional.of("lifecycle.ignore_changes at " + file + ":" + hcl.lineOf(a.nameStart()) + " cannot be read");
    }
    int last = end - 1;
    while (last > bracket && (hcl.isComment(last) || (hcl.isCode(last) && Character.isWhitespace(w.text.charAt(last))))) {
      last--;
    }
    boolean empty = last == bracket;
    boolean trailingComma = w.text.charAt(last) == ',';
    boolean multiLine = w.text.substring(bracket, end).indexOf('\n') >= 0;
    if (!multiLine) {
      String insert = (empty ? "" : trailingComma ? " " : ", ") + String.join(", ", rendered);
      splices.add(file, Optional.of(w.text), new Splices.Splice(last + 1, last + 1, insert));
      return Optional.empty();
    }
    int closeLine = hcl.lineStart(end);
    if (!w.text.substring(closeLine, end).isBlank()) {
      return Optional.of("lifecycle.ignore_changes at " + file + ":" + hcl.lineOf(a.nameStart()) + " ends on a line with other text");
    }
    String itemIndent = hcl.indentOf(end) + "  ";
    if (!empty && !trailingComma) {
      splices.add(file, Optional.of(w.text), new Splices.Splice(last + 1, last + 1, ","));
    }
    StringBuilder b = new StringBuilder();
    for (String p : rendered) {
      b.append(itemIndent).append(p).append(",\n");
    }
    splices.add(file, Optional.of(w.text), new Splices.Splice(closeLine, closeLine, b.toString()));
    return Optional.empty();
  }

  /** {@code [a, b]} on one line when it fits, else one path per line. */
  private static String list(List<String> paths, String indent) {
    String one = "[" + String.join(", ", paths) + "]";
    if (indent.length() + "ignore_changes = ".length() + one.length() <= 100) {
      return one;
    }
    StringBuilder b = new StringBuilder("[\n");
    for (String p : paths) {
      b.append(indent).append("  ").append(p).append(",\n");
    }
    return b.append(indent).append(']').toString();
  }
}
