package io.github.tfdrift.fix.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The unified diff of one file: lines compared by a longest common subsequence, three lines of context. */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** One line of the edit script: {@code ' '}, {@code '-'} or {@code '+'}, and the line. */
  private record Op(char kind, String line, int oldLine, int newLine) {}

  /**
   * The diff of {@code path} from {@code original} (empty for a new file) to {@code edited}; empty when
   * they are equal.
   */
  public static String of(String path, Optional<String> original, String edited) {
    List<String> a = lines(original.orElse(""));
    List<String> b = lines(edited);
    List<Op> ops = script(a, b);
    if (ops.stream().allMatch(o -> o.kind == ' ')) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(original.isPresent() ? "a/" + path : "/dev/null").append('\n');
    out.append("+++ b/").append(path).append('\n');
    int i = 0;
    while (i < ops.size()) {
      if (ops.get(i).kind == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < ops.size()) {
        if (ops.get(end).kind != ' ') {
          lastChange = end;
        } else if (end - lastChange > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      end = Math.min(ops.size(), lastChange + CONTEXT + 1);
      hunk(ops.subList(start, end), out);
      i = end;
    }
    return out.toString();
  }

  private static void hunk(List<Op> ops, StringBuilder out) {
    int oldCount = 0;
    int newCount = 0;
    int oldStart = -1;
    int newStart = -1;
    for (Op o : ops) {
      if (o.kind != '+') {
        oldCount++;
        if (oldStart < 0) {
          oldStart = o.oldLine;
        }
      }
      if (o.kind != '-') {
        newCount++;
        if (newStart < 0) {
          newStart = o.newLine;
        }
      }
    }
    Op first = ops.get(0);
    if (oldStart < 0) {
      oldStart = first.oldLine - 1; // an empty side starts before the line it is inserted at
    }
    if (newStart < 0) {
      newStart = first.newLine - 1;
    }
    out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount)).append(" @@\n");
    for (Op o : ops) {
      out.append(o.kind).append(o.line.endsWith("\n") ? o.line : o.line + "\n");
      if (!o.line.endsWith("\n")) {
        out.append("\\ No newline at end of file\n");
      }
    }
  }

  private static String range(int start, int count) {
    return count == 1 ? String.valueOf(start) : start + "," + count;
  }

  /** The lines, each with its line break (the last may lack one). */
  static List<String> lines(String text) {
    List<String> l = new ArrayList<>();
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl + 1;
      l.add(text.substring(from, to));
      from = to;
    }
    return l;
  }

  /** The edit script: common prefix and suffix, and a longest common subsequence in between. */
  private static List<Op> script(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    int n = a.size() - prefix - suffix;
    int m = b.size() - prefix - suffix;
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(prefix + i).equals(b.get(prefix + j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Op> ops = new ArrayList<>();
    for (int k = 0; k < prefix; k++) {
      ops.add(new Op(' ', a.get(k), k + 1, k + 1));
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(prefix + i).equals(b.get(prefix + j))) {
        ops.add(new Op(' ', a.get(prefix + i), prefix + i + 1, prefix + j + 1));
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        ops.add(new Op('-', a.get(prefix + i), prefix + i + 1, prefix + j + 1));
        i++;
      } else {
        ops.add(new Op('+', b.get(prefix + j), prefix + i + 1, prefix + j + 1));
        j++;
      }
    }
    for (int k = 0; k < suffix; k++) {
      int ai = a.size() - suffix + k;
      int bi = b.size() - suffix + k;
      ops.add(new Op(' ', a.get(ai), ai + 1, bi + 1));
    }
    return ops;
  }

  /**
   * The 0-based indexes of the lines of {@code edited} that are not in the common subsequence with
   * {@code original}: the lines an edit added or changed.
   */
  public static java.util.Set<Integer> changedLines(String original, String edited) {
    java.util.Set<Integer> out = new java.util.HashSet<>();
    for (Op o : script(lines(original), lines(edited))) {
      if (o.kind == '+') {
        out.add(o.newLine - 1);
      }
    }
    return out;
  }
}
