package io.github.tfdrift.core.redact;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of any of a set of secrets in a text in one pass (Aho–Corasick), whatever the
 * number of secrets, and masks the union of them: each maximal run of overlapping occurrences becomes
 * one mask; occurrences that only touch stay separate masks. Built once per {@link Secrets}.
 *
 * <p>The automaton is a trie over UTF-16 code units with failure links, stored in flat arrays: node
 * {@code n}'s children are the sorted code units {@code keys[n]} with targets {@code next[n]}, and
 * {@code longest[n]} is the length of the longest secret that ends at {@code n} or at a node on its
 * failure chain (0 for none), which is all that masking needs. A node with many children (the root
 * and the first levels, with thousands of secrets) also has a complete transition table for ASCII
 * code units, {@code dense[n]}: the node a step from it goes to, its failure links already followed
 * (0, the root, when no secret continues). A text's steps mostly go through those nodes, and there
 * one table look-up replaces a binary search and the walk along the failure chain.
 */
final class SecretMatcher {
  private static final int DENSE = 8;
  private static final int ASCII = 128;

  private char[][] keys;
  private int[][] next;
  private int[] fail;
  private int[] longest;
  private int[][] dense; // for nodes with DENSE children or more: the child of each ASCII code unit, 0 for none
  private int size;
  private int maxLength; // of the longest secret

  private SecretMatcher(int capacity) {
    keys = new char[capacity][];
    next = new int[capacity][];
    fail = new int[capacity];
    longest = new int[capacity];
    keys[0] = new char[0];
    next[0] = new int[0];
    size = 1;
  }

  /**
   * The matcher of these secrets.
   *
   * @param secrets non-empty strings
   * @return the matcher
   */
  static SecretMatcher of(List<String> secrets) {
    int total = 1;
    for (String s : secrets) {
      total += s.length();
    }
    SecretMatcher m = new SecretMatcher(total);
    for (String s : secrets) {
      m.add(s);
      m.maxLength = Math.max(m.maxLength, s.length());
    }
    m.link();
    return m;
  }

  private void add(String s) {
    int node = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int child = child(node, c);
      if (child < 0) {
        child = size++;
        keys[child] = new char[0];
        next[child] = new int[0];
        insert(node, c, child);
      }
      node = child;
    }
    longest[node] = Math.max(longest[node], s.length());
  }

  private void insert(int node, char c, int child) {
    char[] k = keys[node];
    int at = -Arrays.binarySearch(k, c) - 1;
    char[] nk = new char[k.length + 1];
    int[] nn = new int[k.length + 1];
    System.arraycopy(k, 0, nk, 0, at);
    System.arraycopy(next[node], 0, nn, 0, at);
    nk[at] = c;
    nn[at] = child;
    System.arraycopy(k, at, nk, at + 1, k.length - at);
    System.arraycopy(next[node], at, nn, at + 1, k.length - at);
    keys[node] = nk;
    next[node] = nn;
  }

  private int child(int node, char c) {
    char[] k = keys[node];
    if (k.length < 8) {
      for (int i = 0; i < k.length; i++) {
        if (k[i] == c) {
          return next[node][i];
        }
      }
      return -1;
    }
    int i = Arrays.binarySearch(k, c);
    return i < 0 ? -1 : next[node][i];
  }

  /** Failure links breadth first; {@code longest} takes the longest secret of the failure chain. */
  private void link() {
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    int[] order = new int[size];
    int ordered = 0;
    order[ordered++] = 0;
    for (int child : next[0]) {
      fail[child] = 0;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      order[ordered++] = node;
      char[] k = keys[node];
      for (int i = 0; i < k.length; i++) {
        int child = next[node][i];
        int f = fail[node];
        int target;
        while ((target = child(f, k[i])) < 0 && f != 0) {
          f = fail[f];
        }
        fail[child] = target >= 0 && target != child ? target : 0;
        longest[child] = Math.max(longest[child], longest[fail[child]]);
        queue.add(child);
      }
    }
    // Complete tables, breadth first: a node's failure target is shallower, so its table (or the
    // step through it) is already final when the node's own table is filled.
    dense = new int[size][];
    for (int n : order) {
      char[] k = keys[n];
      if (k.length >= DENSE) {
        int[] d = new int[ASCII];
        for (char c = 0; c < ASCII; c++) {
          int t = child(n, c);
          d[c] = t >= 0 ? t : n == 0 ? 0 : step(fail[n], c);
        }
        dense[n] = d;
      }
    }
  }

  private int step(int state, char c) {
    int s = state;
    while (true) {
      int[] d = dense[s];
      if (d != null && c < ASCII) {
        return d[c]; // complete: failure links already followed
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

  /** True when any secret occurs in {@code text}. */
  boolean occursIn(String text) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = step(state, text.charAt(i));
      if (longest[state] > 0) {
        return true;
      }
    }
    return false;
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
      int len = longest[state];
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
