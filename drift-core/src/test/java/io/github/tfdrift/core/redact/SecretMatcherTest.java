package io.github.tfdrift.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass matcher masks exactly what a naive search of every secret masks: the union of all
 * occurrences, each maximal overlapping run as one mask. Compared on generated texts and secret sets
 * over a small alphabet (so that secrets overlap, nest and repeat often), with a fixed seed.
 */
class SecretMatcherTest {
  private static final String MASK = "#";

  @Test
  void masksTheSameAsTheNaiveSearchOnGeneratedTextsAndSecretSets() {
    Random random = new Random(20261203L);
    for (int trial = 0; trial < 3000; trial++) {
      int alphabet = 2 + random.nextInt(3);
      List<String> secrets = new ArrayList<>();
      int n = 1 + random.nextInt(random.nextBoolean() ? 3 : 12);
      for (int i = 0; i < n; i++) {
        secrets.add(word(random, alphabet, 1 + random.nextInt(6)));
      }
      String text = word(random, alphabet, random.nextInt(60));
      List<String> distinct = secrets.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();

      String fast = SecretMatcher.of(distinct).mask(text, MASK);

      assertThat(fast).as("text %s, secrets %s", text, distinct).isEqualTo(naive(text, distinct));
      assertThat(SecretMatcher.of(distinct).occursIn(text)).isEqualTo(distinct.stream().anyMatch(text::contains));
    }
  }

  @Test
  void secretsOfManyLettersInAndOutsideAsciiAreMaskedAsTheNaiveSearchMasksThem() {
    Random random = new Random(20261204L);
    for (int trial = 0; trial < 2000; trial++) {
      // Few letters, or enough that nodes get a direct table of their ASCII children as well.
      String letters = random.nextBoolean() ? "aé€ж" : "abcdefghijkl€ж";
      List<String> secrets = new ArrayList<>();
      int n = 1 + random.nextInt(random.nextBoolean() ? 8 : 60);
      for (int i = 0; i < n; i++) {
        secrets.add(word(random, letters, 1 + random.nextInt(5)));
      }
      String text = word(random, letters, random.nextInt(40));
      List<String> distinct = secrets.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();

      assertThat(SecretMatcher.of(distinct).mask(text, MASK)).as("text %s, secrets %s", text, distinct).isEqualTo(naive(text, distinct));
    }
  }

  @Test
  void withManySecretsDeeperNodesHaveCompleteTablesAndStillMaskAsTheNaiveSearch() {
    Random random = new Random(20261205L);
    for (int trial = 0; trial < 200; trial++) {
      // Hundreds of secrets over a dozen letters: the first two levels of the trie have a table each.
      String letters = "abcdefghijkl" + (random.nextBoolean() ? "ж" : "");
      List<String> secrets = new ArrayList<>();
      for (int i = 200 + random.nextInt(600); i > 0; i--) {
        secrets.add(word(random, letters, 2 + random.nextInt(5)));
      }
      String text = word(random, letters, random.nextInt(200));
      List<String> distinct = secrets.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();

      assertThat(SecretMatcher.of(distinct).mask(text, MASK)).as("text %s, secrets %s", text, distinct).isEqualTo(naive(text, distinct));
    }
  }

  @Test
  void theHeadOfAMaskedTextIsTheStartOfTheWholeMaskedText() {
    Random random = new Random(20261206L);
    for (int trial = 0; trial < 4000; trial++) {
      int alphabet = 2 + random.nextInt(4);
      List<String> secrets = new ArrayList<>();
      for (int i = 1 + random.nextInt(random.nextBoolean() ? 3 : 40); i > 0; i--) {
        secrets.add(word(random, alphabet, 1 + random.nextInt(random.nextBoolean() ? 4 : 30)));
      }
      String text = word(random, alphabet, random.nextInt(400));
      int limit = random.nextInt(80);
      String mask = random.nextBoolean() ? MASK : "(sensitive)";
      List<String> distinct = secrets.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
      SecretMatcher m = SecretMatcher.of(distinct);
      String whole = m.mask(text, mask);

      String head = m.maskHead(text, mask, limit);

      String why = "text %s, secrets %s, limit %d".formatted(text, distinct, limit);
      if (whole.length() <= limit) {
        assertThat(head).as(why).isEqualTo(whole);
      } else {
        assertThat(head.length()).as(why).isGreaterThan(limit);
        assertThat(head.substring(0, limit)).as(why).isEqualTo(whole.substring(0, limit));
        assertThat(whole).as(why).startsWith(head.substring(0, limit));
      }
    }
  }

  @Test
  void theStartOfASecretCutShortByAnEllipsisIsMaskedAsTheNaiveSearchMasksIt() {
    Random random = new Random(20261209L);
    for (int trial = 0; trial < 4000; trial++) {
      List<String> secrets = new ArrayList<>();
      for (int i = 1 + random.nextInt(random.nextBoolean() ? 3 : 30); i > 0; i--) {
        secrets.add(word(random, "abc", 1 + random.nextInt(14)));
      }
      String text = word(random, random.nextBoolean() ? "abc…" : "abcabcabcabc…", random.nextInt(80));
      List<String> distinct = secrets.stream().distinct().toList();
      SecretMatcher m = SecretMatcher.of(distinct);

      assertThat(m.mask(text, MASK)).as("text %s, secrets %s", text, distinct).isEqualTo(naive(text, distinct));
      assertThat(m.occursIn(text)).as("text %s, secrets %s", text, distinct).isEqualTo(!naive(text, distinct).equals(text));
    }
  }

