package io.github.tfdrift.cli;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A command's arguments after parsing: the options given (with their values) and the positional
 * arguments, in order. Parsing knows {@code --name VALUE}, {@code --name=VALUE}, flags, one-letter short
 * names, {@code --} (everything after it is positional) and {@code -} (a positional argument, usually
 * standard input).
 */
public final class Arguments {
  private final Map<String, List<String>> options;
  private final List<String> positionals;

  private Arguments(Map<String, List<String>> options, List<String> positionals) {
    this.options = options;
    this.positionals = List.copyOf(positionals);
  }

  /**
   * Parses {@code args} against the options a command accepts. Returns an {@link ArgumentError} naming
   * the offending argument when an option is unknown, lacks its value, or is a flag given a value.
   */
  public static Either<ArgumentError, Arguments> parse(List<String> args, List<Option> accepted) {
    Map<String, List<String>> options = new LinkedHashMap<>();
    List<String> positionals = new ArrayList<>();
    boolean onlyPositionals = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (onlyPositionals || a.equals("-") || !a.startsWith("-")) {
        positionals.add(a);
        continue;
      }
      if (a.equals("--")) {
        onlyPositionals = true;
        continue;
      }
      String name;
      Optional<String> inline = Optional.empty();
      Optional<Option> option;
      if (a.startsWith("--")) {
        int eq = a.indexOf('=');
        name = eq < 0 ? a.substring(2) : a.substring(2, eq);
        if (eq >= 0) {
          inline = Optional.of(a.substring(eq + 1));
        }
        String n = name;
        option = accepted.stream().filter(o -> o.name().equals(n)).findFirst();
      } else {
        name = a.substring(1);
        option =
            name.length() == 1
                ? accepted.stream().filter(o -> o.shortName().equals(Optional.of(a.charAt(1)))).findFirst()
                : Optional.empty();
      }
      if (option.isEmpty()) {
        return Either.left(new ArgumentError.Unknown(i, inline.isPresent() ? a.substring(0, a.indexOf('=')) : a));
      }
      Option o = option.get();
      String value;
      int at = i;
      if (o.takesValue()) {
        if (inline.isPresent()) {
          value = inline.get();
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          return Either.left(new ArgumentError.MissingValue(at, o.name(), o.valueName().get()));
        }
      } else {
        if (inline.isPresent()) {
          return Either.left(new ArgumentError.UnexpectedValue(at, o.name()));
        }
        value = "";
      }
      options.computeIfAbsent(o.name(), k -> new ArrayList<>()).add(value);
    }
    return Either.right(new Arguments(options, positionals));
  }

  /** True when the option (by long name) was given. */
  public boolean has(String name) {
    return options.containsKey(name);
  }

  /** The value of an option; the last one when it was given more than once. */
  public Optional<String> value(String name) {
    List<String> l = options.get(name);
    return l == null ? Optional.empty() : Optional.of(l.get(l.size() - 1));
  }

  /** Every value given for an option, in order. */
  public List<String> values(String name) {
    return List.copyOf(options.getOrDefault(name, List.of()));
  }

  /** The positional arguments, in order. */
  public List<String> positionals() {
    return positionals;
  }
}
