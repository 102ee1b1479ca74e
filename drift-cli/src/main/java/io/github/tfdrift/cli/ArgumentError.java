package io.github.tfdrift.cli;

import java.util.Objects;

/**
 * Why a command line cannot be parsed against the options of a command. Each kind names the
 * argument where it goes wrong ({@link #position()}, counted from 0 after the command name) and
 * {@link #describe()} gives the one-line message users see.
 */
public sealed interface ArgumentError {
  /** The index of the offending argument, counted from 0 after the command name. */
  int position();

  /** The one-line message, e.g. {@code unknown option '--colour'}. */
  String describe();

  /**
   * An option the command does not accept.
   *
   * @param position the index of the argument
   * @param option the option as given, without an inline value ({@code --colour}, {@code -x})
   */
  record Unknown(int position, String option) implements ArgumentError {
    /** Validates the option. */
    public Unknown {
      Objects.requireNonNull(option, "option");
    }

    @Override
    public String describe() {
      return "unknown option '" + option + "'";
    }
  }

  /**
   * An option that takes a value is the last argument.
   *
   * @param position the index of the argument
   * @param option the option's name, without dashes
   * @param valueName what the value is, e.g. {@code FORMAT}
   */
  record MissingValue(int position, String option, String valueName) implements ArgumentError {
    /** Validates the parts. */
    public MissingValue {
      Objects.requireNonNull(option, "option");
      Objects.requireNonNull(valueName, "valueName");
    }

    @Override
    public String describe() {
      return "option '--" + option + "' needs a value (" + valueName + ")";
    }
  }

  /**
   * A flag was given a value ({@code --debug=yes}).
   *
   * @param position the index of the argument
   * @param option the option's name, without dashes
   */
  record UnexpectedValue(int position, String option) implements ArgumentError {
    /** Validates the option. */
    public UnexpectedValue {
      Objects.requireNonNull(option, "option");
    }

    @Override
    public String describe() {
      return "option '--" + option + "' takes no value";
    }
  }
}