  @Test
  void aValueCutForDisplayShowsNoStartOfASecret() {
    SecretMatcher m = SecretMatcher.of(List.of("Pm3-marked-in-the-other-plan-8842"));

    assertThat(m.mask("changes input (\"old\" → \"postgres://app:Pm3-marked-in-the-other-p…\")", "(sensitive)"))
        .isEqualTo("changes input (\"old\" → \"postgres://app:(sensitive)…\")");
    assertThat(m.mask("a value cut at Pm3-mar…, too short to say", "(sensitive)")).isEqualTo("a value cut at Pm3-mar…, too short to say");
    assertThat(m.mask("a value cut at Pm3-mark…", "(sensitive)")).isEqualTo("a value cut at (sensitive)…");
  }

  @Test
  void theHeadOfALongTextStopsEarly() {
    SecretMatcher m = SecretMatcher.of(List.of("hunter2-secret"));
    String text = "policy: hunter2-secret " + "x".repeat(100_000);

    String head = m.maskHead(text, "(sensitive)", 40);

    assertThat(head).startsWith("policy: (sensitive) xxx").hasSizeLessThan(200);
  }

  @Test
  void overlappingOccurrencesAreOneMaskAndTouchingOnesTwo() {
    SecretMatcher m = SecretMatcher.of(List.of("abcd", "cdef", "xy"));
    assertThat(m.mask("..abcdef..", MASK)).isEqualTo("..#..");
    assertThat(m.mask("abcdxy", MASK)).isEqualTo("##");
    assertThat(m.mask("nothing here", MASK)).isEqualTo("nothing here");
  }

  @Test
  void aSecretInsideALongerSecretIsCoveredByIt() {
    SecretMatcher m = SecretMatcher.of(List.of("password123", "word"));
    assertThat(m.mask("p=password123;w=word", MASK)).isEqualTo("p=#;w=#");
  }

  @Test
  void secretsInAnyOrderAndRepeatedBuildTheSameMatcher() {
    Random random = new Random(20261207L);
    for (int trial = 0; trial < 1000; trial++) {
      List<String> secrets = new ArrayList<>();
      for (int i = 1 + random.nextInt(30); i > 0; i--) {
        String s = word(random, "abcé", 1 + random.nextInt(5));
        secrets.add(s);
        if (random.nextInt(4) == 0) {
          secrets.add(s); // the same secret twice, or a prefix of another (small alphabet)
        }
      }
      java.util.Collections.shuffle(secrets, random);
      String text = word(random, "abcé", random.nextInt(50));

      assertThat(SecretMatcher.of(secrets).mask(text, MASK))
          .as("text %s, secrets %s", text, secrets)
          .isEqualTo(naive(text, secrets.stream().distinct().toList()));
    }
  }

  @Test
  void thousandsOfSecretsOverAFewLettersOutgrowTheTableBudgetAndStillMaskAsTheNaiveSearch() {
    Random random = new Random(20261208L);
    for (int trial = 0; trial < 20; trial++) {
      // Over six letters nearly every node of the first four levels has four children or more: far
      // more such nodes than tables are allowed, so most steps search children and follow failure links.
      List<String> secrets = new ArrayList<>();
      for (int i = 3000; i > 0; i--) {
        secrets.add(word(random, "abcdef", 4 + random.nextInt(4)));
      }
      List<String> distinct = secrets.stream().distinct().toList();
      SecretMatcher m = SecretMatcher.of(distinct);
      for (int t = 0; t < 20; t++) {
        String text = word(random, "abcdefg", random.nextInt(300));
        assertThat(m.mask(text, MASK)).as("text %s", text).isEqualTo(naive(text, distinct));
      }
    }
  }

  @Test
  void tenThousandDistinctSecretsAreMatchedInOnePass() {
    List<String> secrets = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      secrets.add("secret-" + Integer.toHexString(i * 7919 + 104729));
    }
    SecretMatcher m = SecretMatcher.of(secrets);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      text.append("value ").append(i).append(i % 100 == 0 ? " " + secrets.get(i) + " " : " ");
    }
    String masked = m.mask(text.toString(), MASK);
    assertThat(masked).doesNotContain("secret-");
    assertThat(masked.length()).isLessThan(text.length());
  }

  /**
   * The reference: every occurrence of every secret by indexOf, and before each ellipsis the start of
   * a secret of at least eight characters, merged into runs, masked.
   */
  private static String naive(String text, List<String> secrets) {
    List<int[]> occurrences = new ArrayList<>();
    for (String s : secrets) {
      for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
        occurrences.add(new int[] {i, i + s.length()});
      }
      for (int k = text.indexOf('…'); k >= 0; k = text.indexOf('…', k + 1)) {
        for (int len = Math.min(s.length(), k); len >= SecretMatcher.MIN_CUT_LENGTH; len--) {
          if (text.startsWith(s.substring(0, len), k - len)) {
            occurrences.add(new int[] {k - len, k});
            break;
          }
        }
      }
    }
    occurrences.sort(Comparator.comparingInt((int[] o) -> o[0]));
    List<int[]> runs = new ArrayList<>();
    for (int[] o : occurrences) {
      if (!runs.isEmpty() && runs.get(runs.size() - 1)[1] > o[0]) {
        runs.get(runs.size() - 1)[1] = Math.max(runs.get(runs.size() - 1)[1], o[1]);
      } else {
        runs.add(new int[] {o[0], o[1]});
      }
    }
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (int[] r : runs) {
      b.append(text, at, r[0]).append(MASK);
      at = r[1];
    }
    return b.append(text.substring(at)).toString();
  }

  private static String word(Random random, String letters, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(letters.charAt(random.nextInt(letters.length())));
    }
    return b.toString();
  }

  private static String word(Random random, int alphabet, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append((char) ('a' + random.nextInt(alphabet)));
    }
    return b.toString();
  }
}
