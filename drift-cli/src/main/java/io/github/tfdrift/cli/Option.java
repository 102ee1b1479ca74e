package io.github.tfdrift.cli;

import java.util.Objects;
import java.util.Optional;

/**
 * One option a command accepts: a long name ({@code --format}), an optional one-letter short name
 * ({@code -h}), and, for options that take a value, the value's name as shown in help ({@code FORMAT}).
 *
 * @param name the long name, without dashes
 * @param shortName the one-letter short name, without the dash
 * @param valueName the name of the value in help, empty for a flag
 * @param description one line for help
 */
public record Option(String name, Optional<Character> shortName, Optional<String> valueName, String description) {

  /** Validates the parts. */
  public Option {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(shortName, "shortName");
    Objects.requireNonNull(valueName, "valueName");
    Objects.requireNonNull(description, "description");
    if (name.isEmpty() || name.startsWith("-")) {
      throw new IllegalArgumentException("an option name has no leading dashes");
    }
  }

  /** A flag: {@code --name}, no value. */
  public static Option flag(String name, String description) {
    return new Option(name, Optional.empty(), Optional.empty(), description);
  }

  /** An option with a value: {@code --name VALUE} or {@code --name=VALUE}. */
  public static Option valued(String name, String valueName, String description) {
    return new Option(name, Optional.empty(), Optional.of(valueName), description);
  }

  /** A copy with a one-letter short name. */
  public Option withShortName(char c) {
    return new Option(name, Optional.of(c), valueName, description);
  }

  /** True when the option takes a value. */
  public boolean takesValue() {
    return valueName.isPresent();
  }

  /** How help shows it: {@code -h, --help} or {@code --format FORMAT}. */
  public String label() {
    String s = shortName.map(c -> "-" + c + ", ").orElse("") + "--" + name;
    return valueName.map(v -> s + " " + v).orElse(s);
  }
}
