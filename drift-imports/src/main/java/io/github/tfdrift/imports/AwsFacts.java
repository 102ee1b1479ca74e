package io.github.tfdrift.imports;

import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ModuleValues;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ProviderConfig;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ResourceValues;
import io.github.tfdrift.core.model.Values;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the plan (and the options) tell about the AWS account, partition and region. Values are taken
 * only when the evidence agrees: several accounts in the plan leave the account unknown rather than
 * pick one. Sensitive values are never read.
 */
final class AwsFacts {
  private static final Pattern ARN =
      Pattern.compile("\\barn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):([a-z0-9-]+):([a-z0-9-]*):(\\d{12}):");
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");

  final Optional<String> accountId;
  final String accountEvidence;
  final Set<String> accountCandidates;
  final String partition;
  final boolean partitionAssumed;
  final Optional<String> region;
  final String regionEvidence;
  final List<String> warnings;

  private AwsFacts(
      Optional<String> accountId,
      String accountEvidence,
      Set<String> accountCandidates,
      String partition,
      boolean partitionAssumed,
      Optional<String> region,
      String regionEvidence,
      List<String> warnings) {
    this.accountId = accountId;
    this.accountEvidence = accountEvidence;
    this.accountCandidates = accountCandidates;
    this.partition = partition;
    this.partitionAssumed = partitionAssumed;
    this.region = region;
    this.regionEvidence = regionEvidence;
    this.warnings = List.copyOf(warnings);
  }

  /** An ARN's parts. */
  private record Arn(String partition, String service, String region, String account) {}

  /** One tier of evidence: what it found and how to say where from. */
  private static final class Tier {
    final String evidence;
    final Set<String> accounts = new TreeSet<>();
    final Set<String> partitions = new TreeSet<>();
    final Set<String> regions = new TreeSet<>();

    Tier(String evidence) {
      this.evidence = evidence;
    }

    void arn(Arn a) {
      accounts.add(a.account());
      partitions.add(a.partition());
      if (!a.region().isEmpty() && REGION.matcher(a.region()).matches()) {
        regions.add(a.region());
      }
    }

    void arns(String s) {
      Matcher m = ARN.matcher(s);
      while (m.find()) {
        arn(new Arn(m.group(1), m.group(2), m.group(3), m.group(4)));
      }
    }
  }

