package io.github.tfdrift.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.testkit.gen.PlanGens;
import io.github.tfdrift.testkit.gen.Property;
import io.github.tfdrift.testkit.gen.PropertyResult;
import io.github.tfdrift.testkit.rules.RuleTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's testkit example ({@link IamNeedsReviewTest}, between the README markers) stays short,
 * stays what the README shows, and really tests something: its property is not vacuous, and a wrong
 * rule fails it.
 */
class ReadmeExampleTest {
  static final Path SOURCE = Path.of("src/test/java/io/github/tfdrift/testkit/readme/IamNeedsReviewTest.java");
  static final Path README = Path.of("../README.md");

  static String example() throws IOException {
    String s = Files.readString(SOURCE, StandardCharsets.UTF_8);
    return s.substring(s.indexOf("// README-BEGIN\n") + "// README-BEGIN\n".length(), s.indexOf("// README-END"));
  }

  @Test
  void theExampleIsUnderThirtyLinesOfCode() throws IOException {
    long code = example().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("/**") && !l.startsWith("//")).count();
    assertThat(code).isLessThan(30);
  }

  @Test
  void theReadmeShowsExactlyTheCompiledExample() throws IOException {
    assertThat(README).as("the top-level README.md").exists();
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    assertThat(readme).as("the README shows the testkit example").contains("class IamNeedsReviewTest");
    Matcher m = Pattern.compile("```java\\n(.*?class IamNeedsReviewTest.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("a java block with the example").isTrue();
    assertThat(m.group(1)).contains(example());
  }

  /** The rule flags every IAM role update: the property of the example is not vacuous. */
  @Test
  void generatedPlansContainIamRoleUpdatesAndOtherChanges() {
    int[] seen = new int[2];
    Property.forAll(PlanGens.plans()).withSeed(20261122L).tries(200).check(plan -> {
      for (var rc : plan.resourceChanges()) {
        seen[rc.type().equals("aws_iam_role") && rc.kind() == ChangeKind.UPDATE ? 0 : 1]++;
      }
      return true;
    });
    assertThat(seen[0]).as("IAM role updates").isGreaterThan(10);
    assertThat(seen[1]).as("other changes").isGreaterThan(100);
  }

  /** A rule that also flags IAM role creates breaks the example's property, which says so in domain words. */
  @Test
  void aWrongRuleFailsTheExampleProperty() {
    Rule tooEager =
        new Rule() {
          public String id() {
            return "iam-needs-review";
          }

          public String summary() {
            return "Flags creates too.";
          }

          public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
            if (!e.type().equals("aws_iam_role") || e.plannedKind() == ChangeKind.NO_OP) {
              return List.of();
            }
            return List.of(Finding.propose(Verdict.UPDATE, e.address() + " changes an IAM role.").risk(Risk.HIGH).build());
          }
        };
    PropertyResult<Plan> result =
        Property.forAll(PlanGens.plans()).withSeed(20261122L).tries(200).runChecked(plan -> {
          RuleTester tester = RuleTester.forRule(tooEager).given(plan);
          plan.resourceChanges().stream().filter(rc -> rc.type().equals("aws_iam_role") && rc.kind() == ChangeKind.UPDATE)
              .forEach(rc -> tester.expectFinding(rc.id()).withRisk(Risk.HIGH));
          tester.expectNoOtherFindings().verify();
        });
    assertThat(result.passed()).isFalse();
    assertThat(result.failure().orElseThrow().getMessage())
        .contains("Rule 'iam-needs-review' on the plan (1 resource change, 0 drift entries; policy empty; today) does not behave as expected:")
        .contains(": unexpected finding UPDATE / HIGH / APPLY: \"aws_iam_role.")
        .contains("Expected findings:")
        .contains("  no finding anywhere")
        .contains("Actual findings:");
    assertThat(result.shrunk().orElseThrow().resourceChanges()).as("shrunk to one resource").hasSize(1);
  }

  @Test
  void theExampleRuleIsQuietOnEveryRunbookFixture() {
    for (String name : io.github.tfdrift.testkit.PlanFixtures.names()) {
      RuleTester.forRule(new IamNeedsReviewTest.IamNeedsReview()).given(name).expectNoFindings().verify();
    }
    assertThatThrownBy(() -> RuleTester.forRule(new IamNeedsReviewTest.IamNeedsReview()).given("s1-memory-changed").expectFinding("aws_iam_role.x").verify())
        .hasMessageContaining("aws_iam_role.x: fixture s1-memory-changed has no such entry (entries: module.jellyfin.proxmox_virtual_environment_vm.vm)");
  }
}
