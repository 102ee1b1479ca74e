package io.github.tfdrift.core.vocabulary;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The known words of one open {@link Vocabulary}, each with its constant: what every vocabulary type
 * needs for {@code of(String)} and {@code isKnown()}.
 *
 * @param <T> the vocabulary type
 */
public final class KnownWords<T extends Vocabulary> {
  private final Map<String, T> constants;

  private KnownWords(Map<String, T> constants) {
    this.constants = constants;
  }

  /**
   * The words of the given constants.
   *
   * @throws IllegalStateException when two constants have the same word
   */
  @SafeVarargs
  public static <T extends Vocabulary> KnownWords<T> of(T... constants) {
    return new KnownWords<>(
        Arrays.stream(constants).collect(Collectors.toUnmodifiableMap(Vocabulary::text, c -> c)));
  }

  /** The constant for {@code text} when it is known, else {@code other} applied to it. */
  public T constant(String text, Function<String, T> other) {
    T known = constants.get(text);
    return known != null ? known : other.apply(text);
  }

  /** True when {@code text} is the word of one of the constants. */
  public boolean isKnown(String text) {
    return constants.containsKey(text);
  }
}
