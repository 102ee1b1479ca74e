package io.github.tfdrift.fix;

import static io.github.tfdrift.testkit.builder.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.config.ConfigurationReader;
import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.fix.engine.Fixer;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.testkit.builder.Plans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ignore} on the shapes a {@code lifecycle} block is written in, offline: the plan is built
 * (memory drifted from 8192 to 10240 on {@code terraform_data.vm}), the configuration written here.
 */
class LifecycleEditTest {
  @TempDir Path dir;

  @Test
  void aOneLineListGetsThePathAppended() throws IOException {
    PatchResult r = ignore("""
        resource "terraform_data" "vm" {
          input = { memory = 8192 }

          lifecycle {
            ignore_changes = [triggers_replace]
          }
        }
        """);

    assertThat(r.patch().unifiedDiff()).contains("-    ignore_changes = [triggers_replace]\n+    ignore_changes = [triggers_replace, input.memory]\n");
  }

  @Test
  void anEmptyListGetsThePath() throws IOException {
    PatchResult r = ignore("""
        resource "terraform_data" "vm" {
          input = { memory = 8192 }

          lifecycle {
            ignore_changes = []
          }
        }
        """);

    assertThat(r.patch().unifiedDiff()).contains("+    ignore_changes = [input.memory]\n");
  }

  @Test
  void aMultiLineListWithoutATrailingCommaGetsOneAndANewLine() throws IOException {
    PatchResult r = ignore("""
        resource "terraform_data" "vm" {
          input = { memory = 8192 }

          lifecycle {
            ignore_changes = [
              triggers_replace # rotated by the pipeline
            ]
          }
        }
        """);

    assertThat(r.patch().unifiedDiff()).contains("""
        -      triggers_replace # rotated by the pipeline
        +      triggers_replace, # rotated by the pipeline
        +      input.memory,
             ]
        """);
  }

  @Test
  void ignoreChangesAllHasNothingToDo() throws IOException {
    PatchResult r = ignore("""
        resource "terraform_data" "vm" {
          input = { memory = 8192 }

          lifecycle {
            ignore_changes = all
          }
        }
        """);

    assertThat(r.patch().isEmpty()).isTrue();
    assertThat(r.outcomes()).singleElement().satisfies(o -> assertThat(o.describe())
        .isEqualTo("terraform_data.vm: lifecycle.ignore_changes = all at main.tf:5 already ignores every attribute"));
  }

  @Test
  void aPathAlreadyCoveredByTheListHasNothingToDo() throws IOException {
    PatchResult r = ignore("""
        resource "terraform_data" "vm" {
          input = { memory = 8192 }

          lifecycle {
            ignore_changes = [input]
          }
        }
        """);

    assertThat(r.patch().isEmpty()).isTrue();
    assertThat(r.outcomes()).singleElement().isInstanceOf(EntryOutcome.NothingToDo.class);
  }

  @Test
  void aBlockWrittenOnOneLineIsRefusedWithWhatToDo() throws IOException {
    PatchResult r = ignore("resource \"terraform_data\" \"vm\" { input = { memory = 8192 } }\n");

    assertThat(r.refused()).singleElement().satisfies(o -> assertThat(o.reason())
        .isEqualTo("the resource block at main.tf:1 ends on a line with other text: write its closing brace on a line of its own first"));
  }

  @Test
  void aBlankLineSeparatesTheNewLifecycleBlockFromTheArguments() throws IOException {
    PatchResult r = ignore("""
        resource "terraform_data" "vm" {
          input = { memory = 8192 }
        }
        """);

    assertThat(r.patch().unifiedDiff()).isEqualTo("""
        --- a/main.tf
        +++ b/main.tf
        @@ -1,3 +1,7 @@
         resource "terraform_data" "vm" {
           input = { memory = 8192 }
        +
        +  lifecycle {
        +    ignore_changes = [input.memory]
        +  }
         }
        """);
  }

  private PatchResult ignore(String mainTf) throws IOException {
    Files.writeString(dir.resolve("main.tf"), mainTf);
    Configuration c = ConfigurationReader.read(dir).getOrElseThrow(e -> new AssertionError(e.describe()));
    Report report = DriftEngine.withDefaults().classify(
        Plans.plan().resource("terraform_data.vm").update()
            .before(obj("id", "x", "input", obj("memory", 10240)))
            .after(obj("id", "x", "input", obj("memory", 8192)))
            .and().build(),
        "plan.json");
    return Fixer.ignore(c, report, Selection.all());
  }
}
