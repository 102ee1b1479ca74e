package io.github.tfdrift.core.redact;

import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of any of a set of secrets in a text in one pass (Aho–Corasick), whatever the
 * number of secrets, and masks the union of them: each maximal run of overlapping occurrences becomes
 * one mask; occurrences that only touch stay separate masks. The start of a secret (at least {@value
 * #MIN_CUT_LENGTH} code units) right before an ellipsis, a value cut short for display, is an
 * occurrence too. Built once per {@link Secrets}.
 *
 * <p>The automaton is a trie over UTF-16 code units with failure links, held in a few flat arrays and
 * no object per node, so that tens of thousands of secrets cost the garbage collector nothing to trace
 * and a text's steps stay in cache. Nodes are numbered breadth first, so the children of node {@code
 * n} are the nodes {@code first[n]} to {@code first[n + 1] - 1}, in the order of the code unit that
 * leads to each ({@code label}). {@code longest[n]} is the length of the longest secret that ends at
 * {@code n} or at a node on its failure chain (0 for none), which is all that masking needs. The
 * shallowest nodes with several children (the root and the first levels, with thousands of secrets)
 * also have a complete transition table for ASCII code units, within a memory budget: the node a step
 * from it goes to, its failure links already followed (0, the root, when no secret continues). A
 * text's steps mostly go through those nodes, and there one table look-up replaces a search among the
 * children and the walk along the failure chain.
 */
final class SecretMatcher {
  private static final int DENSE = 4; // children a node needs for a table of its own
  private static final int ASCII = 128;

  private final int[] first; // size + 1: node n's children are first[n] .. first[n + 1] - 1
  private final char[] label; // the code unit on the edge into each node (unused for the root)
  private final int[] fail;
  private final int[] longest;
  private final int[] depth; // how many code units lead from the root to each node
  private final int[] table; // node n's ASCII transitions are table[tableAt[n] + c] when tableAt[n] >= 0
  private final int[] tableAt;
  private final int maxLength; // of the longest secret

  private SecretMatcher(int[] first, char[] label, int[] fail, int[] longest, int[] depth, int[] table, int[] tableAt, int maxLength) {
    this.first = first;
    this.label = label;
    this.fail = fail;
    this.longest = longest;
    this.depth = depth;
    this.table = table;
    this.tableAt = tableAt;
    this.maxLength = maxLength;
  }

  /**
   * The matcher of these secrets.
   *
   * @param secrets non-empty strings, in any order, repeats allowed
   * @return the matcher
   */
  static SecretMatcher of(List<String> secrets) {
    String[] sorted = secrets.toArray(new String[0]);
    Arrays.sort(sorted); // by code unit, so that each node's children arrive in order, after its earlier ones
    int capacity = 1;
    int maxLength = 0;
    for (String s : sorted) {
      capacity += s.length();
      maxLength = Math.max(maxLength, s.length());
    }
    // A first trie in insertion order: each node's first child and next sibling.
    int[] firstChild = new int[capacity];
    int[] lastChild = new int[capacity];
    int[] sibling = new int[capacity];
    char[] edge = new char[capacity];
    int[] ends = new int[capacity];
    Arrays.fill(firstChild, -1);
    Arrays.fill(sibling, -1);
    int size = 1;
    int[] path = new int[maxLength + 1]; // the nodes along the previous secret
    String previous = "";
    for (String s : sorted) {
      int common = 0;
      int limit = Math.min(previous.length(), s.length());
      while (common < limit && previous.charAt(common) == s.charAt(common)) {
        common++;
      }
      int node = path[common];
      for (int i = common; i < s.length(); i++) {
        int child = size++;
        edge[child] = s.charAt(i);
        if (firstChild[node] < 0) {
          firstChild[node] = child;
        } else {
          sibling[lastChild[node]] = child;
        }
        lastChild[node] = child;
        node = child;
        path[i + 1] = node;
      }
      ends[node] = s.length();
      previous = s;
    }
    // Numbered again breadth first: children become consecutive.
    int[] order = new int[size]; // new number -> old
    int[] first = new int[size + 1];
    char[] label = new char[size];
    int[] longest = new int[size];
    int[] depth = new int[size];
    int placed = 1;
    for (int n = 0; n < size; n++) {
      int old = order[n];
      first[n] = placed;
      for (int c = firstChild[old]; c >= 0; c = sibling[c]) {
        order[placed] = c;
        label[placed] = edge[c];
        longest[placed] = ends[c];
        depth[placed] = depth[n] + 1;
        placed++;
      }
    }
    first[size] = placed;
    int[] fail = new int[size];
    int[] tableAt = new int[size];
    Arrays.fill(tableAt, -1);
    int tables = 0;
    int budget = Math.max(64, size / 64); // tables of 512 bytes: at most 8 bytes a node, or 32 KB
    for (int n = 0; n < size && tables < budget; n++) {
      if (first[n + 1] - first[n] >= DENSE || n == 0) {
        tableAt[n] = tables++ * ASCII;
      }
    }
    SecretMatcher m = new SecretMatcher(first, label, fail, longest, depth, new int[tables * ASCII], tableAt, maxLength);
    m.link();
    return m;
  }

  /**
   * Failure links and tables breadth first: a node's failure target is shallower, so its links, its
   * {@code longest} and its table are final when the node's own are computed.
   */
  private void link() {
    int size = fail.length;
    for (int n = 0; n < size; n++) {
      for (int child = first[n]; child < first[n + 1]; child++) {
        if (n == 0) {
          fail[child] = 0;
        } else {
          fail[child] = step(fail[n], label[child]);
        }
        longest[child] = Math.max(longest[child], longest[fail[child]]);
      }
      int at = tableAt[n];
      if (at >= 0) {
        for (char c = 0; c < ASCII; c++) {
          int t = child(n, c);
          table[at + c] = t >= 0 ? t : n == 0 ? 0 : step(fail[n], c);
        }
      }
    }
  }

  /** Node {@code n}'s child by {@code c}, or -1. */
  private int child(int n, char c) {
    int lo = first[n];
    int hi = first[n + 1] - 1;
    if (hi - lo < 8) {
      for (int i = lo; i <= hi; i++) {
        if (label[i] == c) {
          return i;
        }
      }
      return -1;
    }
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char l = label[mid];
      if (l < c) {
        lo = mid + 1;
      } else if (l > c) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private int step(int state, char c) {
    int s = state;
    while (true) {
      int at = tableAt[s];
      if (at >= 0 && c < ASCII) {
        return table[at + c]; // complete: failure links already followed
      }
      int t = child(s, c);
      if (t >= 0) {
        return t;
      }
      if (s == 0) {
        return 0;
      }
      s = fail[s];
    }
  }

  /** True when any secret, or the start of one {@linkplain #cut cut short}, occurs in {@code text}. */
  boolean occursIn(String text) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = step(state, text.charAt(i));
      if (longest[state] > 0 || cut(text, i, state) > 0) {
        return true;
      }
    }
    return false;
  }

  /** What ends a value cut short for display: the start of a secret right before it is masked. */
  static final char ELLIPSIS = '\u2026';

  /**
   * How long the start of a secret before an {@link #ELLIPSIS} must be to be masked: shorter starts
   * are as likely to be innocent text (in a plan of thousands of random-looking secrets, four
   * characters of a hash cut for display match the start of one about once in 20,000 values).
   */
  static final int MIN_CUT_LENGTH = 8;

  /**
   * The length of the start of a secret that ends at {@code text[i]} right before an {@link
   * #ELLIPSIS}, when at least {@link #MIN_CUT_LENGTH} long, else 0: a value cut for display
   * by text that did not know the secret (a reason written with one plan's secrets, reported in a run
   * where another plan marks the value sensitive) still shows its start. {@code state} is the node
   * after {@code text[i]}: the longest end of the text so far that starts some secret.
   */
  private int cut(String text, int i, int state) {
    if (i + 1 >= text.length() || text.charAt(i + 1) != ELLIPSIS) {
      return 0;
    }
    int d = depth[state];
    return d >= MIN_CUT_LENGTH ? d : 0;
  }

  /**
   * The head of {@link #mask}: {@code mask(text, mask)} itself when it is at most {@code limit}
   * characters long, otherwise a string longer than {@code limit} whose first {@code limit}
   * characters are those of {@code mask(text, mask)}. The scan stops once that many characters are
   * final, so showing the start of a long value costs its start, not its length. A character is final
   * once no occurrence can still begin at or before it: the scan is past it by the longest secret's
   * length; a run of occurrences is one mask at its start whatever later occurrences join it.
   *
   * @param text the text
   * @param mask what replaces a run
   * @param limit how many leading characters of the result must be exact
   * @return the masked text, or a longer-than-{@code limit} prefix of it
   */
  String maskHead(String text, String mask, int limit) {
    // Merged occurrences as [start, end) pairs, in order; a later, longer occurrence can swallow earlier ones.
    int[] spans = null;
    int count = 0;
    int state = 0;
    int n = text.length();
    int checkPast = limit == Integer.MAX_VALUE ? Integer.MAX_VALUE : limit / Math.max(1, mask.length()); // before this, too early to look
    for (int i = 0; i < n; i++) {
      state = step(state, text.charAt(i));
      int len = Math.max(longest[state], cut(text, i, state));
      if (len != 0) {
        int start = i + 1 - len;
        int end = i + 1;
        if (spans == null) {
          spans = new int[8];
        }
        while (count > 0 && spans[2 * count - 1] > start) {
          start = Math.min(start, spans[2 * count - 2]);
          count--;
        }
        if (2 * count + 2 > spans.length) {
          spans = Arrays.copyOf(spans, spans.length * 2);
        }
        spans[2 * count] = start;
        spans[2 * count + 1] = end;
        count++;
      }
      int finalBefore = i + 2 - maxLength; // no occurrence found later starts before this
      if ((i & 15) == 15 && finalBefore > checkPast && i + 1 < n) {
        int out = 0;
        int at = 0;
        for (int r = 0; r < count && spans[2 * r] < finalBefore; r++) {
          out += spans[2 * r] - at + mask.length();
          at = spans[2 * r + 1];
        }
        out += Math.max(0, finalBefore - at);
        if (out > limit) {
          return build(text, mask, spans, count, finalBefore);
        }
      }
    }
    return count == 0 ? text : build(text, mask, spans, count, n);
  }

  /** The masked text of {@code text[0, upTo)}: runs that start before {@code upTo} become one mask each. */
  private static String build(String text, String mask, int[] spans, int count, int upTo) {
    StringBuilder b = new StringBuilder(Math.min(text.length(), upTo + 16));
    int at = 0;
    for (int r = 0; r < count && spans[2 * r] < upTo; r++) {
      b.append(text, at, spans[2 * r]).append(mask);
      at = spans[2 * r + 1];
    }
    if (at < upTo) {
      b.append(text, at, upTo);
    }
    return b.toString();
  }

  /**
   * {@code text} with each maximal run of overlapping secret occurrences replaced by {@code mask}.
   *
   * @param text the text
   * @param mask what replaces a run
   * @return the text itself when no secret occurs in it
   */
  String mask(String text, String mask) {
    return maskHead(text, mask, Integer.MAX_VALUE);
  }

}
