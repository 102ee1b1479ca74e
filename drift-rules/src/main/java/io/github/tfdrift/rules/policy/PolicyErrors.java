package io.github.tfdrift.rules.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Every problem {@link PolicyReader} found in one policy file, in document order (by line, then
 * column), so that one run tells the author all that is wrong. Never empty.
 *
 * <p>At most {@link #LIMIT} problems are kept, the first ones in the file; {@link #omitted()} counts
 * the others, and {@link #lines()} ends with {@code FILE: … and N more problems} then. When reading
 * stopped at the first problem (a syntax error, an unreadable file), {@link #stoppedReading()} is
 * true: there is exactly one problem, and fixing it may reveal others.
 *
 * <pre>
 * PolicyReader.read(Path.of("drift.yaml"))
 *     .peekLeft(errors -&gt; errors.lines().forEach(System.err::println));
 * </pre>
 */
public final class PolicyErrors {
  /** The most problems kept; a file with more says how many were left out. */
  public static final int LIMIT = 50;

  private static final Comparator<PolicyError> DOCUMENT_ORDER =
      Comparator.comparingInt(PolicyError::line).thenComparingInt(PolicyError::column);

  private final List<PolicyError> errors;
  private final int omitted;
  private final boolean stoppedReading;

  private PolicyErrors(List<PolicyError> errors, int omitted, boolean stoppedReading) {
    this.errors = List.copyOf(errors);
    this.omitted = omitted;
    this.stoppedReading = stoppedReading;
  }

  /**
   * The problems of one file, sorted into document order (problems at the same position keep their
   * order) and cut to {@link #LIMIT}.
   *
   * @param errors the problems; not empty
   * @return the problems
   * @throws IllegalArgumentException when {@code errors} is empty
   */
  public static PolicyErrors of(List<PolicyError> errors) {
    Collector c = new Collector();
    errors.forEach(c::add);
    if (c.isEmpty()) {
      throw new IllegalArgumentException("no policy errors");
    }
    return c.result(false);
  }

  /**
   * The one problem that stopped reading a file: it could not be read, or is not valid YAML or JSON.
   *
   * @param error the problem
   * @return the problems, with {@link #stoppedReading()} true
   */
  public static PolicyErrors stopped(PolicyError error) {
    return new PolicyErrors(List.of(Objects.requireNonNull(error, "error")), 0, true);
  }

  /** The problems kept, in document order: at most {@link #LIMIT}, never empty. */
  public List<PolicyError> errors() {
    return errors;
  }

  /** The first problem in the file. */
  public PolicyError first() {
    return errors.get(0);
  }

  /** How many more problems were found than {@link #errors()} holds (0 under the limit). */
  public int omitted() {
    return omitted;
  }

  /** How many problems were found in all. */
  public int count() {
    return errors.size() + omitted;
  }

  /**
   * True when reading stopped at the first problem (an unreadable file, a YAML or JSON syntax error),
   * so the rest of the file was not checked.
   */
  public boolean stoppedReading() {
    return stoppedReading;
  }

  /** The file the problems are in, as named when it was read. */
  public String source() {
    return first().source();
  }

  /**
   * One line per problem ({@link PolicyError#describe()}), in document order, then {@code FILE: … and N
   * more problems} when some were left out.
   */
  public List<String> lines() {
    List<String> l = new ArrayList<>(errors.size() + 1);
    errors.forEach(e -> l.add(e.describe()));
    if (omitted > 0) {
      l.add(source() + ": … and " + omitted + " more problem" + (omitted == 1 ? "" : "s"));
    }
    return l;
  }

  /** {@link #lines()} joined with line breaks. */
  public String describe() {
    return String.join("\n", lines());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyErrors p
        && p.errors.equals(errors)
        && p.omitted == omitted
        && p.stoppedReading == stoppedReading;
  }

  @Override
  public int hashCode() {
    return Objects.hash(errors, omitted, stoppedReading);
  }

  @Override
  public String toString() {
    return describe();
  }

  /**
   * Collects problems in any order and keeps the first {@link #LIMIT} in document order, counting the
   * rest, so a file with a million problems costs no more than one with fifty.
   */
  static final class Collector {
    private record Item(PolicyError error, long seq) {}

    private static final Comparator<Item> ORDER =
        Comparator.comparing(Item::error, DOCUMENT_ORDER).thenComparingLong(Item::seq);

    private final List<Item> kept = new ArrayList<>();
    private long seq;
    private int dropped;

    /** Adds a problem. */
    void add(PolicyError e) {
      Item item = new Item(Objects.requireNonNull(e, "error"), seq++);
      if (kept.size() == LIMIT) {
        if (ORDER.compare(item, kept.get(LIMIT - 1)) > 0) {
          dropped++;
          return;
        }
        kept.remove(LIMIT - 1);
        dropped++;
      }
      int i = kept.size();
      while (i > 0 && ORDER.compare(kept.get(i - 1), item) > 0) {
        i--;
      }
      kept.add(i, item);
    }

    /** Adds a problem at a location. */
    void add(Location at, String message) {
      add(new PolicyError(at.source(), at.line(), at.column(), message));
    }

    /** True when no problem was added. */
    boolean isEmpty() {
      return kept.isEmpty();
    }

    /** The problems collected; not empty. */
    PolicyErrors result(boolean stoppedReading) {
      return new PolicyErrors(kept.stream().map(Item::error).toList(), dropped, stoppedReading);
    }
  }
}
