package io.github.tfdrift.testkit.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs example test classes through the JUnit Platform launcher and records what happened. */
final class Launch {
  /** One finished test: its display name, result, and the report entries it published. */
  record Outcome(String name, TestExecutionResult result, List<Map<String, String>> entries) {
    boolean succeeded() {
      return result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
    }

    String message() {
      return result.getThrowable().map(Throwable::getMessage).orElse("");
    }

    Optional<String> entry(String key) {
      return entries.stream().filter(e -> e.containsKey(key)).map(e -> e.get(key)).findFirst();
    }
  }

  private Launch() {}

  static List<Outcome> run(Class<?> testClass) {
    return run(testClass, Map.of("tfdrift.afterFailure", "ignore"));
  }

  /** Runs with these configuration parameters (failure memory is on unless they turn it off). */
  static List<Outcome> run(Class<?> testClass, Map<String, String> parameters) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(DiscoverySelectors.selectClass(testClass))
            .configurationParameter("tfdrift.selfTest", "true")
            .configurationParameters(parameters)
            .build();
    Launcher launcher = LauncherFactory.create();
    List<Outcome> outcomes = new ArrayList<>();
    Map<String, List<Map<String, String>>> entries = new java.util.HashMap<>();
    launcher.execute(
        request,
        new TestExecutionListener() {
          @Override
          public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
            entries.computeIfAbsent(id.getUniqueId(), k -> new ArrayList<>()).add(entry.getKeyValuePairs());
          }

          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
              outcomes.add(new Outcome(id.getDisplayName(), result, entries.getOrDefault(id.getUniqueId(), List.of())));
            }
          }
        });
    return outcomes;
  }

  static Outcome only(Class<?> testClass) {
    List<Outcome> all = run(testClass);
    if (all.size() != 1) {
      throw new AssertionError("expected one test in " + testClass.getSimpleName() + " but ran " + all.size());
    }
    return all.get(0);
  }
}
