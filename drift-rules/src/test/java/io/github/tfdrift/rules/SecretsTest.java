package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No reason, path, warning or toString of a report shows a sensitive value. */
class SecretsTest {
  static final String MARKED = "Sup3rS3cretMarked!";
  static final String VARIABLE = "hunter2-db-password";

  static Plan plan() {
    String drift =
        Plans.rc(
            "aws_db_instance.main",
            "aws_db_instance",
            "[\"update\"]",
            "{\"password\":\"old-" + MARKED + "\",\"conn\":\"postgres://u:" + VARIABLE + "@h\",\"port\":5432}",
            "{\"password\":\"" + MARKED + "\",\"conn\":\"postgres://u:x@h\",\"port\":5433}",
            "");
    String planned =
        Plans.rc(
            "aws_db_instance.main",
            "aws_db_instance",
            "[\"update\"]",
            "{\"password\":\"" + MARKED + "\",\"conn\":\"postgres://u:x@h\",\"port\":5433}",
            "{\"password\":\"old-" + MARKED + "\",\"conn\":\"postgres://u:" + VARIABLE + "@h\",\"port\":5432}",
            "");
    String config =
        Plans.rc("aws_secretsmanager_secret_version.v", "aws_secretsmanager_secret_version", "[\"update\"]", "{\"secret_string\":\"a\"}", "{\"secret_string\":\"" + VARIABLE + "\"}", "");
    String json =
        Plans.planJson(
                drift.replace("\"before_sensitive\":{}", "\"before_sensitive\":{\"password\":true}").replace("\"after_sensitive\":{}", "\"after_sensitive\":{\"password\":true}"),
                planned.replace("\"before_sensitive\":{}", "\"before_sensitive\":{\"password\":true}").replace("\"after_sensitive\":{}", "\"after_sensitive\":{\"password\":true}")
                    + ","
                    + config)
            .replace(
                "\"root_module\":{}}",
                "\"root_module\":{\"variables\":{\"db_password\":{\"sensitive\":true}}}}")
            .replace("\"planned_values\"", "\"variables\":{\"db_password\":{\"value\":\"" + VARIABLE + "\"}},\"planned_values\"");
    return Plans.read(json);
  }

  @Test
  void noSensitiveValueReachesAnyText() {
    Plan plan = plan();
    assertThat(plan.sensitiveVariableNames()).containsExactly("db_password");
    Report r = DriftEngine.builder().policy(Policy.empty()).withBuiltInRules().today(LocalDate.of(2026, 11, 22)).build().classify(plan);
    List<String> texts = new ArrayList<>();
    texts.add(r.toString());
    for (ClassifiedEntry e : r.entries()) {
      texts.add(e.toString());
      texts.add(e.reason());
      texts.addAll(e.renderedPaths());
      texts.addAll(e.warnings());
      e.findings().forEach(f -> texts.add(f.toString()));
    }
    assertThat(texts).noneMatch(t -> t.contains(MARKED) || t.contains(VARIABLE));
    ClassifiedEntry db = r.entry("aws_db_instance.main").orElseThrow();
    assertThat(db.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(db.risk()).isEqualTo(Risk.HIGH);
    assertThat(db.renderedPaths()).contains("password", "conn", "port");
    assertThat(db.reason()).contains("password ((sensitive) → (sensitive))").contains("port (5432 → 5433)");
    assertThat(r.entry("aws_secretsmanager_secret_version.v").orElseThrow().reason()).contains("(sensitive)");
  }
}
