package io.github.tfdrift.cli;

import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The one line drift prints for a command line picocli cannot parse: what is wrong, picocli's
 * suggestions when the word looks mistyped ({@code did you mean 'show'?}), and where help is ({@code
 * try 'drift show --help'}).
 */
final class UsageError {
  private UsageError() {}

  /** The message for {@code e}, without the {@code drift: } prefix. */
  static String describe(CommandLine.ParameterException e) {
    CommandLine where = e.getCommandLine();
    boolean program = where.getParent() == null;
    String what;
    List<String> suggestions = List.of();
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String arg = u.getUnmatched().get(0);
      if (u.isUnknownOption()) {
        // --name=VALUE: only the name is shown, the value may be anything.
        what = "unknown option '" + (arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg) + "'";
      } else {
        what = (program ? "unknown command '" : "unexpected argument '") + arg + "'";
      }
      suggestions = likely(arg, u.getSuggestions());
    } else if (e instanceof CommandLine.MissingParameterException m
        && !m.getMissing().isEmpty()
        && m.getMissing().get(0) instanceof CommandLine.Model.OptionSpec o) {
      what = "option '" + o.longestName() + "' needs a value (" + o.paramLabel() + ")";
    } else {
      String m = String.valueOf(e.getMessage());
      what = m.isEmpty() ? m : m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1);
    }
    String hint = suggestions.isEmpty() ? "" : "; did you mean '" + String.join("' or '", suggestions) + "'?";
    String help = program ? "drift --help" : "drift " + where.getCommandName() + " --help";
    return what + hint + " (try '" + help + "')";
  }

  /**
   * picocli's suggestions that start like the word typed (after the dashes): picocli ranks every
   * command, however far, so {@code frobnicate} would get {@code policy}.
   */
  private static List<String> likely(String typed, List<String> suggestions) {
    String word = typed.replaceFirst("^-+", "");
    if (word.isEmpty()) {
      return List.of();
    }
    return suggestions.stream()
        .filter(s -> !s.equals(typed) && s.replaceFirst("^-+", "").startsWith(word.substring(0, 1)))
        .toList();
  }
}
