package io.github.tfdrift.fix.internal;

import io.github.tfdrift.fix.patch.FileEdit;
import io.github.tfdrift.fix.patch.UnifiedDiff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The replacements of character spans collected for each file, applied together: spans are given as
 * offsets into the original text, must not overlap, and after splicing the {@code =} alignment of the
 * changed lines is redone ({@link Alignment}).
 */
public final class Splices {
  /** One replacement of {@code [start, end)} of a file's original text. */
  public record Splice(int start, int end, String text) {}

  private final Map<String, Optional<String>> originals = new LinkedHashMap<>();
  private final Map<String, List<Splice>> splices = new LinkedHashMap<>();

  /** An empty collection. */
  public Splices() {}

  /**
   * Adds a replacement unless it overlaps one already added to the file.
   *
   * @param file the file, relative to the configuration directory
   * @param original the file's text; empty for a file to create
   * @param splice the replacement
   * @return false when it overlaps (nothing is added)
   */
  public boolean add(String file, Optional<String> original, Splice splice) {
    List<Splice> l = splices.computeIfAbsent(file, f -> new ArrayList<>());
    for (Splice s : l) {
      boolean insertion = splice.start() == splice.end() || s.start() == s.end();
      if (insertion ? (splice.start() > s.start() && splice.start() < s.end()) || (s.start() > splice.start() && s.start() < splice.end())
          : splice.start() < s.end() && s.start() < splice.end()) {
        return false;
      }
    }
    originals.putIfAbsent(file, original);
    l.add(splice);
    return true;
  }

  /** True when a replacement of exactly this span with this text is already there. */
  public boolean contains(String file, Splice splice) {
    return splices.getOrDefault(file, List.of()).contains(splice);
  }

  /** The replacement already added for exactly this span, if any. */
  public Optional<Splice> at(String file, int start, int end) {
    return splices.getOrDefault(file, List.of()).stream().filter(s -> s.start() == start && s.end() == end).findFirst();
  }

  /** The edits: each file's text with its replacements applied and its changed lines realigned. */
  public List<FileEdit> edits() {
    List<FileEdit> out = new ArrayList<>();
    for (Map.Entry<String, List<Splice>> e : splices.entrySet()) {
      Optional<String> original = originals.get(e.getKey());
      String text = original.orElse("");
      List<Splice> l = new ArrayList<>(e.getValue());
      l.sort(Comparator.comparingInt(Splice::start).thenComparingInt(Splice::end));
      StringBuilder b = new StringBuilder(text);
      for (int i = l.size() - 1; i >= 0; i--) {
        Splice s = l.get(i);
        b.replace(s.start(), s.end(), s.text());
      }
      String edited = Alignment.realign(b.toString(), UnifiedDiff.changedLines(text, b.toString()));
      out.add(original.isPresent() ? FileEdit.of(e.getKey(), text, edited) : FileEdit.create(e.getKey(), edited));
    }
    return out;
  }
}
