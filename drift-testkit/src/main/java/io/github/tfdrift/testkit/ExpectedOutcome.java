package io.github.tfdrift.testkit;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A fixture's {@code expected.json}, parsed: the exit code of the drift check ({@code 0} nothing
 * actionable, {@code 2} actionable, {@code 3} destructive) and one {@link ExpectedEntry} per resource
 * address.
 *
 * @param exitCode the expected exit code
 * @param entries the expected entries by address, sorted
 * @param json the raw text of {@code expected.json}
 */
public record ExpectedOutcome(int exitCode, Map<String, ExpectedEntry> entries, String json) {
  /** Validates and copies the parts. */
  public ExpectedOutcome {
    entries = Collections.unmodifiableMap(new TreeMap<>(entries));
    Objects.requireNonNull(json, "json");
  }

  /** The entry for an address. */
  public Optional<ExpectedEntry> entry(String address) {
    return Optional.ofNullable(entries.get(address));
  }

  @Override
  public String toString() {
    return "ExpectedOutcome[exitCode=" + exitCode + ", " + entries.size() + " entries]";
  }
}