  static AwsFacts of(Plan plan, ImportOptions options) {
    List<String> warnings = new ArrayList<>();
    List<ResourceValues> values = new ArrayList<>();
    plan.priorState().flatMap(s -> s.values()).ifPresent(v -> collect(v, values::add));
    List<ResourceValues> planned = new ArrayList<>();
    plan.plannedValues().ifPresent(v -> collect(v, planned::add));

    // Tier 1: the caller identity data source.
    Tier identity = new Tier("data source aws_caller_identity");
    List<ResourceValues> dataSources = new ArrayList<>(values);
    dataSources.addAll(planned);
    for (ResourceValues r : dataSources) {
      if (r.mode().equals(ResourceMode.DATA) && r.type().equals("aws_caller_identity") && !r.sensitiveMask().anyMarked()) {
        r.values().get("account_id").asText().filter(a -> ACCOUNT.matcher(a).matches()).ifPresent(identity.accounts::add);
        r.values().get("arn").asText().ifPresent(identity::arns);
      }
    }
    for (ResourceChange rc : plan.resourceChanges()) {
      Change c = rc.change();
      if (rc.mode().equals(ResourceMode.DATA) && rc.type().equals("aws_caller_identity") && !c.afterSensitiveMask().anyMarked()) {
        c.after().get("account_id").asText().filter(a -> ACCOUNT.matcher(a).matches()).ifPresent(identity.accounts::add);
        c.after().get("arn").asText().ifPresent(identity::arns);
      }
    }

    // Tier 2: the ARNs of the resources themselves (the account they live in).
    Tier own = new Tier("the ARNs of resources in the plan's prior state");
    for (ResourceValues r : values) {
      if (r.mode().equals(ResourceMode.MANAGED) && !r.sensitiveMask().child("arn").isWhollyMarked()) {
        r.values().get("arn").asText().ifPresent(own::arns);
      }
    }
    for (ResourceChange rc : plan.resourceChanges()) {
      Change c = rc.change();
      if (rc.mode().equals(ResourceMode.MANAGED) && !c.beforeSensitiveMask().child("arn").isWhollyMarked()) {
        c.before().get("arn").asText().ifPresent(own::arns);
      }
    }

    // Tier 3: any ARN anywhere in the plan's values.
    Tier any = new Tier("ARNs in the plan");
    for (ResourceValues r : values) {
      strings(r.values(), r.sensitiveValues(), any::arns);
    }
    for (ResourceValues r : planned) {
      strings(r.values(), r.sensitiveValues(), any::arns);
    }
    List<ResourceChange> changes = new ArrayList<>(plan.resourceChanges());
    changes.addAll(plan.resourceDrift());
    for (ResourceChange rc : changes) {
      strings(rc.change().before(), rc.change().beforeSensitive(), any::arns);
      strings(rc.change().after(), rc.change().afterSensitive(), any::arns);
    }

    Tier chosen = null;
    for (Tier t : List.of(identity, own, any)) {
      if (!t.accounts.isEmpty()) {
        chosen = t;
        break;
      }
    }

    Optional<String> account = Optional.empty();
    String evidence;
    Set<String> candidates = chosen == null ? Set.of() : Set.copyOf(chosen.accounts);
    if (options.awsAccountId().isPresent()) {
      account = options.awsAccountId();
      evidence = "given with --aws-account-id";
      if (chosen != null && !chosen.accounts.contains(account.get())) {
        warnings.add(
            "the AWS account ID given ("
                + account.get()
                + ") is not the one "
                + chosen.evidence
                + " show ("
                + String.join(", ", chosen.accounts)
                + "); the IDs use the one given");
      }
    } else if (chosen == null) {
      evidence = "no ARN in the plan reveals the AWS account ID";
    } else if (chosen.accounts.size() == 1) {
      account = Optional.of(chosen.accounts.iterator().next());
      evidence = "from " + chosen.evidence;
    } else {
      evidence = chosen.evidence + " show several AWS accounts (" + String.join(", ", chosen.accounts) + ")";
    }

    // Partition: from the same evidence, else from the region.
    Optional<String> region = options.awsRegion();
    String regionEvidence = "given with --aws-region";
    if (region.isEmpty()) {
      Set<String> configured = new TreeSet<>();
      plan.configuration()
          .ifPresent(
              cfg -> {
                for (ProviderConfig p : cfg.providerConfig().values()) {
                  boolean aws = p.name().map("aws"::equals).orElse(false)
                      || p.fullName().map(n -> n.endsWith("/aws")).orElse(false);
                  if (aws) {
                    p.expressions().get("region").get("constant_value").asText().ifPresent(configured::add);
                  }
                }
              });
      if (configured.size() == 1) {
        region = Optional.of(configured.iterator().next());
        regionEvidence = "from the aws provider configuration";
      } else if (configured.isEmpty()) {
        for (Tier t : List.of(identity, own)) {
          if (t.regions.size() == 1) {
            region = Optional.of(t.regions.iterator().next());
            regionEvidence = "from " + t.evidence;
            break;
          }
        }
      }
      if (region.isEmpty()) {
        regionEvidence =
            configured.size() > 1
                ? "the aws provider is configured for several regions (" + String.join(", ", configured) + ")"
                : "the plan does not show the AWS region";
      }
    }
    String partition = "aws";
    boolean assumed = false;
    Tier partitionTier = chosen;
    if (partitionTier != null && partitionTier.partitions.size() == 1) {
      partition = partitionTier.partitions.iterator().next();
    } else if (region.isPresent() && region.get().startsWith("cn-")) {
      partition = "aws-cn";
    } else if (region.isPresent() && region.get().startsWith("us-gov-")) {
      partition = "aws-us-gov";
    } else if (region.isPresent() && region.get().startsWith("us-iso-")) {
      partition = "aws-iso";
    } else if (region.isPresent() && region.get().startsWith("us-isob-")) {
      partition = "aws-iso-b";
    } else if (region.isEmpty()) {
      assumed = true;
    }
    return new AwsFacts(account, evidence, candidates, partition, assumed, region, regionEvidence, warnings);
  }

  /** Collects every resource of a values representation, child modules included. */
  private static void collect(Values v, Consumer<ResourceValues> sink) {
    v.rootModule().ifPresent(m -> collect(m, sink));
  }

  private static void collect(ModuleValues m, Consumer<ResourceValues> sink) {
    m.resources().forEach(sink);
    for (ModuleValues c : m.childModules()) {
      collect(c, sink);
    }
  }

  /** Every string of {@code value} that {@code mirror} does not mark sensitive. */
  private static void strings(JsonValue value, JsonValue mirror, Consumer<String> sink) {
    if (mirror instanceof JsonValue.Bool b && b.value()) {
      return;
    }
    if (value instanceof JsonValue.Str s) {
      if (s.value().contains("arn:")) {
        sink.accept(s.value());
      }
    } else if (value instanceof JsonValue.Arr a) {
      for (int i = 0; i < a.size(); i++) {
        strings(a.get(i), mirror.get(i), sink);
      }
    } else if (value instanceof JsonValue.Obj o) {
      for (String k : o.keys()) {
        strings(o.get(k), mirror.get(k), sink);
      }
    }
  }
}
