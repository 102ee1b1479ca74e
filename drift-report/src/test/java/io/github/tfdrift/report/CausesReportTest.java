package io.github.tfdrift.report;

import static io.github.tfdrift.report.ReportFixtures.analyzed;
import static io.github.tfdrift.report.ReportFixtures.planFromJson;
import static io.github.tfdrift.report.ReportFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.policy.Policy;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Causes: the same drift on several resources over the plans of a run (one plan per workspace), grouped.
 * The plans are written here the way {@code terraform show -json} writes tag drift on AWS: a {@code
 * resource_drift} update (refresh found the tag rewritten) and a {@code resource_changes} update
 * that puts it back.
 */
class CausesReportTest {
  private static final String BUCKET = "aws_s3_bucket";

  /** One drifted instance: its address, and the tags in state, then as refresh found them. */
  private record Drifted(String address, String stateTags, String foundTags) {
    static Drifted managedBy(String address) {
      return new Drifted(address, "{\"ManagedBy\": \"terraform\", \"Team\": \"platform\"}", "{\"ManagedBy\": \"cloud-custodian\", \"Team\": \"platform\"}");
    }
  }

  private static String resource(Drifted d, String before, String after, String actions) {
    String type = d.address().replaceAll("^(module\\.[^.]+\\.)*", "").replaceAll("\\..*$", "");
    String name = d.address().replaceAll("^.*\\.", "").replaceAll("\\[.*$", "");
    int cut = d.address().lastIndexOf(type + ".");
    String module = cut > 0 ? "\"module_address\": \"" + d.address().substring(0, cut - 1) + "\", " : "";
    return "{\"address\": \"" + d.address().replace("\"", "\\\"") + "\", " + module + "\"mode\": \"managed\", \"type\": \"" + type + "\", \"name\": \"" + name
        + "\", \"provider_name\": \"registry.terraform.io/hashicorp/aws\", \"change\": {\"actions\": [" + actions + "], \"before\": {\"bucket\": \"b\", \"tags\": "
        + before + "}, \"after\": {\"bucket\": \"b\", \"tags\": " + after + "}, \"after_unknown\": {}, \"before_sensitive\": {}, \"after_sensitive\": {}}}";
  }

  /** A plan where refresh found each instance's tags changed and apply would restore them. */
  static String tagDriftPlan(List<Drifted> drifted, String sensitiveVariable) {
    List<String> drift = new ArrayList<>();
    List<String> changes = new ArrayList<>();
    for (Drifted d : drifted) {
      drift.add(resource(d, d.stateTags(), d.foundTags(), "\"update\""));
      changes.add(resource(d, d.foundTags(), d.stateTags(), "\"update\""));
    }
    String variables = sensitiveVariable == null ? "" : "\"variables\": {\"token\": {\"value\": \"" + sensitiveVariable + "\"}}, ";
    String config = sensitiveVariable == null ? "{\"root_module\": {}}" : "{\"root_module\": {\"variables\": {\"token\": {\"sensitive\": true}}}}";
    return "{\"format_version\": \"1.2\", \"terraform_version\": \"1.11.4\", " + variables + "\"planned_values\": {\"root_module\": {}}, "
        + "\"resource_drift\": [" + String.join(", ", drift) + "], \"resource_changes\": [" + String.join(", ", changes) + "], "
        + "\"configuration\": " + config + "}";
  }

  /** A plan that replaces each bucket because its name changed in the configuration. */
  static String renamedBucketsPlan(List<String> addresses) {
    List<String> changes = new ArrayList<>();
    for (String a : addresses) {
      String name = a.replaceAll("^.*\\.", "");
      changes.add("{\"address\": \"" + a + "\", \"mode\": \"managed\", \"type\": \"aws_s3_bucket\", \"name\": \"" + name
          + "\", \"provider_name\": \"registry.terraform.io/hashicorp/aws\", \"action_reason\": \"replace_because_cannot_update\", "
          + "\"change\": {\"actions\": [\"delete\", \"create\"], \"before\": {\"bucket\": \"old-" + name + "\"}, \"after\": {\"bucket\": \"new-"
          + name + "\"}, \"after_unknown\": {}, \"before_sensitive\": {}, \"after_sensitive\": {}, \"replace_paths\": [[\"bucket\"]]}}");
    }
    return "{\"format_version\": \"1.2\", \"terraform_version\": \"1.11.4\", \"planned_values\": {\"root_module\": {}}, "
        + "\"resource_changes\": [" + String.join(", ", changes) + "], \"configuration\": {\"root_module\": {}}}";
  }

