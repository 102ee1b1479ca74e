package io.github.tfdrift.report;

import io.github.tfdrift.core.json.PlanOutline;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.report.internal.Runbook;
import io.github.tfdrift.report.text.SafeText;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.EntrySink;
import io.github.tfdrift.rules.Verdict;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * One plan's entries written as they are decided ({@link EntrySink}), for a plan too large to keep
 * its entries until the report is written: each entry is rendered on the thread that decided it, as
 * the report shows it (masked with every secret of the plan: nothing sensitive reaches the disk), and
 * appended to a temporary file readable by its owner only. Kept per entry: its id and place in the
 * report's order (address order in JSON; in text, most severe first, and NO_CHANGE entries, which the
 * text report does not show, not written), where its text is, and its cause ({@link DriftCause}). Add the plan to a
 * report with {@link RunReport.Builder#addPlan(AnalyzedPlan, EntrySpool, java.util.function.Supplier)}:
 * the writer of the spool's format copies the texts in place; any other writer, and a report whose
 * other plans hold secrets this one does not (a text rendered without them could show one), reads the
 * plan again instead. The file is deleted by {@link #close()}, when the spool is no longer reachable,
 * or when the JVM exits. Spools exist for {@link ReportFormat#JSON} and {@link ReportFormat#TEXT}.
 */
public final class EntrySpool implements EntrySink<EntrySpool.Rendered>, AutoCloseable {
  private static final Cleaner CLEANER = Cleaner.create(r -> {
    Thread t = new Thread(r, "tfdrift-spool-cleaner");
    t.setDaemon(true);
    return t;
  });

  /** An entry rendered on the thread that decided it, waiting to be kept. */
  public static final class Rendered {
    private final InstanceId id;
    private final byte[] text;
    private final DriftCause.Tally.Key cause;
    private final String address;
    private final int rank;
    private final boolean shown;

    private Rendered(InstanceId id, byte[] text, DriftCause.Tally.Key cause, String address, int rank, boolean shown) {
      this.id = id;
      this.text = text;
      this.cause = cause;
      this.address = address;
      this.rank = rank;
      this.shown = shown;
    }

    @Override
    public String toString() {
      return "Rendered{" + text.length + " bytes}";
    }
  }

  /**
   * Where one kept entry's text is (none when the format does not show it), its rank in the report
   * (before its id: smaller first), and what the run's causes need of it.
   */
  private record Kept(InstanceId id, int rank, boolean shown, long offset, int length, DriftCause.Tally.Key cause, String address) {}

  private static final Comparator<Kept> BY_ADDRESS = (a, b) -> a.id().compareTo(b.id());
  private static final Comparator<Kept> IN_REPORT = Comparator.comparingInt(Kept::rank).thenComparing(BY_ADDRESS);

  /** The file and its stream: what the cleaner closes and deletes. */
  private static final class Spill implements Runnable {
    private Path file;
    private OutputStream out;

    @Override
    public void run() {
      try {
        if (out != null) {
          out.close();
        }
      } catch (IOException e) {
        // deleted below all the same
      }
      try {
        if (file != null) {
          Files.deleteIfExists(file);
        }
      } catch (IOException e) {
        // deleted on exit
      }
      out = null;
      file = null;
    }
  }

  private final ReportFormat format;
  private final Spill spill = new Spill();
  private final Cleaner.Cleanable cleanable;
  private final List<Kept> kept = new ArrayList<>();
  private final Map<DriftCause.Tally.Key, DriftCause.Tally.Key> causes = new HashMap<>();
  private volatile SafeText safe;
  private volatile Runbook book;
  private volatile boolean failed;
  private Secrets secrets;
  private long written;

  private EntrySpool(ReportFormat format) {
    this.format = format;
    this.cleanable = CLEANER.register(this, spill);
  }

  /**
   * A spool for reports in {@code format}, if that format can be written entry by entry as it is
   * decided (the JSON and text reports can; the others keep their entries).
   *
   * @param format the format the report will be written in
   * @return the spool, or empty for a format without one
   */
  public static Optional<EntrySpool> of(ReportFormat format) {
    return format == ReportFormat.JSON || format == ReportFormat.TEXT ? Optional.of(new EntrySpool(format)) : Optional.empty();
  }

  /** The format the entries are written in. */
  public ReportFormat format() {
    return format;
  }

  @Override
  public void start(PlanOutline outline) {
    this.secrets = Objects.requireNonNull(outline, "outline").secrets();
    this.safe = SafeText.of(secrets);
    this.book = new Runbook(outline.plan(), outline.producer());
    kept.clear();
    causes.clear();
    written = 0;
    if (failed) {
      return;
    }
    try {
      spill.run();
      spill.file = temporaryFile();
      spill.out = new BufferedOutputStream(Files.newOutputStream(spill.file, StandardOpenOption.WRITE), 1 << 16);
    } catch (IOException | RuntimeException e) {
      fail();
    }
  }

  private static Path temporaryFile() throws IOException {
    Path file =
        FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
            ? Files.createTempFile("tfdrift-entries-", ".part", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile("tfdrift-entries-", ".part");
    file.toFile().deleteOnExit();
    return file;
  }

  @Override
  public Rendered prepare(ClassifiedEntry entry) {
    SafeText s = safe;
    if (s == null) {
      throw new IllegalStateException("prepare before start");
    }
    boolean shown = format == ReportFormat.JSON || entry.verdict() != Verdict.NO_CHANGE;
    byte[] text = new byte[0];
    if (shown && !failed) {
      try {
        String t = format == ReportFormat.JSON ? JsonReportWriter.change(entry, s) : TextReportWriter.entry(entry, s, book);
        text = t.getBytes(StandardCharsets.UTF_8);
      } catch (IOException | RuntimeException e) {
        failed = true;
      }
    }
    return new Rendered(entry.id(), text, DriftCause.Tally.key(entry), entry.address(), rank(entry), shown);
  }

  /** The entry's place in the report before its address: 0 in JSON; in text, most severe first. */
  private int rank(ClassifiedEntry e) {
    return format == ReportFormat.JSON ? 0 : -(e.decision().exitCode() * (Verdict.values().length + 1) + e.verdict().rank());
  }

  @Override
  public void keep(Rendered r) {
    DriftCause.Tally.Key cause = r.cause == null ? null : causes.computeIfAbsent(r.cause, k -> k);
    kept.add(new Kept(r.id, r.rank, r.shown, written, r.text.length, cause, r.address));
    if (!r.shown || failed || spill.out == null) {
      return;
    }
    try {
      spill.out.write(r.text);
      written += r.text.length;
    } catch (IOException e) {
      fail();
    }
  }

  private void fail() {
    failed = true;
    spill.run();
  }

  /** The file the entries are written to, flushed, while the spool holds one (for tests). */
  Optional<Path> file() {
    if (failed || spill.file == null) {
      return Optional.empty();
    }
    try {
      spill.out.flush();
    } catch (IOException e) {
      fail();
      return Optional.empty();
    }
    return Optional.of(spill.file);
  }

  /**
   * True when every kept entry is on disk and the texts can stand in the report of a run whose
   * secrets are {@code runSecrets}: those the entries were masked with.
   */
  boolean usableWith(Secrets runSecrets) {
    return !failed && spill.file != null && secrets != null && secrets.equals(runSecrets);
  }

  /** The kept entries in {@code order}; stable: equal ones stay in the order they were kept. */
  private List<Kept> sorted(Comparator<Kept> order) {
    List<Kept> l = new ArrayList<>(kept);
    l.sort(order);
    return l;
  }

  /** Hands each kept entry's cause (null for none) and address to {@code to}, in address order. */
  void causes(BiConsumer<DriftCause.Tally.Key, String> to) {
    for (Kept k : sorted(BY_ADDRESS)) {
      to.accept(k.cause(), k.address());
    }
  }

  /** Receives each entry's text. */
  @FunctionalInterface
  interface Texts {
    void write(String text) throws IOException;
  }

  /** Reads the texts of the kept entries the format shows back, in the report's order. */
  void copyTo(Texts to) throws IOException {
    if (!usableWith(secrets)) {
      throw new IOException("the entries could not be kept");
    }
    spill.out.flush();
    try (FileChannel in = FileChannel.open(spill.file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(1 << 14);
      for (Kept k : sorted(IN_REPORT)) {
        if (!k.shown()) {
          continue;
        }
        if (buf.capacity() < k.length()) {
          buf = ByteBuffer.allocate(Math.max(k.length(), buf.capacity() * 2));
        }
        buf.clear().limit(k.length());
        long at = k.offset();
        while (buf.hasRemaining()) {
          int n = in.read(buf, at);
          if (n < 0) {
            throw new IOException("the entries' file ends early");
          }
          at += n;
        }
        to.write(new String(buf.array(), 0, k.length(), StandardCharsets.UTF_8));
      }
    }
  }

  /** Deletes the file; the spool can no longer stand in a report. */
  @Override
  public void close() {
    failed = true;
    cleanable.clean();
  }

  @Override
  public String toString() {
    return "EntrySpool{" + format.id() + ", " + kept.size() + " entries" + (failed ? ", failed" : "") + "}";
  }
}
