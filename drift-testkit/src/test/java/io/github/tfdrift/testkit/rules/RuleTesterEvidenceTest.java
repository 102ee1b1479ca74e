package io.github.tfdrift.testkit.rules;

import static io.github.tfdrift.testkit.builder.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.builtin.ActionInvocationRule;
import io.github.tfdrift.rules.builtin.ImportExistingRule;
import io.github.tfdrift.rules.spi.ExistingObject;
import io.github.tfdrift.rules.spi.ExistingObjects;
import io.github.tfdrift.testkit.builder.Plans;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The evidence beyond the plan's entries that RuleTester gives a rule: existing objects and action invocations. */
class RuleTesterEvidenceTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final ExistingObject.Origin ORIGIN = new ExistingObject.Origin("EntityAlreadyExists", "apply.log", 60);

  @Test
  void anExistingObjectGivenMakesTheImportRuleFindImport() {
    RuleTester.forRule(new ImportExistingRule())
        .given(Plans.plan().terraform("1.12.2").resource("aws_iam_role.deployer").create().after(obj("name", "deployer")))
        .withExistingObjects(ExistingObjects.of(List.of(ExistingObject.of("aws_iam_role.deployer", "deployer", ORIGIN)), Producer.Tool.TERRAFORM))
        .on(TODAY)
        .expectFinding("aws_iam_role.deployer").withVerdict(Verdict.IMPORT)
        .and()
        .expectNoOtherFindings()
        .verify();
  }

  @Test
  void anExistingObjectWithAnIdentityGivesTheImportRuleABlockByIdentity() {
    ExistingObject o = new ExistingObject("aws_iam_role.deployer", Optional.of("deployer"), List.of(), List.of(ORIGIN), List.of(),
        Optional.of(new ExistingObject.Identity(Map.of("name", "deployer"), List.of())));

    Map<?, List<Finding>> found = RuleTester.forRule(new ImportExistingRule())
        .given(Plans.plan().terraform("1.12.2").resource("aws_iam_role.deployer").create().after(obj("name", "deployer")))
        .withExistingObjects(ExistingObjects.of(List.of(o), Producer.Tool.TERRAFORM))
        .on(TODAY)
        .findings();

    assertThat(found.values().iterator().next().get(0).generatedImport().orElseThrow().block())
        .isEqualTo("import {\n  to = aws_iam_role.deployer\n  identity = {\n    name = \"deployer\"\n  }\n}\n");
  }

  @Test
  void withoutExistingObjectsTheImportRuleFindsNothing() {
    RuleTester.forRule(new ImportExistingRule())
        .given(Plans.plan().terraform("1.12.2").resource("aws_iam_role.deployer").create().after(obj("name", "deployer")))
        .on(TODAY)
        .expectNoFindings()
        .verify();
  }

  @Test
  void actionFindingsAreTheRulesFindingsPerInvocation() {
    Map<String, List<Finding>> found = RuleTester.forRule(new ActionInvocationRule())
        .given(Plans.plan().terraform("1.14.0")
            .resource("aws_instance.web").create().after(obj("ami", "ami-1"))
            .and()
            .action("action.aws_lambda_invoke.warm").config(obj("function_name", "warm")).triggeredBy("aws_instance.web", "after_create")
            .and())
        .on(TODAY)
        .actionFindings();

    assertThat(found.values()).singleElement().satisfies(l -> assertThat(l).extracting(Finding::verdict).containsExactly(Verdict.INVOKE));
  }
}
