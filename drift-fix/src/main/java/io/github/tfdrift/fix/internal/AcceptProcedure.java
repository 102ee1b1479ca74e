package io.github.tfdrift.fix.internal;

import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.config.model.ValueOrigin;
import io.github.tfdrift.config.source.SourceRange;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.diff.AttributeDifference;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.fix.EntryOutcome;
import io.github.tfdrift.fix.patch.Patch;
import io.github.tfdrift.fix.PatchResult;
import io.github.tfdrift.fix.hcl.HclLiteral;
import io.github.tfdrift.rules.ClassifiedEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Procedure 2, accept the drift: each changed attribute's real value ({@code before}) replaces the
 * literal the configuration defines it with. The literal is looked up for the attribute's path, then
 * for each parent path (a list that grew has no literal for its new element, but the list has one);
 * a parent literal is replaced only when it holds no reference.
 */
public final class AcceptProcedure {
  private AcceptProcedure() {}

  /** One literal to write. */
  private record Write(String file, String original, int start, int end, String text, String where, AttributePath path) {}

  /**
   * Runs the procedure over the selected entries.
   *
   * @param config the configuration
   * @param entries the selected entries
   * @param all every entry of the plan: a place shared with another instance is written only when
   *     that instance's real value is the same
   */
  public static PatchResult run(Configuration config, List<ClassifiedEntry> entries, List<ClassifiedEntry> all) {
    Splices splices = new Splices();
    List<EntryOutcome> outcomes = new ArrayList<>();
    for (ClassifiedEntry e : entries) {
      outcomes.add(entry(config, e, splices, all));
    }
    return new PatchResult(Patch.of(splices.edits()), outcomes);
  }

  private static EntryOutcome entry(Configuration config, ClassifiedEntry e, Splices splices, List<ClassifiedEntry> all) {
    Optional<ResourceChange> rc = Entries.drifted(e);
    if (rc.isEmpty()) {
      return new EntryOutcome.NothingToDo(e.address(), "no planned update or replacement to accept");
    }
    Optional<ResourceAddress> address = Entries.address(e);
    if (address.isEmpty()) {
      return new EntryOutcome.Refused(e.address(), "the address cannot be read");
    }
    if (!"managed".equals(address.get().mode().text())) {
      return new EntryOutcome.Refused(e.address(), "a data source is read, not configured: there is no value to accept");
    }
    List<AttributeDifference> diffs = Entries.configured(rc.get());
    if (diffs.isEmpty()) {
      return new EntryOutcome.NothingToDo(e.address(), "no changed attribute the configuration sets");
    }
    List<Write> writes = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (AttributeDifference d : diffs) {
      if (d.sensitive()) {
        return new EntryOutcome.Refused(e.address(), d.displayPath() + " is sensitive: its value is not written into the configuration");
      }
      Located w = locate(config, address.get(), d, rc.get().change().before());
      String refusal = w.refusal;
      if (refusal != null) {
        return new EntryOutcome.Refused(e.address(), refusal);
      }
      Write write = w.write;
      if (write != null && seen.add(write.file() + ":" + write.start() + ":" + write.end())) {
        writes.add(write);
      }
    }
    for (Write w : writes) {
      Optional<String> other = sharedWithADifferentValue(config, e, w, all, rc.get().change().before());
      if (other.isPresent()) {
        return new EntryOutcome.Refused(e.address(), w.path().render() + ": the literal at " + w.where() + " also defines it for "
            + other.get() + ", whose real value differs: accepting would change that instance");
      }
    }
    List<String> files = new ArrayList<>();
    List<String> what = new ArrayList<>();
    for (Write w : writes) {
      Optional<Splices.Splice> there = splices.at(w.file(), w.start(), w.end());
      if (there.isPresent() && !there.get().text().equals(w.text())) {
        return new EntryOutcome.Refused(e.address(), w.path().render() + ": another selected entry writes a different value at " + w.where());
      }
    }
    for (Write w : writes) {
      Splices.Splice s = new Splices.Splice(w.start(), w.end(), w.text());
      if (!splices.contains(w.file(), s) && !splices.add(w.file(), Optional.of(w.original()), s)) {
        return new EntryOutcome.Refused(e.address(), w.path().render() + ": the literal at " + w.where() + " overlaps another edit");
      }
      if (!files.contains(w.file())) {
        files.add(w.file());
      }
      what.add(w.path().render() + " at " + w.where());
    }
    return new EntryOutcome.Patched(e.address(), files, "accepted " + String.join(", ", what));
  }

