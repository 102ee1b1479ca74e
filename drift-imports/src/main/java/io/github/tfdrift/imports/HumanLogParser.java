package io.github.tfdrift.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code Error:} blocks of Terraform's and OpenTofu's human output, with the box-drawing rule
 * ({@code ╷ │ ╵}, the default) or without it ({@code -no-color}):
 *
 * <pre>
 * ╷
 * │ Error: creating IAM Role (notion_lambda): ... EntityAlreadyExists: ...
 * │
 * │   with module.notion_lambda.module.lambda_function.aws_iam_role.lambda[0],
 * │   on .terraform/modules/notion_lambda.lambda_function/iam.tf line 103, in resource "aws_iam_role" "lambda":
 * │  103: resource "aws_iam_role" "lambda" {
 * │
 * ╵
 * </pre>
 */
final class HumanLogParser {
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]|\u001B\\][^\u0007\u001B]*(\u0007|\u001B\\\\)");
  private static final Pattern CI_TIMESTAMP =
      Pattern.compile("^\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d)? ");
  private static final Pattern HEADER = Pattern.compile("^(Error|Warning): ?(.*)$");
  private static final Pattern WITH = Pattern.compile("^\\s*with (.+),$");
  private static final Pattern ON = Pattern.compile("^\\s*on .+ line \\d+.*:$");
  private static final Pattern SNIPPET = Pattern.compile("^\\s*\\d+: .*$|^\\s*├────────────────.*$|^\\s*│ .*$");
  private static final Pattern PROGRESS =
      Pattern.compile(
          "^\\S.*: (Creating|Still creating|Creation complete|Creation errored|Destroying|Still destroying|"
              + "Destruction complete|Destruction errored|Modifying|Still modifying|Modifications complete|"
              + "Modifications errored|Reading|Read complete|Refreshing state|Importing|Import complete|"
              + "Preparing import|Provisioning with)\\b.*");
  private static final Pattern MARKER =
      Pattern.compile(
          "^(Apply complete!|Destroy complete!|Plan: \\d+ to |No changes\\.|Releasing state lock|Acquiring state lock|"
              + "(Terraform|OpenTofu) (will perform|used the selected|has been successfully|has made some|"
              + "v\\d|detected|has compared)|Initializing (the backend|provider plugins|modules)|"
              + "Do you want to perform these actions|Changes to Outputs:|Outputs:)");
  private static final Pattern CREATING = Pattern.compile("^(\\S.*?): Creating\\.\\.\\.$");
  private static final int MAX_BLOCK_LINES = 400;

  private HumanLogParser() {}

  /** Removes colour codes, a leading CI timestamp and trailing blanks. */
  static String clean(String line) {
    String s = line.indexOf('\u001B') >= 0 ? ANSI.matcher(line).replaceAll("") : line;
    Matcher m = CI_TIMESTAMP.matcher(s);
    if (m.find()) {
      s = s.substring(m.end());
    }
    return s.stripTrailing();
  }

  /** The address of a {@code ADDRESS: Creating...} progress line. */
  static Optional<String> creating(String cleaned) {
    Matcher m = CREATING.matcher(cleaned);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** True for a line only Terraform or OpenTofu prints: progress, a summary, an init line, a diagnostic. */
  static boolean isToolLine(String cleaned) {
    Matcher h = HEADER.matcher(unbox(cleaned));
    return h.matches() && !h.group(2).isBlank()
        || PROGRESS.matcher(cleaned).matches()
        || MARKER.matcher(cleaned).find();
  }

  private static boolean boxed(String s) {
    return s.startsWith("│");
  }

  private static String unbox(String s) {
    if (!boxed(s)) {
      return s;
    }
    String t = s.substring(1);
    return t.startsWith(" ") ? t.substring(1) : t;
  }

  /** The error blocks among the lines (warnings are read past and dropped). */
  static List<LogDiagnostic> errors(List<LogLine> lines) {
    List<LogDiagnostic> out = new ArrayList<>();
    Block current = null;
    for (LogLine l : lines) {
      String t = l.text();
      if (t.startsWith("╷") || t.startsWith("╵")) {
        if (current != null && t.startsWith("╵")) {
          current.finish(out);
          current = null;
        }
        continue;
      }
      boolean isBoxed = boxed(t);
      String inner = unbox(t);
      Matcher h = HEADER.matcher(inner);
      if (h.matches() && !h.group(2).isBlank()) {
        if (current != null) {
          current.finish(out);
        }
        current = new Block(h.group(1).equals("Error"), h.group(2).strip(), l.number(), isBoxed);
        continue;
      }
      if (current == null) {
        continue;
      }
      boolean ends =
          current.boxed
              ? !isBoxed
              : PROGRESS.matcher(t).matches() || MARKER.matcher(t).find() || current.body.size() >= MAX_BLOCK_LINES;
      if (ends) {
        current.finish(out);
        current = null;
        continue;
      }
      current.body.add(inner);
    }
    if (current != null) {
      current.finish(out);
    }
    return out;
  }

  private static final class Block {
    final boolean error;
    final String header;
    final int line;
    final boolean boxed;
    final List<String> body = new ArrayList<>();

    Block(boolean error, String header, int line, boolean boxed) {
      this.error = error;
      this.header = header;
      this.line = line;
      this.boxed = boxed;
    }

    void finish(List<LogDiagnostic> out) {
      if (!error) {
        return;
      }
      StringBuilder summary = new StringBuilder(header);
      Optional<String> address = Optional.empty();
      List<String> detail = new ArrayList<>();
      int i = 0;
      // Continuation of a wrapped summary: lines before the first blank one.
      while (i < body.size() && !body.get(i).isBlank() && !WITH.matcher(body.get(i)).matches()) {
        summary.append(' ').append(body.get(i).strip());
        i++;
      }
      boolean sawSource = false;
      boolean inSnippet = false;
      for (; i < body.size(); i++) {
        String s = body.get(i);
        Matcher w = WITH.matcher(s);
        if (!sawSource && address.isEmpty() && w.matches()) {
          address = Optional.of(w.group(1).strip());
          continue;
        }
        if (!sawSource && ON.matcher(s).matches()) {
          sawSource = true;
          inSnippet = true;
          continue;
        }
        if (inSnippet && SNIPPET.matcher(s).matches()) {
          continue;
        }
        inSnippet = false;
        detail.add(s.strip());
      }
      out.add(new LogDiagnostic(summary.toString(), paragraphs(detail), address, line, LogDiagnostic.Origin.TEXT));
    }

    /** Joins wrapped lines with spaces and paragraphs with a line break. */
    private static String paragraphs(List<String> lines) {
      StringBuilder b = new StringBuilder();
      boolean blank = false;
      for (String s : lines) {
        if (s.isEmpty()) {
          blank = true;
          continue;
        }
        if (b.length() > 0) {
          b.append(blank ? "\n" : " ");
        }
        b.append(s);
        blank = false;
      }
      return b.toString();
    }
  }
}
