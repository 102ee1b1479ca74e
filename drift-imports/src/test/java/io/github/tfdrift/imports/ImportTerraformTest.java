package io.github.tfdrift.imports;

import io.github.tfdrift.core.Terraform;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated HCL and shell script against the real terraform binary (offline: terraform fmt, and the
 * built-in terraform_data resource). Skipped, visibly, when terraform is not on PATH.
 */
class ImportTerraformTest {
  private static final String ID = "9b0c3c1e-3f0a-4d55-8d2b-51f5e7e0a001";
  private static final String KEY_ID = "it's a 'quoted' id";

  @TempDir Path tmp;

  @BeforeEach
  void needsTerraform() {
    Terraform.assumeAvailable();
  }

  private Terraform.Result fmtCheck(String hcl) {
    return Terraform.in(tmp).runWithInput(hcl, "fmt", "-check", "-");
  }

  @Test
  void terraformFmtAcceptsTheImportBlocksOfSeed003() {
    String hcl = ImportRenderer.hcl(ImportPlanner.plan(Seed003.plan(), Seed003.jsonLog(), ImportOptions.defaults()));
    Terraform.Result r = fmtCheck(hcl);
    assertThat(r.exitCode()).as(r.stderr() + r.out()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void terraformFmtAcceptsBlocksWithPlaceholdersSkipsAndWarnings() {
    String log = "Error: Error acquiring the state lock\n" + Seed003.text("apply.txt");
    Plan plan = PlanEdits.read(PlanEdits.moveIntoPriorState(PlanEdits.json(Seed003.text("plan.json")),
        "aws_s3_bucket.wyatt-datalake-35315550", true));
    String hcl = ImportRenderer.hcl(ImportPlanner.plan(plan, Seed003.log(log, "ci.log"), ImportOptions.defaults().withAwsRegion("us-east-1")));
    Terraform.Result r = fmtCheck(hcl);
    assertThat(r.exitCode()).as(r.stderr() + r.out()).isZero();
  }

  @Test
  void terraformFmtWouldRejectAMisformattedBlock() {
    Terraform.Result r = fmtCheck("import {\n to = a.b\n  id = \"x\"\n}\n");
    assertThat(r.exitCode()).isNotZero();
  }

  /** A configuration of terraform_data resources, one with a for_each key that needs quoting. */
  private Plan planTerraformData() throws IOException {
    Terraform tf =
        Terraform.in(tmp)
            .config(
                "resource \"terraform_data\" \"x\" {\n  input = \"a\"\n}\n"
                    + "resource \"terraform_data\" \"k\" {\n  for_each = toset([\"it's a key\"])\n  input    = each.key\n}\n")
            .init();
    Terraform.Result p = tf.run("plan", "-input=false", "-no-color", "-out=create.tfplan");
    assertThat(p.exitCode()).as(p.stderr()).isZero();
    Terraform.Result show = tf.run("show", "-json", "create.tfplan");
    assertThat(show.exitCode()).as(show.stderr()).isZero();
    Files.delete(tmp.resolve("create.tfplan"));
    return PlanReader.create().read(show.stdout(), "create.json").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  /** An apply log, written by hand in terraform's human format, saying both objects already exist. */
  private static ApplyLog alreadyExists() {
    return Seed003.log(
        "terraform_data.x: Creating...\n"
            + "terraform_data.k[\"it's a key\"]: Creating...\n"
            + "╷\n│ Error: creating terraform_data (x): resource with ID \"" + ID + "\" already exists\n│ \n"
            + "│   with terraform_data.x,\n│   on main.tf line 1, in resource \"terraform_data\" \"x\":\n"
            + "│    1: resource \"terraform_data\" \"x\" {\n│ \n╵\n"
            + "╷\n│ Error: creating terraform_data (k): resource with ID \"" + KEY_ID.replace("\"", "\\\"") + "\" already exists\n│ \n"
            + "│   with terraform_data.k[\"it's a key\"],\n│   on main.tf line 4, in resource \"terraform_data\" \"k\":\n"
            + "│    4: resource \"terraform_data\" \"k\" {\n│ \n╵\n",
        "handwritten.log");
  }

  @Test
  void anImportBlockForTerraformDataMakesARealPlanImportIt() throws IOException {
    Plan created = planTerraformData();
    ImportPlan imports = ImportPlanner.plan(created, alreadyExists(), ImportOptions.defaults());
    assertThat(imports.entries()).hasSize(2).allSatisfy(e -> assertThat(e.isResolved()).isTrue());
    Files.writeString(tmp.resolve("imports.tf"), ImportRenderer.hcl(imports));

    Terraform.Result p = Terraform.in(tmp).run("plan", "-input=false", "-no-color", "-out=import.tfplan");
    assertThat(p.exitCode()).as(p.stderr()).isZero();
    assertThat(p.out()).contains("Plan: 2 to import, 0 to add,");
    Terraform.Result show = Terraform.in(tmp).run("show", "-json", "import.tfplan");
    Plan importing = PlanReader.create().read(show.stdout(), "import.json").getOrElseThrow(e -> new AssertionError(e.describe()));
    assertThat(importing.resourceChanges())
        .filteredOn(rc -> rc.address().equals("terraform_data.x"))
        .singleElement()
        .satisfies(rc -> assertThat(rc.change().importing().orElseThrow().id()).contains(ID));
    assertThat(importing.resourceChanges())
        .filteredOn(rc -> rc.address().equals("terraform_data.k[\"it's a key\"]"))
        .extracting((ResourceChange rc) -> rc.change().importing().orElseThrow().id().orElseThrow())
        .containsExactly(KEY_ID);
  }

  @Test
  void theShellScriptImportsForRealWithItsQuoting() throws IOException {
    Plan created = planTerraformData();
    ImportPlan imports = ImportPlanner.plan(created, alreadyExists(), ImportOptions.defaults());
    Path script = tmp.resolve("import.sh");
    Files.writeString(script, ImportRenderer.shell(imports, Terraform.binary().orElseThrow().toString()));

    Terraform tf = Terraform.in(tmp);
    Terraform.Result r = tf.sh(script);
    assertThat(r.exitCode()).as(r.stderr() + r.out()).isZero();
    Terraform.Result list = tf.run("state", "list");
    assertThat(list.out().lines()).containsExactlyInAnyOrder("terraform_data.k[\"it's a key\"]", "terraform_data.x");
    Terraform.Result show = tf.run("state", "show", "-no-color", "terraform_data.k[\"it's a key\"]");
    assertThat(show.out()).contains("id = \"it's a 'quoted' id\"");
  }
}
