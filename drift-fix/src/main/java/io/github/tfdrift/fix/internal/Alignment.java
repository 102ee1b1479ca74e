package io.github.tfdrift.fix.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The alignment of {@code =} that {@code terraform fmt} applies, redone after an edit. Like fmt, it
 * chains consecutive lines that each hold one {@code name = value} written on that line (a line whose
 * value opens a bracket it does not close, a comment line, a blank line or a line without {@code =}
 * ends a chain) and puts every {@code =} of a chain one space after the longest name. Only the chains
 * that hold a changed line are touched: every other byte stays as it was.
 */
public final class Alignment {
  private Alignment() {}

  /** A line that can be part of a chain: its name ends at {@code nameEnd}, its {@code =} is at {@code equals}. */
  private record Assign(int lineStart, int nameEnd, int equals, int width) {}

  /**
   * Realigns the chains of {@code edited} that hold one of the {@code changed} lines (0-based).
   *
   * @param edited the edited text
   * @param changed the lines an edit added or changed
   * @return the text with those chains aligned
   */
  public static String realign(String edited, Set<Integer> changed) {
    if (changed.isEmpty()) {
      return edited;
    }
    HclText hcl = HclText.of(edited);
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < edited.length(); i++) {
      if (edited.charAt(i) == '\n' && i + 1 < edited.length()) {
        starts.add(i + 1);
      }
    }
    List<Assign> lines = new ArrayList<>();
    for (int start : starts) {
      lines.add(assign(hcl, start));
    }
    StringBuilder out = new StringBuilder(edited);
    int shift = 0;
    int i = 0;
    List<int[]> replacements = new ArrayList<>();
    while (i < lines.size()) {
      if (lines.get(i) == null) {
        i++;
        continue;
      }
      int end = i;
      boolean touched = false;
      int width = 0;
      while (end < lines.size() && lines.get(end) != null) {
        touched |= changed.contains(end);
        width = Math.max(width, lines.get(end).width());
        end++;
      }
      if (touched) {
        for (int k = i; k < end; k++) {
          Assign a = lines.get(k);
          replacements.add(new int[] {a.nameEnd(), a.equals(), width - a.width() + 1});
        }
      }
      i = end;
    }
    for (int[] r : replacements) {
      int from = r[0] + shift;
      int to = r[1] + shift;
      out.replace(from, to, " ".repeat(r[2]));
      shift += r[2] - (r[1] - r[0]);
    }
    return out.toString();
  }

  /** The line at {@code start} as a chain member, or null when it ends a chain. */
  private static Assign assign(HclText hcl, int start) {
    String text = hcl.text();
    int i = start;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    int nameStart = i;
    if (i >= text.length() || !hcl.isCode(i) && text.charAt(i) != '"') {
      return null;
    }
    if (text.charAt(i) == '"') {
      int j = i + 1;
      while (j < text.length() && text.charAt(j) != '"' && text.charAt(j) != '\n') {
        j += text.charAt(j) == '\\' ? 2 : 1;
      }
      if (j >= text.length() || text.charAt(j) != '"') {
        return null;
      }
      i = j + 1;
    } else {
      while (i < text.length() && hcl.isCode(i) && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '-')) {
        i++;
      }
    }
    int nameEnd = i;
    if (nameEnd == nameStart) {
      return null;
    }
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i >= text.length() || !hcl.isCode(i) || text.charAt(i) != '=' || (i + 1 < text.length() && text.charAt(i + 1) == '=')) {
      return null;
    }
    int equals = i;
    int depth = 0;
    int k = equals + 1;
    for (; k < text.length(); k++) {
      char c = text.charAt(k);
      if (!hcl.isCode(k)) {
        if (c == '\n') {
          return null; // a heredoc or a comment that goes on over the next lines
        }
        continue;
      }
      if (c == '\n') {
        break;
      }
      if (c == '{' || c == '[' || c == '(') {
        depth++;
      } else if (c == '}' || c == ']' || c == ')') {
        depth--;
      }
    }
    if (depth > 0) {
      return null; // a value that opens a bracket and goes on over the next lines: not aligned
    }
    return new Assign(start, nameEnd, equals, nameEnd - nameStart);
  }
}
