package io.github.tfdrift.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layering of tfdrift, stated once and checked on the compiled classes of every module:
 *
 * <pre>
 *   drift-core      io.github.tfdrift.core..        the plan model, readers, writers
 *   drift-rules     io.github.tfdrift.rules..       engine, rule SPI, built-in rules, policy
 *   drift-report    io.github.tfdrift.report..      report writers
 *   drift-imports   io.github.tfdrift.imports..     the import assistant
 *   drift-config    io.github.tfdrift.config..      the configuration reader (.tf files): core only
 *   drift-analysis  io.github.tfdrift.analysis..    the facade: a whole run
 *   drift-testkit   io.github.tfdrift.testkit..     generators, fixtures, assertions
 *   drift-fix       io.github.tfdrift.fix..         configuration patches (uses drift-config, drift-rules, drift-core)
 *   drift-cli       io.github.tfdrift.cli..         the drift command
 * </pre>
 *
 * Each layer uses only the layers above it, except drift-config: it uses drift-core only, and only
 * drift-cli uses it (plan-only embedders of drift-analysis do not inherit its HCL parser); no package
 * cycles anywhere; an {@code internal} package
 * is used only from inside its own parent package tree, and never from a value type (a record, an
 * enum, or a type of the model); every package is {@code @NullMarked}.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // In a reactor build the other modules arrive as jars: keep them, but not their test-jars.
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages("io.github.tfdrift");

  @Test
  void theClassesOfEveryModuleAreChecked() {
    for (String root : List.of("core", "rules", "report", "imports", "config", "analysis", "testkit", "fix", "cli")) {
      assertThat(CLASSES.containPackage("io.github.tfdrift." + root)).as("module package %s is on the test class path", root).isTrue();
    }
  }

  @Test
  void noPackageCycles() {
    slices().matching("io.github.tfdrift.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void coreDependsOnNoOtherModule() {
    noClasses()
        .that().resideInAPackage("io.github.tfdrift.core..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.tfdrift.rules..", "io.github.tfdrift.report..", "io.github.tfdrift.imports..",
            "io.github.tfdrift.config..", "io.github.tfdrift.analysis..", "io.github.tfdrift.testkit..",
            "io.github.tfdrift.fix..", "io.github.tfdrift.cli..")
        .check(CLASSES);
  }

  @Test
  void theConfigurationReaderUsesCoreOnlyAndOnlyTheCommandUsesIt() {
    noClasses()
        .that().resideInAPackage("io.github.tfdrift.config..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.tfdrift.rules..", "io.github.tfdrift.report..", "io.github.tfdrift.imports..",
            "io.github.tfdrift.analysis..", "io.github.tfdrift.testkit..", "io.github.tfdrift.fix..", "io.github.tfdrift.cli..")
        .check(CLASSES);
    noClasses()
        .that().resideInAnyPackage(
            "io.github.tfdrift.core..", "io.github.tfdrift.rules..", "io.github.tfdrift.report..",
            "io.github.tfdrift.imports..", "io.github.tfdrift.analysis..", "io.github.tfdrift.testkit..")
        .should().dependOnClassesThat().resideInAPackage("io.github.tfdrift.config..")
        .check(CLASSES);
  }

  @Test
  void rulesDependOnCoreOnly() {
    noClasses()
        .that().resideInAPackage("io.github.tfdrift.rules..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.tfdrift.report..", "io.github.tfdrift.imports..", "io.github.tfdrift.config..",
            "io.github.tfdrift.analysis..", "io.github.tfdrift.testkit..", "io.github.tfdrift.fix..", "io.github.tfdrift.cli..")
        .check(CLASSES);
  }

  @Test
  void reportsAndImportsDependOnRulesAndCoreOnly() {
    noClasses()
        .that().resideInAnyPackage("io.github.tfdrift.report..", "io.github.tfdrift.imports..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.tfdrift.analysis..", "io.github.tfdrift.testkit..", "io.github.tfdrift.fix..", "io.github.tfdrift.cli..")
        .check(CLASSES);
    noClasses()
        .that().resideInAPackage("io.github.tfdrift.report..")
        .should().dependOnClassesThat().resideInAPackage("io.github.tfdrift.imports..")
        .check(CLASSES);
    noClasses()
        .that().resideInAPackage("io.github.tfdrift.imports..")
        .should().dependOnClassesThat().resideInAPackage("io.github.tfdrift.report..")
        .check(CLASSES);
  }

  @Test
  void theFacadeIsBelowEveryLibraryAndAboveOnlyTheCommand() {
    noClasses()
        .that().resideInAPackage("io.github.tfdrift.analysis..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.tfdrift.testkit..", "io.github.tfdrift.fix..", "io.github.tfdrift.cli..")
        .check(CLASSES);
    noClasses()
        .that().resideInAPackage("io.github.tfdrift.testkit..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.tfdrift.fix..", "io.github.tfdrift.cli..")
        .check(CLASSES);
  }

  @Test
  void fixUsesTheConfigurationReaderRulesAndCoreOnly() {
    noClasses()
        .that().resideInAPackage("io.github.tfdrift.fix..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.github.tfdrift.report..", "io.github.tfdrift.imports..", "io.github.tfdrift.analysis..",
            "io.github.tfdrift.testkit..", "io.github.tfdrift.cli..")
        .check(CLASSES);
  }

  @Test
  void internalPackagesAreUsedOnlyFromTheirOwnParent() {
    List<String> violations = new ArrayList<>();
    for (JavaClass c : CLASSES) {
      c.getDirectDependenciesFromSelf().forEach(d -> {
        String target = d.getTargetClass().getPackageName();
        int at = target.indexOf(".internal");
        if (target.startsWith("io.github.tfdrift.") && at > 0) {
          String owner = target.substring(0, at);
          if (!c.getPackageName().equals(owner) && !c.getPackageName().startsWith(owner + ".")) {
            violations.add(c.getName() + " -> " + d.getTargetClass().getName());
          }
        }
      });
    }
    assertThat(violations.stream().distinct().toList()).isEmpty();
  }

  @Test
  void valueTypesNeverReachInternal() {
    noClasses()
        .that().areRecords().or().areEnums()
        .or().resideInAnyPackage("io.github.tfdrift.core.model..", "io.github.tfdrift.core.value..", "io.github.tfdrift.core.address..")
        .should().dependOnClassesThat().resideInAPackage("..internal..")
        .check(CLASSES);
  }

  @Test
  void everyPackageIsNullMarked() {
    List<String> unmarked = new ArrayList<>();
    for (JavaPackage p : CLASSES.getPackage("io.github.tfdrift").getSubpackagesInTree()) {
      if (!p.getClasses().isEmpty() && !p.isAnnotatedWith(org.jspecify.annotations.NullMarked.class)) {
        unmarked.add(p.getName());
      }
    }
    assertThat(unmarked).as("packages without @NullMarked in package-info.java").isEmpty();
  }
}
