package io.github.tfdrift.fix.internal;

import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.config.source.ParsedFile;
import io.github.tfdrift.config.source.SourceRange;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.diff.AttributeDiff;
import io.github.tfdrift.core.diff.AttributeDifference;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.ClassifiedEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the procedures share: which entries have drift to fix, their changed attributes, files. */
final class Entries {
  /** Installed remote modules: {@code terraform init} rewrites them. */
  static final String INSTALLED_MODULES = ".terraform/";

  private Entries() {}

  /** The planned update or replacement of a managed object, when that is what the entry plans. */
  static Optional<ResourceChange> drifted(ClassifiedEntry e) {
    if (e.planned().isEmpty()) {
      return Optional.empty();
    }
    ChangeKind k = e.planned().get().kind();
    boolean changes = k == ChangeKind.UPDATE || k.isReplace();
    return changes ? e.planned() : Optional.empty();
  }

  /** The changed attributes the configuration can hold: differences whose value after is known. */
  static List<AttributeDifference> configured(ResourceChange rc) {
    List<AttributeDifference> out = new ArrayList<>();
    for (AttributeDifference d : AttributeDiff.asShown(rc.change())) {
      if (!d.unknownAfter() && !d.path().isRoot()) {
        out.add(d);
      }
    }
    return out;
  }

  /** The address, parsed. */
  static Optional<ResourceAddress> address(ClassifiedEntry e) {
    return ResourceAddress.parse(e.address()).toJavaOptional();
  }

  /** The value at a path of a JSON value; absent when there is none. */
  static JsonValue at(JsonValue v, AttributePath path) {
    JsonValue cur = v;
    for (PathStep s : path.steps()) {
      if (s instanceof PathStep.Index i) {
        cur = cur.get(i.index());
      } else if (s instanceof PathStep.Attribute a) {
        cur = cur.get(a.name());
      } else if (s instanceof PathStep.Key k) {
        cur = cur.get(k.key());
      }
    }
    return cur;
  }

  /** The parent paths of a path, the path itself first, the top-level attribute last. */
  static List<AttributePath> selfAndParents(AttributePath p) {
    List<AttributePath> out = new ArrayList<>();
    List<PathStep> steps = p.steps();
    for (int n = steps.size(); n >= 1; n--) {
      out.add(AttributePath.of(steps.subList(0, n)));
    }
    return out;
  }

  /** The file's text, as read with the configuration. */
  static Optional<String> text(Configuration c, SourceRange r) {
    return c.file(r.file()).map(ParsedFile::text);
  }
}
