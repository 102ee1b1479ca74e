package io.github.tfdrift.fix;

import static io.github.tfdrift.testkit.builder.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.config.ConfigurationReader;
import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.fix.engine.Fixer;
import io.github.tfdrift.testkit.builder.Plans;
import io.github.tfdrift.rules.engine.DriftEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** accept refuses, offline, what the plan alone would not: a value that passes a sensitive variable. */
class AcceptRefusalTest {
  @TempDir Path dir;

  @Test
  void aValueThatPassesAVariableDeclaredSensitiveIsRefusedEvenWhenThePlanDoesNotMarkIt() throws IOException {
    Files.writeString(dir.resolve("main.tf"), """
        variable "password" {
          type      = string
          sensitive = true
          default   = "old-secret"
        }

        resource "terraform_data" "db" {
          input = {
            password = var.password
          }
        }
        """);
    Configuration c = ConfigurationReader.read(dir).getOrElseThrow(e -> new AssertionError(e.describe()));
    var report = DriftEngine.withDefaults().classify(
        Plans.plan().resource("terraform_data.db").update()
            .before(obj("id", "x", "input", obj("password", "new-secret")))
            .after(obj("id", "x", "input", obj("password", "old-secret")))
            .and().build(),
        "plan.json");

    PatchResult r = Fixer.accept(c, report, Selection.all());

    assertThat(r.patch().isEmpty()).isTrue();
    assertThat(r.refused()).singleElement().satisfies(o -> assertThat(o.describe())
        .isEqualTo("terraform_data.db: input.password is set through a variable declared sensitive: its value is not written into the configuration"));
  }
}
