package io.github.tfdrift.imports;

import io.github.tfdrift.imports.ImportIdTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.value.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The planner's guards and ID rules, one scenario each. */
class ImportPlannerTest {
  private static final String ROLE = "module.notion_lambda.module.lambda_function.aws_iam_role.lambda[0]";
  private static final String ROLE_ERROR =
      "creating IAM Role (notion_lambda): operation error IAM: CreateRole, https response error StatusCode: 409,"
          + " RequestID: r, EntityAlreadyExists: Role with name notion_lambda already exists.";

  /** A plan of one create, with the given after, after_unknown and after_sensitive. */
  private static Plan oneCreate(String provider, String type, String name, String after, String unknown, String sensitive) {
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.11.4",
         "resource_changes":[{"address":"%2$s.%3$s","mode":"managed","type":"%2$s","name":"%3$s",
           "provider_name":"%1$s",
           "change":{"actions":["create"],"before":null,"after":%4$s,"after_unknown":%5$s,
                     "before_sensitive":false,"after_sensitive":%6$s}}],
         "configuration":{"provider_config":{"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws",
           "expressions":{"region":{"constant_value":"eu-west-1"}}}}}}
        """
            .formatted(provider, type, name, after, unknown, sensitive);
    return PlanReader.create().read(json).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  private static ApplyLog boxed(String summary, String address) {
    return Seed003.log(
        "╷\n│ Error: " + summary + "\n│ \n│   with " + address + ",\n│   on main.tf line 1, in resource:\n│    1: resource {\n│ \n╵\n",
        "apply.txt");
  }

  private static ImportPlan plan(Plan p, ApplyLog log) {
    return ImportPlanner.plan(p, log, ImportOptions.defaults());
  }

  // ---- guards -----------------------------------------------------------------------------------

  @Test
  void anAddressInThePriorStateIsSkippedNotImported() {
    Plan p = PlanEdits.read(PlanEdits.moveIntoPriorState(PlanEdits.json(Seed003.text("plan.json")), ROLE, true));
    ImportPlan r = plan(p, Seed003.jsonLog());
    assertThat(r.entry(ROLE)).isEmpty();
    assertThat(r.entries()).hasSize(15);
    assertThat(r.skipped()).singleElement().satisfies(s -> {
      assertThat(s.address()).isEqualTo(ROLE);
      assertThat(s.reason()).isEqualTo("already in the state (prior_state): importing it again would fail; it is not imported");
      assertThat(s.source().code()).isEqualTo("EntityAlreadyExists");
    });
  }

  @Test
  void anAddressInThePriorStateIsSkippedEvenWhenThePlanStillCreatesIt() {
    Plan p = PlanEdits.read(PlanEdits.moveIntoPriorState(PlanEdits.json(Seed003.text("plan.json")), ROLE, false));
    ImportPlan r = plan(p, Seed003.textLog());
    assertThat(r.entry(ROLE)).isEmpty();
    assertThat(r.skipped()).extracting(SkippedImport::address).containsExactly(ROLE);
  }

  @Test
  void aCreateBeforeDestroyCollisionIsExplainedNotImported() {
    JsonValue.Obj j = PlanEdits.moveIntoPriorState(PlanEdits.json(Seed003.text("plan.json")), ROLE, false);
    j = PlanEdits.editChange(j, ROLE, c -> c.with("change", ((JsonValue.Obj) c.get("change"))
        .with("actions", JsonValue.array(JsonValue.of("create"), JsonValue.of("delete")))
        .with("before", c.get("change").get("after"))));
    ImportPlan r = plan(PlanEdits.read(j), Seed003.jsonLog());
    assertThat(r.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).contains("creating the new object first"));
  }

  @Test
  void anAddressThePlanAlreadyImportsIsSkipped() {
    JsonValue.Obj j = PlanEdits.editChange(PlanEdits.json(Seed003.text("plan.json")), ROLE, c -> c.with("change",
        ((JsonValue.Obj) c.get("change")).with("importing", PlanEdits.json("{\"id\":\"notion_lambda\"}"))));
    ImportPlan r = plan(PlanEdits.read(j), Seed003.jsonLog());
    assertThat(r.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo("the plan already imports it"));
  }

  @Test
  void aRepeatedErrorGivesOneEntryThatListsEveryOccurrence() {
    String twice = Seed003.text("apply.txt") + Seed003.text("apply.txt");
    ImportPlan r = plan(Seed003.plan(), Seed003.log(twice, "retry.log"));
    assertThat(r.entries()).hasSize(16).allSatisfy(e -> assertThat(e.sources()).hasSize(2));
    assertThat(r.entry(ROLE).orElseThrow().sources()).extracting(SourceError::line).containsExactly(20, 166);
  }

  @Test
  void aLogOfAnotherPlanMatchesNothing() {
    ApplyLog other = boxed("creating IAM Role (billing): operation error IAM: CreateRole, https response error StatusCode:"
        + " 409, RequestID: r, EntityAlreadyExists: Role with name billing already exists.", "module.billing.aws_iam_role.this[0]");
    ImportPlan r = plan(Seed003.plan(), other);
    assertThat(r.entries()).isEmpty();
    assertThat(r.unmatched()).singleElement().satisfies(u -> {
      assertThat(u.address()).contains("module.billing.aws_iam_role.this[0]");
      assertThat(u.reason()).isEqualTo("the plan has no resource module.billing.aws_iam_role.this[0] (is the log of another plan?)");
    });
    assertThat(r.looksLikeAnotherPlan()).isTrue();
  }

  @Test
  void anErrorForAnAddressThePlanUpdatesIsAlreadyInTheState() {
    ApplyLog log = boxed(ROLE_ERROR.replace("notion_lambda", "step_functions_role"), "aws_iam_role.step_functions");
    ImportPlan r = plan(Seed003.plan(), log);
    assertThat(r.entries()).isEmpty();
    assertThat(r.skipped()).extracting(SkippedImport::address).containsExactly("aws_iam_role.step_functions");
  }

  @Test
  void errorsWithoutAddressAreMatchedByTheIdTheyNameAmongTheResourcesApplyStarted() {
    String noWith = Seed003.text("apply.txt").lines().filter(l -> !l.startsWith("│   with ")).collect(Collectors.joining("\n"));
    ImportPlan r = plan(Seed003.plan(), Seed003.log(noWith, "noaddr.log"));
    // The role's ID is also the lambda function's name; only the role was being created.
    assertThat(r.entry(ROLE).orElseThrow()).satisfies(e -> {
      assertThat(e.id()).isEqualTo("notion_lambda");
      assertThat(e.warnings()).containsExactly("the log names no address for this error; it was matched by the ID in its message");
    });
    assertThat(r.entries()).hasSize(14);
    // A policy's ID is its ARN, which the message does not name: nothing is invented.
    assertThat(r.unmatched()).hasSize(2).allSatisfy(u -> assertThat(u.reason())
        .isEqualTo("the error names no resource address, and no resource the plan creates has the ID it names"));
  }

  @Test
  void anErrorWithoutAddressNamingTwoStartedResourcesIsUnmatched() {
    ApplyLog log = Seed003.log(
        "aws_iam_role.a: Creating...\naws_iam_role.b: Creating...\nError: creating IAM Role (svc): EntityAlreadyExists: exists\n", "x.log");
    String json =
        """
        {"format_version":"1.2","resource_changes":[
          {"address":"aws_iam_role.a","mode":"managed","type":"aws_iam_role","name":"a","change":{"actions":["create"],"before":null,"after":{"name":"svc"}}},
          {"address":"aws_iam_role.b","mode":"managed","type":"aws_iam_role","name":"b","change":{"actions":["create"],"before":null,"after":{"name":"svc"}}}]}
        """;
    ImportPlan r = plan(PlanReader.create().read(json).get(), log);
    assertThat(r.entries()).isEmpty();
    assertThat(r.unmatched()).singleElement().satisfies(u -> assertThat(u.reason())
        .isEqualTo("the error names no resource address, and 2 resources the plan creates match it"));
  }

  @Test
  void anErrorWithoutAddressOrKnownIdIsUnmatched() {
    ImportPlan r = plan(Seed003.plan(), Seed003.log("Error: creating IAM Role (ghost): EntityAlreadyExists: exists\n", "x.log"));
    assertThat(r.entries()).isEmpty();
    assertThat(r.unmatched()).singleElement().satisfies(u -> {
      assertThat(u.address()).isEmpty();
      assertThat(u.reason()).startsWith("the error names no resource address");
    });
    assertThat(r.looksLikeAnotherPlan()).isFalse();
  }

  @Test
  void otherErrorsAreListedButNotImported() {
    ImportPlan r = plan(Seed003.plan(), boxed("creating IAM Role (x): api error AccessDenied: not authorized", ROLE));
    assertThat(r.entries()).isEmpty();
    assertThat(r.otherErrors()).singleElement().satisfies(e -> assertThat(e.code()).isEmpty());
  }

  // ---- IDs --------------------------------------------------------------------------------------

  @Test
  void aSensitiveNameIsAPlaceholderAndNeverPrinted() {
    Plan p = oneCreate("registry.terraform.io/hashicorp/aws", "aws_iam_role", "r",
        "{\"name\":\"svc-9f8e7d6c5b4a\"}", "{\"arn\":true}", "{\"name\":true}");
    ImportPlan r = plan(p, boxed("creating IAM Role (svc-9f8e7d6c5b4a): EntityAlreadyExists: exists", "aws_iam_role.r"));
    ImportEntry e = r.entries().get(0);
    assertThat(e.id()).isEqualTo("<name>");
    assertThat(e.isResolved()).isFalse();
    assertThat(e.warnings()).containsExactly("`name` is sensitive in the plan, so the ID is not printed: fill it in by hand");
    assertThat(e.source().summary()).isEqualTo("creating IAM Role ((sensitive)): EntityAlreadyExists: exists");
    for (ImportFormat f : ImportFormat.values()) {
      assertThat(ImportRenderer.render(r, f, "terraform")).doesNotContain("svc-9f8e7d6c5b4a");
    }
  }

  @Test
  void anIdKnownOnlyAfterApplyIsAPlaceholderWithALookupHint() {
    Plan p = oneCreate("registry.terraform.io/hashicorp/aws", "aws_security_group", "web",
        "{\"name\":\"web\",\"vpc_id\":\"vpc-0abc\"}", "{\"id\":true,\"arn\":true}", "{}");
    ImportPlan r = plan(p, boxed("creating Security Group (web): operation error EC2: CreateSecurityGroup, https response"
        + " error StatusCode: 400, RequestID: r, api error InvalidGroup.Duplicate: The security group 'web' already exists"
        + " for VPC 'vpc-0abc'", "aws_security_group.web"));
    ImportEntry e = r.entries().get(0);
    assertThat(e.id()).isEqualTo("<id>");
    assertThat(e.warnings())
        .containsExactly(
            "`id` is known only after apply: look the ID up and replace <id>",
            "find the ID with: aws ec2 describe-security-groups --filters 'Name=group-name,Values=web' --query"
                + " 'SecurityGroups[].GroupId' --output text");
    assertThat(e.source().code()).isEqualTo("InvalidGroup.Duplicate");
  }

  @Test
  void aTypeWithoutTemplateIsAPlaceholderThatSaysWhatToDo() {
    Plan p = oneCreate("registry.terraform.io/zzz/zzz", "zzz_gadget", "w", "{\"name\":\"w\"}", "{}", "{}");
    ImportEntry e = plan(p, boxed("gadget w already exists", "zzz_gadget.w")).entries().get(0);
    assertThat(e.id()).isEqualTo("<IMPORT_ID>");
    assertThat(e.template()).isEmpty();
    assertThat(e.warnings().get(0)).startsWith("no import ID template for zzz_gadget:");
  }

  @Test
  void azurermTakesTheIdFromTheErrorMessage() {
    Plan p = oneCreate("registry.terraform.io/hashicorp/azurerm", "azurerm_resource_group", "rg",
        "{\"name\":\"rg-prod\",\"location\":\"westeurope\"}", "{\"id\":true}", "{}");
    String id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-prod";
    ImportEntry e = plan(p, boxed("A resource with the ID \"" + id + "\" already exists - to be managed via Terraform this"
        + " resource needs to be imported into the State. Please see the resource documentation for \"azurerm_resource_group\""
        + " for more information.", "azurerm_resource_group.rg")).entries().get(0);
    assertThat(e.id()).isEqualTo(id);
    assertThat(e.template()).contains("{@error_id}");
    assertThat(e.source().family()).isEqualTo("azurerm");
  }

  @Test
  void googleTakesTheResourceFromTheErrorOrBuildsIt() {
    Plan net = oneCreate("registry.terraform.io/hashicorp/google", "google_compute_network", "main",
        "{\"name\":\"vpc-main\",\"project\":\"acme-prod\"}", "{\"id\":true}", "{}");
    assertThat(plan(net, boxed("Error creating Network: googleapi: Error 409: The resource"
            + " 'projects/acme-prod/global/networks/vpc-main' already exists, alreadyExists", "google_compute_network.main"))
        .entries().get(0).id())
        .isEqualTo("projects/acme-prod/global/networks/vpc-main");
    Plan topic = oneCreate("registry.terraform.io/hashicorp/google", "google_pubsub_topic", "t",
        "{\"name\":\"events\",\"project\":\"acme-prod\"}", "{\"id\":true}", "{}");
    ImportEntry e = plan(topic, boxed("Error creating Topic: googleapi: Error 409: Resource already exists in the project"
        + " (resource=events).", "google_pubsub_topic.t")).entries().get(0);
    assertThat(e.id()).isEqualTo("projects/acme-prod/topics/events");
    assertThat(e.warnings()).isEmpty();
  }

  @Test
  void anSqsQueueUrlUsesTheProvidersRegionAndTheAccountGiven() {
    Plan p = oneCreate("registry.terraform.io/hashicorp/aws", "aws_sqs_queue", "q",
        "{\"name\":\"orders\"}", "{\"id\":true,\"url\":true,\"arn\":true}", "{}");
    ApplyLog log = boxed("creating SQS Queue (orders): operation error SQS: CreateQueue, https response error StatusCode:"
        + " 400, RequestID: r, QueueAlreadyExists: A queue already exists with the same name", "aws_sqs_queue.q");
    ImportPlan without = plan(p, log);
    assertThat(without.entries().get(0).id()).isEqualTo("https://sqs.eu-west-1.amazonaws.com/<AWS_ACCOUNT_ID>/orders");
    assertThat(without.entries().get(0).warnings())
        .containsExactly("the AWS account ID is not known (no ARN in the plan reveals the AWS account ID): give it with"
            + " --aws-account-id, or replace <AWS_ACCOUNT_ID>");
    ImportPlan with = ImportPlanner.plan(p, log, ImportOptions.defaults().withAwsAccountId("210987654321"));
    assertThat(with.entries().get(0).id()).isEqualTo("https://sqs.eu-west-1.amazonaws.com/210987654321/orders");
    assertThat(with.entries().get(0).isResolved()).isTrue();
    assertThat(with.awsAccountEvidence()).isEqualTo("given with --aws-account-id");
  }

  @Test
  void anAccountGivenThatDiffersFromThePlansIsUsedWithAWarning() {
    ImportPlan r = ImportPlanner.plan(Seed003.plan(), Seed003.jsonLog(), ImportOptions.defaults().withAwsAccountId("210987654321"));
    assertThat(r.entry("module.get_visualization_data.module.lambda_function.aws_iam_policy.additional_inline[0]").orElseThrow().id())
        .isEqualTo("arn:aws:iam::210987654321:policy/get_visualization_data-inline");
    assertThat(r.warnings())
        .containsExactly("the AWS account ID given (210987654321) is not the one the ARNs of resources in the plan's prior"
            + " state show (123456789012); the IDs use the one given");
  }

  @Test
  void theCallerIdentityDataSourceRevealsTheAccount() {
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.11.4",
         "resource_changes":[{"address":"aws_iam_policy.p","mode":"managed","type":"aws_iam_policy","name":"p",
           "provider_name":"registry.terraform.io/hashicorp/aws",
           "change":{"actions":["create"],"before":null,"after":{"name":"p","path":"/team/"},"after_unknown":{"arn":true},
                     "before_sensitive":false,"after_sensitive":{}}}],
         "prior_state":{"format_version":"1.0","values":{"root_module":{"resources":[
           {"address":"data.aws_caller_identity.current","mode":"data","type":"aws_caller_identity","name":"current",
            "provider_name":"registry.terraform.io/hashicorp/aws","schema_version":0,
            "values":{"account_id":"555566667777","arn":"arn:aws-us-gov:sts::555566667777:assumed-role/ci/s","id":"555566667777"},
            "sensitive_values":{}}]}}}}
        """;
    Plan p = PlanReader.create().read(json).get();
    ImportPlan r = plan(p, boxed("creating IAM Policy (p): EntityAlreadyExists: A policy called p already exists.", "aws_iam_policy.p"));
    assertThat(r.entries().get(0).id()).isEqualTo("arn:aws-us-gov:iam::555566667777:policy/team/p");
    assertThat(r.awsAccountEvidence()).isEqualTo("from data source aws_caller_identity");
  }

  @Test
  void thePolicyFilesTemplatesReplaceTheCatalogues() {
    Map<String, ImportIdTemplate> ids =
        ImportIdPolicy.parse("rules: []\nimport_ids:\n  aws_iam_role: \"prod/{name}\"\n", "policy.yaml").get();
    ImportPlan r = ImportPlanner.plan(Seed003.plan(), Seed003.jsonLog(), ImportOptions.defaults().withImportIds(ids, "policy.yaml"));
    ImportEntry e = r.entry(ROLE).orElseThrow();
    assertThat(e.id()).isEqualTo("prod/notion_lambda");
    assertThat(e.templateOrigin()).contains("policy.yaml");
    assertThat(r.entry("aws_s3_bucket.wyatt-datalake-35315550").orElseThrow().templateOrigin()).contains("built-in");
  }

  @Test
  void aTemplateOfAServiceProviderIsUsed() {
    Plan p = oneCreate("registry.terraform.io/acme/acme", "acme_widget", "w", "{\"name\":\"gear\",\"region\":\"north\"}", "{}", "{}");
    ImportEntry e = plan(p, boxed("creating widget (gear): widget already exists", "acme_widget.w")).entries().get(0);
    assertThat(e.id()).isEqualTo("north/gear");
    assertThat(e.templateOrigin()).contains(AcmeImportIds.class.getName());
  }

  @Test
  void aTakenBucketNameGetsAWarning() {
    Plan p = oneCreate("registry.terraform.io/hashicorp/aws", "aws_s3_bucket", "b", "{\"bucket\":\"logs\"}", "{\"id\":true}", "{}");
    ImportEntry e = plan(p, boxed("creating S3 Bucket (logs): operation error S3: CreateBucket, https response error"
        + " StatusCode: 409, RequestID: r, HostID: h, BucketAlreadyExists: The requested bucket name is not available.",
        "aws_s3_bucket.b")).entries().get(0);
    assertThat(e.id()).isEqualTo("logs");
    assertThat(e.warnings()).singleElement().satisfies(w -> assertThat(w).startsWith("BucketAlreadyExists means the name is taken"));
  }

  @Test
  void terraformDataTakesTheIdFromAHandWrittenError() {
    Plan p = oneCreate("terraform.io/builtin/terraform", "terraform_data", "x", "{\"input\":\"a\"}",
        "{\"id\":true,\"output\":true}", "{}");
    ImportEntry e = plan(p, boxed("creating terraform_data (x): resource with ID \"9b0c3c1e-3f0a-4d55-8d2b-51f5e7e0a001\""
        + " already exists", "terraform_data.x")).entries().get(0);
    assertThat(e.id()).isEqualTo("9b0c3c1e-3f0a-4d55-8d2b-51f5e7e0a001");
    assertThat(e.source().family()).isEqualTo("generic");
  }

  @Test
  void anOpenTofuPlanImportsWithTofu() {
    Plan p = oneCreate("registry.opentofu.org/hashicorp/aws", "aws_iam_role", "r", "{\"name\":\"svc\"}", "{}", "{}");
    ImportPlan r = plan(p, boxed("creating IAM Role (svc): EntityAlreadyExists: exists", "aws_iam_role.r"));
    assertThat(r.tool()).isEqualTo(Producer.Tool.OPENTOFU);
    assertThat(ImportRenderer.shell(r)).contains("\ntofu import 'aws_iam_role.r' 'svc'\n");
  }

  @Test
  void secretsInErrorSummariesAreRedacted() {
    String log = Seed003.text("apply.log").replace("Role with name notion_lambda already exists.",
        "Role with name notion_lambda already exists (" + Seed003.SECRET + ").");
    ImportPlan r = plan(Seed003.plan(), Seed003.log(log, "apply.log"));
    assertThat(r.entry(ROLE).orElseThrow().source().summary()).endsWith("already exists ((sensitive)).").doesNotContain(Seed003.SECRET);
    assertThat(ImportRenderer.json(r)).doesNotContain(Seed003.SECRET);
  }

  @Test
  void theResultIsTheSameForTheSameInput() {
    ImportPlan a = plan(Seed003.plan(), Seed003.jsonLog());
    ImportPlan b = plan(Seed003.plan(), Seed003.jsonLog());
    assertThat(a).isEqualTo(b);
    assertThat(ImportRenderer.json(a)).isEqualTo(ImportRenderer.json(b));
  }

  @Test
  void entriesOfCountIndexesAreInNumericOrder() {
    assertThat(List.of("a.b[10]", "a.b[2]", "a.b[1]").stream().sorted(Addresses.ORDER).toList())
        .containsExactly("a.b[1]", "a.b[2]", "a.b[10]");
    assertThat(Optional.of(Addresses.normalize(" module.m[\"k\"].a.b ")).get()).isEqualTo("module.m[\"k\"].a.b");
  }
}
