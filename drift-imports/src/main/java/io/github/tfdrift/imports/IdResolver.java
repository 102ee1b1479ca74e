package io.github.tfdrift.imports;

import io.github.tfdrift.imports.ImportIdTemplate;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Builds one import ID from a template, the planned {@code after} value, the AWS facts and the error. */
final class IdResolver {
  /** The placeholder of an ID for a type the catalogue does not know. */
  static final String NO_TEMPLATE = "<IMPORT_ID>";

  private final AwsFacts aws;
  private final Secrets secrets;

  IdResolver(AwsFacts aws, Secrets secrets) {
    this.aws = aws;
    this.secrets = secrets;
  }

  /** An ID, the placeholders it keeps, and the warnings. */
  record Result(String id, List<String> placeholders, List<String> warnings, Optional<String> template) {}

  Result resolve(Optional<ImportIdCatalogue.Entry> entry, ResourceChange rc, Optional<String> errorId) {
    if (entry.isEmpty()) {
      return new Result(
          NO_TEMPLATE,
          List.of(NO_TEMPLATE),
          List.of(
              "no import ID template for "
                  + rc.type()
                  + ": find the import ID in the provider's documentation of "
                  + rc.type()
                  + " (section Import) and add it to import_ids: in the policy file"),
          Optional.empty());
    }
    return resolve(entry.get().template(), rc, errorId);
  }

  /**
   * One template's value for a resource: the first alternative without placeholders, else the one
   * with the fewest; a value holding a secret of the plan is replaced by {@code <SENSITIVE>}.
   */
  Result resolve(ImportIdTemplate t, ResourceChange rc, Optional<String> errorId) {
    Rendered best = null;
    String bestText = null;
    for (ImportIdTemplate.Alternative a : t.parsedAlternatives()) {
      Rendered r = render(a, rc.change(), errorId);
      if (best == null || r.placeholders.size() < best.placeholders.size()) {
        best = r;
        bestText = a.text();
      }
      if (r.placeholders.isEmpty()) {
        break;
      }
    }
    List<String> warnings = new ArrayList<>(best.warnings);
    String id = best.text.toString();
    Set<String> placeholders = best.placeholders;
    if (placeholders.isEmpty() && secrets.containsSecret(id)) {
      id = "<SENSITIVE>";
      placeholders = Set.of(id);
      warnings.add("the ID would contain a sensitive value of the plan, so it is not printed: fill it in by hand");
    }
    if (!placeholders.isEmpty() && t.parsedLookup().isPresent()) {
      Rendered hint = render(t.parsedLookup().get(), rc.change(), errorId);
      warnings.add("find the ID with: " + hint.text);
    }
    return new Result(id, List.copyOf(placeholders), dedupe(warnings), Optional.of(bestText));
  }

  /**
   * The entry's ID with {@code @REGION} appended when its type needs it ({@link RegionSuffix}) and the
   * resource's own {@code region} is known and differs from the AWS provider's; else as it is.
   */
  Result withRegionSuffix(Result r, ResourceChange rc) {
    Optional<String> own = ownRegion(rc.change());
    if (!RegionSuffix.applies(rc.type()) || own.isEmpty() || aws.region.isEmpty() || own.get().equals(aws.region.get())
        || r.id().endsWith("@" + own.get())) {
      return r;
    }
    List<String> w = new ArrayList<>(r.warnings());
    w.add("the object is in " + own.get() + ", not in the AWS provider's region " + aws.region.get()
        + ": the ID ends in @" + own.get() + ", as AWS provider 6 asks");
    return new Result(r.id() + "@" + own.get(), r.placeholders(), dedupe(w), r.template());
  }

  /** The resource's own {@code region} (AWS provider 6), when the plan shows it. */
  private static Optional<String> ownRegion(Change change) {
    return change.afterSensitiveMask().child("region").isWhollyMarked()
            || change.afterUnknownMask().child("region").isWhollyMarked()
        ? Optional.empty()
        : change.after().get("region").asText().filter(s -> !s.isEmpty());
  }

  private static List<String> dedupe(List<String> l) {
    return List.copyOf(new LinkedHashSet<>(l));
  }

  /** A rendered alternative. */
  private static final class Rendered {
    final StringBuilder text = new StringBuilder();
    final Set<String> placeholders = new LinkedHashSet<>();
    final List<String> warnings = new ArrayList<>();

