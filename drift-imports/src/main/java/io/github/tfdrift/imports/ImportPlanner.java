package io.github.tfdrift.imports;

import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.ModuleValues;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ResourceValues;
import io.github.tfdrift.core.redact.Secrets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the "already exists" errors of a failed apply into imports, as the runbook's phases 1 to 3 do
 * by hand: find which resources already exist (the log), compute each one's import ID (the catalogue
 * and the plan's planned values), and guard against importing what the state already has.
 *
 * <p>Guarantees, whatever the input: an address in the plan's {@code prior_state} is never imported
 * (it is {@linkplain ImportPlan#skipped() skipped}, with the reason); every entry names an address the
 * plan creates; an error repeated in the log gives one entry that lists every occurrence; an ID value
 * that is unknown, sensitive or ambiguous is a placeholder with a warning, never a guess; error
 * summaries in the result are redacted with the plan's secrets; the result is sorted, so the same
 * input always gives the same output. Never throws for bad input.
 *
 * <pre>{@code
 * ImportPlan p = ImportPlanner.plan(plan, ApplyLog.read(logFile).get(), ImportOptions.defaults());
 * String hcl = ImportRenderer.hcl(p);
 * }</pre>
 */
public final class ImportPlanner {
  private ImportPlanner() {}

  /**
   * Plans the imports for a plan and the log of its failed apply.
   *
   * @param plan the plan that was applied ({@code show -json})
   * @param log the apply's output
   * @param options account, region, catalogue and policy templates
   * @return the import plan
   */
  public static ImportPlan plan(Plan plan, ApplyLog log, ImportOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(options, "options");
    Secrets secrets = Secrets.of(plan);
    AwsFacts aws = AwsFacts.of(plan, options);
    ImportIdCatalogue catalogue = options.effectiveCatalogue();
    IdResolver resolver = new IdResolver(aws, secrets);
    IdentityResolver identities = new IdentityResolver(resolver, secrets);
    ImportIdentityCatalogue identityCatalogue = options.identityCatalogue();
    String source = log.source();

    Map<String, ResourceChange> changes = new LinkedHashMap<>();
    for (ResourceChange rc : plan.resourceChanges()) {
      if (rc.deposed().isEmpty()) {
        changes.putIfAbsent(Addresses.normalize(rc.address()), rc);
      }
    }
    Set<String> inState = new HashSet<>();
    plan.priorState().flatMap(s -> s.values()).flatMap(v -> v.rootModule()).ifPresent(m -> stateAddresses(m, inState));

    List<String> warnings = new ArrayList<>(log.problems());
    warnings.addAll(catalogue.problems());
    warnings.addAll(identityCatalogue.problems());
    warnings.addAll(aws.warnings);

    Map<PipelineFailure.Kind, PipelineFailure> failures = new EnumMap<>(PipelineFailure.Kind.class);
    List<SourceError> others = new ArrayList<>();
    Map<String, List<Candidate>> byAddress = new LinkedHashMap<>();
    List<UnmatchedError> unmatched = new ArrayList<>();
    List<Candidate> noAddress = new ArrayList<>();

    for (LogDiagnostic d : log.errors()) {
      Optional<PipelineFailure> f = PipelineFailures.of(d, source, secrets);
      if (f.isPresent()) {
        failures.merge(f.get().kind(), f.get(), (a, b) -> a.line() <= b.line() ? a : b);
        continue;
      }
      Optional<AlreadyExists> ae = AlreadyExists.in(d);
      String summary = secrets.redact(d.summary().replaceAll("[\\r\\n]+", " "));
      if (ae.isEmpty()) {
        others.add(new SourceError(source, d.line(), d.origin(), "", "", summary));
        continue;
      }
      SourceError se = new SourceError(source, d.line(), d.origin(), ae.get().code(), ae.get().family().id(), summary);
      Candidate c = new Candidate(d, ae.get(), se);
      if (d.address().isPresent()) {
        byAddress.computeIfAbsent(Addresses.normalize(d.address().get()), k -> new ArrayList<>()).add(c);
      } else {
        noAddress.add(c);
      }
    }
    List<LogLine> plain = log.plainLines();
    for (int i = 0; i < plain.size(); i++) {
      Optional<PipelineFailure> f = PipelineFailures.of(plain, i, source, secrets);
      if (f.isPresent()) {
        failures.merge(f.get().kind(), f.get(), (a, b) -> a.line() <= b.line() ? a : b);
      }
    }

    // Errors without an address: match by the ID their message names, when exactly one create has it.
    for (Candidate c : noAddress) {
      List<String> matches = new ArrayList<>();
      for (Map.Entry<String, ResourceChange> e : changes.entrySet()) {
        ResourceChange rc = e.getValue();
        if (!creates(rc) || inState.contains(e.getKey())) {
          continue;
        }
        IdResolver.Result r = resolver.resolve(catalogue.find(rc.type()), rc, c.exists.idInMessage());
        if (r.placeholders().isEmpty() && namesId(c.diagnostic.summary(), r.id())) {
          matches.add(e.getKey());
        }
      }
      if (matches.size() > 1) {
        List<String> started = matches.stream().filter(log.startedCreates()::contains).toList();
        if (started.size() == 1) {
          matches = started;
        }
      }
      if (matches.size() == 1) {
        c.matchedById = true;
        byAddress.computeIfAbsent(matches.get(0), k -> new ArrayList<>()).add(c);
      } else {
        unmatched.add(
            new UnmatchedError(
                Optional.empty(),
                matches.isEmpty()
                    ? "the error names no resource address, and no resource the plan creates has the ID it names"
                    : "the error names no resource address, and " + matches.size() + " resources the plan creates match it",
                c.source));
      }
    }

    List<ImportEntry> entries = new ArrayList<>();
    List<SkippedImport> skipped = new ArrayList<>();
    for (Map.Entry<String, List<Candidate>> e : byAddress.entrySet()) {
      String address = e.getKey();
      List<Candidate> cs = e.getValue();
      cs.sort(Comparator.comparingInt(c -> c.source.line()));
      List<SourceError> sources = cs.stream().map(c -> c.source).toList();
      ResourceChange rc = changes.get(address);
      boolean managedBefore =
          rc != null && rc.mode().equals(ResourceMode.MANAGED) && !rc.change().before().isNullOrAbsent();
      if (inState.contains(address) || managedBefore) {
        String reason =
            rc != null && rc.kind() == ChangeKind.REPLACE_CREATE_FIRST
                ? "already in the state: the plan replaces it creating the new object first, and the new object's"
                    + " name collides with the old one; an import cannot help (rename it, or replace it deleting first)"
                : inState.contains(address)
                    ? "already in the state (prior_state): importing it again would fail; it is not imported"
                    : "already in the state (the plan's change has a prior object): importing it again would fail;"
                        + " it is not imported";
        skipped.add(new SkippedImport(address, reason, sources));
        continue;
      }
      if (rc == null) {
        for (SourceError s : sources) {
          unmatched.add(
              new UnmatchedError(
                  Optional.of(address), "the plan has no resource " + address + " (is the log of another plan?)", s));
        }
        continue;
      }
      if (rc.change().importing().isPresent()) {
        skipped.add(new SkippedImport(address, "the plan already imports it", sources));
        continue;
      }
      if (!creates(rc)) {
        String actions = rc.change().actions().stream().map(Action::text).collect(Collectors.joining(", "));
        for (SourceError s : sources) {
          unmatched.add(
              new UnmatchedError(
                  Optional.of(address),
                  "the plan does not create " + address + " (its actions are " + (actions.isEmpty() ? "none" : actions) + ")",
                  s));
        }
        continue;
      }
      Optional<String> errorId =
          cs.stream().map(c -> c.exists.idInMessage()).flatMap(Optional::stream).findFirst();
      Optional<ImportIdCatalogue.Entry> template = catalogue.find(rc.type());
      IdResolver.Result r = resolver.withRegionSuffix(resolver.resolve(template, rc, errorId), rc);
      List<String> w = new ArrayList<>(r.warnings());
      if (cs.stream().anyMatch(c -> c.matchedById)) {
        w.add("the log names no address for this error; it was matched by the ID in its message");
      }
      if (cs.stream().anyMatch(c -> c.exists.code().equals("BucketAlreadyExists"))) {
        w.add("BucketAlreadyExists means the name is taken, possibly by another AWS account: the import works only"
            + " if your account owns the bucket (aws s3api head-bucket --bucket ...)");
      }
      Set<String> ids =
          cs.stream().map(c -> c.exists.idInMessage()).flatMap(Optional::stream).collect(Collectors.toSet());
      if (ids.size() > 1) {
        w.add("the log's errors for this address name " + ids.size() + " different IDs; the first one is used");
      }
      Optional<ImportIdentity> identity = identities.resolve(identityCatalogue.find(rc.type()), rc, errorId);
      entries.add(
          new ImportEntry(
              address,
              rc.type(),
              r.id(),
              r.placeholders(),
              r.template(),
              template.map(ImportIdCatalogue.Entry::origin),
              List.copyOf(new LinkedHashSet<>(w)),
              sources,
              identity));
    }

    entries.sort(Comparator.comparing(ImportEntry::address, Addresses.ORDER));
    skipped.sort(Comparator.comparing(SkippedImport::address, Addresses.ORDER));
    unmatched.sort(Comparator.comparingInt((UnmatchedError u) -> u.source().line()).thenComparing(u -> u.address().orElse("")));
    List<PipelineFailure> failureList = new ArrayList<>(failures.values());
    failureList.sort(Comparator.comparingInt(PipelineFailure::line).thenComparing(PipelineFailure::kind));

    Producer.Tool tool = plan.producer().tool();
    if (tool == Producer.Tool.UNKNOWN) {
      tool = log.producer().tool();
    }
    return new ImportPlan(
        source,
        tool,
        entries,
        skipped,
        unmatched,
        failureList,
        others,
        warnings,
        aws.accountId,
        aws.accountEvidence);
  }

  /** True when the change creates the object (a create, or the create half of a replacement). */
  private static boolean creates(ResourceChange rc) {
    return rc.mode().equals(ResourceMode.MANAGED) && rc.change().actions().contains(Action.CREATE);
  }

  /** True when the message names the ID in parentheses or quotes, as providers do. */
  private static boolean namesId(String message, String id) {
    return message.contains("(" + id + ")") || message.contains("\"" + id + "\"") || message.contains("'" + id + "'");
  }

  private static void stateAddresses(ModuleValues m, Set<String> out) {
    for (ResourceValues r : m.resources()) {
      if (r.mode().equals(ResourceMode.MANAGED) && r.deposedKey().isEmpty()) {
        out.add(Addresses.normalize(r.address()));
      }
    }
    for (ModuleValues c : m.childModules()) {
      stateAddresses(c, out);
    }
  }

  /** An "already exists" error on its way to an entry. */
  private static final class Candidate {
    final LogDiagnostic diagnostic;
    final AlreadyExists exists;
    final SourceError source;
    boolean matchedById;

    Candidate(LogDiagnostic diagnostic, AlreadyExists exists, SourceError source) {
      this.diagnostic = diagnostic;
      this.exists = exists;
      this.source = source;
    }
  }
}