  private static AnalyzedPlan workspace(String file, Drifted... drifted) {
    return analyzed(file, planFromJson(tagDriftPlan(List.of(drifted), null), file), Policy.empty());
  }

  private static List<Drifted> buckets(String module, int n) {
    List<Drifted> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      l.add(Drifted.managedBy(module + "aws_s3_bucket.b" + i));
    }
    return l;
  }

  private static String write(ReportWriter w, RunReport r) {
    StringWriter out = new StringWriter();
    try {
      w.write(r, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Twelve workspaces: 40 buckets whose ManagedBy tag an automation rewrote; one other bucket drifted on Team. */
  private static RunReport fleet() {
    List<AnalyzedPlan> plans = new ArrayList<>();
    for (int w = 0; w < 12; w++) {
      List<Drifted> l = new ArrayList<>(buckets("module.ws" + w + ".", w < 4 ? 4 : 3));
      if (w == 11) {
        l.add(new Drifted("aws_s3_bucket.odd", "{\"Team\": \"platform\"}", "{\"Team\": \"data\"}"));
      }
      plans.add(workspace("ws" + w + ".json", l.toArray(Drifted[]::new)));
    }
    return run(plans.toArray(AnalyzedPlan[]::new));
  }

  @Test
  void aTagRewrittenOnFortyBucketsInTwelvePlansIsOneCause() {
    List<DriftCause> causes = fleet().causes();
    assertThat(causes).hasSize(1);
    DriftCause c = causes.get(0);
    assertThat(c.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(c.type()).isEqualTo(BUCKET);
    assertThat(c.paths()).containsExactly("tags.ManagedBy");
    assertThat(c.count()).isEqualTo(40);
    assertThat(c.planCount()).isEqualTo(12);
  }

  @Test
  void aCauseKeepsTheFirstFiveAddressesInRunOrderAndCountsTheRest() {
    DriftCause c = fleet().causes().get(0);
    assertThat(c.addresses()).containsExactly(
        "module.ws0.aws_s3_bucket.b0", "module.ws0.aws_s3_bucket.b1", "module.ws0.aws_s3_bucket.b2", "module.ws0.aws_s3_bucket.b3",
        "module.ws1.aws_s3_bucket.b0");
    assertThat(c.addressCount()).isEqualTo(40);
    assertThat(c.moreAddresses()).isEqualTo(35);
  }

  @Test
  void theSameAddressInSeveralWorkspacesIsListedOnce() {
    RunReport r = run(workspace("prod.json", Drifted.managedBy("aws_s3_bucket.logs")), workspace("dev.json", Drifted.managedBy("aws_s3_bucket.logs")),
        workspace("qa.json", Drifted.managedBy("aws_s3_bucket.logs")));
    DriftCause c = r.causes().get(0);
    assertThat(c.count()).isEqualTo(3);
    assertThat(c.planCount()).isEqualTo(3);
    assertThat(c.addresses()).containsExactly("aws_s3_bucket.logs");
    assertThat(c.moreAddresses()).isZero();
  }

  @Test
  void aChangeSeenOnceIsNoCause() {
    RunReport r = run(workspace("prod.json", Drifted.managedBy("aws_s3_bucket.logs")));
    assertThat(r.causes()).isEmpty();
  }

  @Test
  void noChangeEntriesNeverCount() {
    assertThat(run(analyzed("clean"), analyzed("clean")).causes()).isEmpty();
  }

  @Test
  void differentMapKeysAreDifferentCauses() {
    Drifted owner1 = new Drifted("aws_s3_bucket.a", "{\"Owner\": \"x\"}", "{\"Owner\": \"y\"}");
    Drifted owner2 = new Drifted("aws_s3_bucket.b", "{\"Owner\": \"x\"}", "{\"Owner\": \"y\"}");
    RunReport r = run(workspace("prod.json", Drifted.managedBy("aws_s3_bucket.c"), Drifted.managedBy("aws_s3_bucket.d"), owner1, owner2));
    assertThat(r.causes()).extracting(DriftCause::paths).containsExactlyInAnyOrder(List.of("tags.ManagedBy"), List.of("tags.Owner"));
  }

  @Test
  void listIndexesAreGeneralisedSoTheSameListElementChangeGroups() {
    assertThat(DriftCause.generalise(AttributePath.parse("ingress[3].cidr_blocks[0]").get())).isEqualTo("ingress[*].cidr_blocks[*]");
    assertThat(DriftCause.generalise(AttributePath.parse("tags[\"a[0]\"]").get())).isEqualTo("tags[\"a[0]\"]");
    assertThat(DriftCause.generalise(AttributePath.parse("memory[0].dedicated").get())).isEqualTo("memory[*].dedicated");
  }

  @Test
  void memoryDriftOnTwoVmsInTwoPlansGroupsUnderAGeneralisedPath() {
    RunReport r = run(analyzed("s1-memory-changed"), analyzed("s1-memory-changed"));
    assertThat(r.causes()).singleElement().satisfies(c -> {
      assertThat(c.paths()).containsExactly("memory[*].dedicated");
      assertThat(c.planCount()).isEqualTo(2);
    });
  }

  @Test
  void causesAreOrderedBySeverityThenCountThenTypeAndPaths() {
    Drifted team1 = new Drifted("aws_s3_bucket.t1", "{\"Team\": \"a\"}", "{\"Team\": \"b\"}");
    Drifted team2 = new Drifted("aws_s3_bucket.t2", "{\"Team\": \"a\"}", "{\"Team\": \"b\"}");
    Drifted owner1 = new Drifted("aws_s3_bucket.o1", "{\"Owner\": \"a\"}", "{\"Owner\": \"b\"}");
    Drifted owner2 = new Drifted("aws_s3_bucket.o2", "{\"Owner\": \"a\"}", "{\"Owner\": \"b\"}");
    List<Drifted> many = new ArrayList<>(buckets("", 3));
    many.addAll(List.of(team1, team2, owner1, owner2));
    AnalyzedPlan renames = analyzed("dev.json", planFromJson(renamedBucketsPlan(List.of("aws_s3_bucket.r1", "aws_s3_bucket.r2")), "dev.json"), Policy.empty());
    RunReport r = run(workspace("prod.json", many.toArray(Drifted[]::new)), renames, analyzed("s6-vm-deleted-outside"), analyzed("s6-vm-deleted-outside"));
    assertThat(r.causes()).extracting(c -> c.verdict() + " " + c.paths() + " " + c.count()).containsExactly(
        "RECREATE [] 2", "REPLACE [bucket] 2", "UPDATE [tags.ManagedBy] 3", "UPDATE [tags.Owner] 2", "UPDATE [tags.Team] 2");
  }

  @Test
  void textShowsTheCausesBeforeThePlans() {
    String text = write(new TextReportWriter(), fleet());
    assertThat(text).contains("== Causes: the same change on several resources ==\n"
        + "UPDATE  aws_s3_bucket  tags.ManagedBy  — 40 resources in 12 plans: module.ws0.aws_s3_bucket.b0, module.ws0.aws_s3_bucket.b1, "
        + "module.ws0.aws_s3_bucket.b2, module.ws0.aws_s3_bucket.b3, module.ws1.aws_s3_bucket.b0, … and 35 more\n");
    assertThat(text.indexOf("== Causes")).isLessThan(text.indexOf("== ws0.json =="));
  }

  @Test
  void aVmDeletedOutsideInTwoWorkspacesIsOneCauseWithoutPaths() {
    String text = write(new TextReportWriter(), run(analyzed("s6-vm-deleted-outside"), analyzed("s6-vm-deleted-outside")));
    assertThat(text).contains("RECREATE  proxmox_virtual_environment_vm  — 2 resources in 2 plans: " + ReportFixtures.VM + "\n");
  }

  @Test
  void plannedCreatesWithoutPathsAreNoCause() {
    String json = "{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": {}}, \"resource_changes\": ["
        + "{\"address\": \"terraform_data.a\", \"mode\": \"managed\", \"type\": \"terraform_data\", \"name\": \"a\", \"provider_name\": \"terraform.io/builtin/terraform\", "
        + "\"change\": {\"actions\": [\"create\"], \"before\": null, \"after\": {}, \"after_unknown\": {\"id\": true}}}, "
        + "{\"address\": \"terraform_data.b\", \"mode\": \"managed\", \"type\": \"terraform_data\", \"name\": \"b\", \"provider_name\": \"terraform.io/builtin/terraform\", "
        + "\"change\": {\"actions\": [\"create\"], \"before\": null, \"after\": {}, \"after_unknown\": {\"id\": true}}}]}";
    RunReport r = run(analyzed("new.json", planFromJson(json, "new.json"), Policy.empty()));
    assertThat(r.countsByVerdict().get(Verdict.CREATE)).isEqualTo(2);
    assertThat(r.causes()).isEmpty();
  }

  @Test
  void textHasNoCausesSectionWithoutARepeatedChange() {
    assertThat(write(new TextReportWriter(), run(analyzed("s1-memory-changed"), analyzed("s6-vm-deleted-outside")))).doesNotContain("Causes");
  }

  @Test
  void markdownShowsACausesTableAfterTheSummary() {
    String md = write(new MarkdownReportWriter(), fleet());
    assertThat(md).contains("| ⚠️ | **UPDATE** | `aws_s3_bucket` | `tags.ManagedBy` | 40 | 12 | `module.ws0.aws_s3_bucket.b0`, "
        + "`module.ws0.aws_s3_bucket.b1`, `module.ws0.aws_s3_bucket.b2`, `module.ws0.aws_s3_bucket.b3`, `module.ws1.aws_s3_bucket.b0`, … and 35 more |");
    assertThat(md.indexOf("**Causes")).isGreaterThan(md.indexOf("| Plan | Producer")).isLessThan(md.indexOf("| | Verdict | Address"));
  }

  @Test
  void jsonListsTheCausesAndValidatesAgainstTheSchema() {
    String json = write(new JsonReportWriter(), fleet());
    assertThat(ReportFixtures.validate(ReportFixtures.reportSchema(), json)).isEmpty();
    assertThat(json.replaceAll("\\s+", "")).contains("\"causes\":[{\"verdict\":\"update\",\"type\":\"aws_s3_bucket\",\"paths\":[\"tags.ManagedBy\"],"
        + "\"count\":40,\"plan_count\":12,\"addresses\":[\"module.ws0.aws_s3_bucket.b0\",\"module.ws0.aws_s3_bucket.b1\",\"module.ws0.aws_s3_bucket.b2\","
        + "\"module.ws0.aws_s3_bucket.b3\",\"module.ws1.aws_s3_bucket.b0\"],\"address_count\":40}]");
  }

  @Test
  void jsonWithoutCausesHasAnEmptyArrayAndAReportWithoutTheFieldStillValidates() {
    String json = write(new JsonReportWriter(), run(analyzed("s1-memory-changed")));
    assertThat(json.replaceAll("\\s+", "")).contains("\"causes\":[]");
    String old = json.replaceAll(",\\s*\"causes\"\\s*:\\s*\\[\\s*\\]", "");
    assertThat(old).doesNotContain("causes");
    assertThat(ReportFixtures.validate(ReportFixtures.reportSchema(), old)).isEmpty();
  }

  @Test
  void aSecretUsedAsATagKeyIsMaskedInEveryCause() {
    String secret = "Zq9-secret-Tag-5521";
    Drifted a = new Drifted("aws_s3_bucket.a", "{\"" + secret + "\": \"1\"}", "{\"" + secret + "\": \"2\"}");
    Drifted b = new Drifted("aws_s3_bucket.b", "{\"" + secret + "\": \"1\"}", "{\"" + secret + "\": \"2\"}");
    AnalyzedPlan p = analyzed("prod.json", planFromJson(tagDriftPlan(List.of(a, b), secret), "prod.json"), Policy.empty());
    RunReport r = run(p);
    assertThat(r.causes()).hasSize(1);
    assertThat(r.causes().get(0).toString()).doesNotContain("Zq9");
    for (ReportWriter w : List.of(new TextReportWriter(), new MarkdownReportWriter(), new JsonReportWriter())) {
      String out = write(w, r);
      assertThat(out).doesNotContain("Zq9").contains("(sensitive)");
    }
  }
}