    void placeholder(String p, String warning) {
      text.append(p);
      placeholders.add(p);
      warnings.add(warning);
    }
  }

  private Rendered render(ImportIdTemplate.Alternative a, Change change, Optional<String> errorId) {
    Rendered r = new Rendered();
    for (ImportIdTemplate.Part p : a.parts()) {
      if (p instanceof ImportIdTemplate.Literal l) {
        r.text.append(l.text());
      } else if (p instanceof ImportIdTemplate.FactRef f) {
        fact(f.fact(), change, errorId, r);
      } else {
        ImportIdTemplate.AttributeRef ref = (ImportIdTemplate.AttributeRef) p;
        attribute(ref.path(), ref.text(), change, r);
      }
    }
    return r;
  }

  private void fact(ImportIdTemplate.Fact fact, Change change, Optional<String> errorId, Rendered r) {
    switch (fact) {
      case ACCOUNT_ID:
        if (aws.accountId.isPresent()) {
          r.text.append(aws.accountId.get());
        } else {
          r.placeholder(
              fact.placeholder(),
              "the AWS account ID is not known ("
                  + aws.accountEvidence
                  + "): give it with --aws-account-id, or replace "
                  + fact.placeholder());
        }
        break;
      case PARTITION:
        r.text.append(aws.partition);
        if (aws.partitionAssumed) {
          r.warnings.add("the AWS partition is assumed to be aws: nothing in the plan shows it");
        }
        break;
      case DNS_SUFFIX:
        r.text.append(aws.partition.equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com");
        if (aws.partitionAssumed) {
          r.warnings.add("the AWS partition is assumed to be aws: nothing in the plan shows it");
        }
        break;
      case REGION:
        Optional<String> own = ownRegion(change);
        if (own.isPresent()) {
          r.text.append(own.get());
        } else if (aws.region.isPresent()) {
          r.text.append(aws.region.get());
        } else {
          r.placeholder(
              fact.placeholder(),
              "the AWS region is not known (" + aws.regionEvidence + "): give it with --aws-region, or replace "
                  + fact.placeholder());
        }
        break;
      case ERROR_ID:
        if (errorId.isPresent() && !secrets.containsSecret(errorId.get())) {
          r.text.append(errorId.get());
        } else {
          r.placeholder(
              fact.placeholder(),
              errorId.isPresent()
                  ? "the ID in the error message contains a sensitive value, so it is not printed"
                  : "the error message names no ID of the existing object");
        }
        break;
      default:
        throw new IllegalStateException("unhandled fact " + fact);
    }
  }

  private void attribute(AttributePath path, String text, Change change, Rendered r) {
    String ph = "<" + text + ">";
    if (change.afterSensitiveMask().isMarked(path)) {
      r.placeholder(ph, "`" + text + "` is sensitive in the plan, so the ID is not printed: fill it in by hand");
      return;
    }
    if (change.after().isAbsent() || change.afterUnknownMask().isMarked(path)) {
      r.placeholder(ph, "`" + text + "` is known only after apply: look the ID up and replace " + ph);
      return;
    }
    JsonValue v = at(change.after(), path);
    if (v.isNullOrAbsent()) {
      r.placeholder(ph, "the plan has no value for `" + text + "`: look the ID up and replace " + ph);
      return;
    }
    String s;
    if (v instanceof JsonValue.Str str) {
      s = str.value();
    } else if (v instanceof JsonValue.Num n) {
      s = n.literal();
    } else if (v instanceof JsonValue.Bool b) {
      s = Boolean.toString(b.value());
    } else {
      r.placeholder(ph, "`" + text + "` is not a single value in the plan: look the ID up and replace " + ph);
      return;
    }
    if (secrets.isSecret(s) || secrets.containsSecret(s)) {
      r.placeholder(ph, "`" + text + "` holds a sensitive value of the plan, so the ID is not printed: fill it in by hand");
      return;
    }
    r.text.append(s);
  }

  private static JsonValue at(JsonValue root, AttributePath path) {
    JsonValue v = root;
    for (PathStep step : path.steps()) {
      if (step instanceof PathStep.Index i) {
        v = v.get(i.index());
      } else if (step instanceof PathStep.Attribute a) {
        v = v.get(a.name());
      } else {
        v = v.get(((PathStep.Key) step).key());
      }
    }
    return v;
  }
}