  /**
   * Another instance of the plan (another key of the same resource, or the same resource in another
   * instance of its module) whose value at the path comes from the same literal and whose real value
   * there is not the one written.
   */
  private static Optional<String> sharedWithADifferentValue(
      Configuration config, ClassifiedEntry e, Write w, List<ClassifiedEntry> all, JsonValue before) {
    JsonValue written = Entries.at(before, w.path());
    for (ClassifiedEntry o : all) {
      if (o.address().equals(e.address()) || o.deposed().isPresent() || !o.type().equals(e.type()) || o.planned().isEmpty()) {
        continue;
      }
      Optional<ResourceAddress> oa = Entries.address(o);
      if (oa.isEmpty() || !oa.get().name().equals(Entries.address(e).map(ResourceAddress::name).orElse(""))) {
        continue;
      }
      if (!(config.originOf(oa.get(), w.path()) instanceof ValueOrigin.Literal lit)
          || !lit.range().file().equals(w.file()) || lit.range().startOffset() != w.start()) {
        continue;
      }
      JsonValue prior = o.planned().get().change().before();
      if (prior.isNullOrAbsent()) {
        continue; // an object to create takes the configuration's value, whatever it becomes
      }
      JsonValue real = Entries.at(prior, w.path());
      if (!real.equals(written)) {
        return Optional.of(o.address());
      }
    }
    return Optional.empty();
  }

  /** A write, a refusal, or neither (the literal already says the value). */
  private static final class Located {
    final @Nullable String refusal;
    final @Nullable Write write;

    private Located(@Nullable String refusal, @Nullable Write write) {
      this.refusal = refusal;
      this.write = write;
    }
  }

  /**
   * The paths to look the literal up at: for an element of a list of values ({@code tags[0]}) the
   * list first, so a list that changed length is written whole; then the path and its parents.
   */
  private static List<AttributePath> candidates(AttributePath path) {
    List<AttributePath> out = new ArrayList<>();
    AttributePath list = IgnoreProcedure.ignorable(path);
    if (!list.equals(path) && !list.isRoot()) {
      out.add(list);
    }
    for (AttributePath p : Entries.selfAndParents(path)) {
      if (!out.contains(p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static Located locate(Configuration config, ResourceAddress address, AttributeDifference d, JsonValue before) {
    ValueOrigin.Unresolved first = null;
    for (AttributePath p : candidates(d.path())) {
      ValueOrigin o = config.originOf(address, p);
      if (o instanceof ValueOrigin.Unresolved u) {
        if (p.size() < d.path().size() && p.equals(IgnoreProcedure.ignorable(d.path()))) {
          continue; // the list is not one literal: its element may be
        }
        if (first == null) {
          first = u;
        }
        if (u.reason() == ValueOrigin.Reason.NOT_SET || u.reason() == ValueOrigin.Reason.INSTANCE_KEY) {
          continue; // a parent may be written as a whole literal
        }
        break;
      }
      ValueOrigin.Literal lit = (ValueOrigin.Literal) o;
      if (p.size() < d.path().size() && !Configuration.isLiteral(lit.expression())) {
        if (p.equals(IgnoreProcedure.ignorable(d.path()))) {
          continue; // the list holds references: only its element can be written
        }
        break; // replacing the parent would drop its references
      }
      SourceRange r = lit.range();
      if (lit.sensitive()) {
        return new Located(d.displayPath() + " is set through a variable declared sensitive: its value is not written into the configuration", null);
      }
      if (r.file().startsWith(Entries.INSTALLED_MODULES)) {
        return new Located(p.render() + " is written in an installed remote module (" + r.fileAndLine() + "), which init would overwrite: change the module's source instead", null);
      }
      Optional<String> text = Entries.text(config, r);
      if (text.isEmpty()) {
        return new Located(p.render() + ": " + r.file() + " was not read as HCL", null);
      }
      JsonValue value = Entries.at(before, p);
      if (value.isAbsent()) {
        return new Located(p.render() + " has no value in the real object to write", null);
      }
      HclText hcl = HclText.of(text.get());
      String literal = HclLiteral.render(value, hcl.indentOf(r.startOffset()));
      return new Located(null, new Write(r.file(), text.get(), r.startOffset(), r.endOffset(), literal, r.fileAndLine(), p));
    }
    String why = first == null ? "it is not set in the configuration" : first.describe();
    return new Located(d.displayPath() + " does not resolve to a literal: " + why, null);
  }
}
