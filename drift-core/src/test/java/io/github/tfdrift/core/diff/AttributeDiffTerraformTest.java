package io.github.tfdrift.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.Terraform;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diff of a real plan made by terraform with the built-in terraform_data resource. */
class AttributeDiffTerraformTest {
  private static final String CONFIG =
      "variable \"memory\" {\n  type    = number\n  default = 8192\n}\n"
          + "variable \"tag\" {\n  default = \"old-tag\"\n}\n"
          + "variable \"secret\" {\n  default   = \"first-s3cret-value\"\n  sensitive = true\n}\n"
          + "resource \"terraform_data\" \"vm\" {\n"
          + "  input = {\n"
          + "    memory  = [{ dedicated = var.memory }]\n"
          + "    startup = [{ order = 1 }]\n"
          + "    tags    = [var.tag]\n"
          + "    secret  = var.secret\n"
          + "  }\n"
          + "}\n";

  private static AttributePath path(String s) {
    return AttributePath.parse(s).get();
  }

  @Test
  void realUpdateOfTerraformDataGivesLeafDifferencesWithMasks(@TempDir Path dir) {
    Terraform.assumeAvailable();
    Terraform tf = Terraform.in(dir).config(CONFIG).init();
    assertThat(tf.run("apply", "-auto-approve", "-input=false", "-no-color").exitCode()).isZero();
    assertThat(
            tf.run(
                    "plan",
                    "-input=false",
                    "-no-color",
                    "-out=drift.tfplan",
                    "-var",
                    "memory=10240",
                    "-var",
                    "tag=new-tag",
                    "-var",
                    "secret=second-s3cret-value")
                .exitCode())
        .isZero();
    Terraform.Result shown = tf.run("show", "-json", "drift.tfplan");
    assertThat(shown.exitCode()).isZero();
    Plan plan = PlanReader.create().read(shown.stdout(), "drift.json").get();
    ResourceChange vm = plan.resourceChanges().get(0);
    assertThat(vm.kind()).isEqualTo(ChangeKind.UPDATE);

    AttributeDiff d = AttributeDiff.of(vm.change());

    assertThat(d.paths())
        .containsExactly(
            path("input.memory[0].dedicated"), path("input.secret"), path("input.tags[0]"), path("output"));
    assertThat(d.at(path("input.memory[0].dedicated")).get().after()).isEqualTo(JsonValue.of(10240));
    assertThat(d.at(path("input.tags[0]")).get().before()).isEqualTo(JsonValue.of("old-tag"));
    assertThat(d.at(path("input.secret")).get().sensitive()).isTrue();
    assertThat(d.at(path("output")).get().unknownAfter()).isTrue();
    assertThat(d.toString()).doesNotContain("s3cret");
  }
}
