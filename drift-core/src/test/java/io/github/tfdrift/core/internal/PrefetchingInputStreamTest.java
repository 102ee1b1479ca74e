package io.github.tfdrift.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A large plan is read ahead on a thread of its own: the bytes read are the source's, in order,
 * whatever the sizes asked for; the source's failure arrives after the bytes before it, as the source
 * threw it; closing early stops the thread and closes the source.
 */
class PrefetchingInputStreamTest {
  private static final int CHUNK = PrefetchingInputStream.MIN_CHUNK;

  /** A source that returns at most {@code most} bytes a read, as a pipe or a socket may. */
  private static InputStream trickling(byte[] bytes, int most) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, most));
      }
    };
  }

  /** Reads to the end, one byte or a random number of bytes at a time. */
  private static byte[] readAll(InputStream in, Random random) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[3 * CHUNK];
    while (true) {
      if (random.nextInt(10) == 0) {
        int b = in.read();
        if (b < 0) {
          return out.toByteArray();
        }
        out.write(b);
        continue;
      }
      int off = random.nextInt(16);
      int n = in.read(buf, off, 1 + random.nextInt(random.nextBoolean() ? 64 : 2 * CHUNK));
      if (n < 0) {
        return out.toByteArray();
      }
      out.write(buf, off, n);
    }
  }

  @Test
  void theBytesReadAreTheSourcesInOrderWhateverTheSizesAskedFor() throws IOException {
    Random random = new Random(3);
    for (int size : new int[] {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 7 * CHUNK / 2, 9 * CHUNK + 5}) {
      byte[] bytes = new byte[size];
      random.nextBytes(bytes);
      for (int most : new int[] {1 << 30, 4093}) {
        try (InputStream in = PrefetchingInputStream.of(trickling(bytes, most), CHUNK)) {
          assertThat(readAll(in, random)).as("%d bytes, %d a read", size, most).isEqualTo(bytes);
          assertThat(in.read()).isEqualTo(-1);
          assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
        }
      }
    }
  }

  @Test
  void theSourcesFailureComesAfterTheBytesBeforeIt() throws IOException {
    byte[] bytes = new byte[5 * CHUNK / 2];
    new Random(5).nextBytes(bytes);
    IOException failure = new IOException("disk gone");
    InputStream failing =
        new FilterInputStream(new ByteArrayInputStream(bytes)) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
              throw failure;
            }
            return n;
          }
        };
    try (InputStream in = PrefetchingInputStream.of(failing, CHUNK)) {
      byte[] got = new byte[bytes.length];
      int n = 0;
      while (n < got.length) {
        n += in.read(got, n, got.length - n);
      }
      assertThat(got).isEqualTo(bytes);
      assertThatThrownBy(in::read).isSameAs(failure);
      assertThat(in.read()).as("after the failure: the end").isEqualTo(-1);
    }
  }

  @Test
  @Timeout(10)
  void anUncheckedFailureOfTheSourceReachesTheReaderInsteadOfHangingIt() throws IOException {
    IllegalStateException failure = new IllegalStateException("broken source");
    InputStream broken =
        new InputStream() {
          @Override
          public int read() {
            throw failure;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            throw failure;
          }
        };
    try (InputStream in = PrefetchingInputStream.of(broken, CHUNK)) {
      assertThatThrownBy(in::read).isSameAs(failure);
    }
  }

  @Test
  void chunksAreFourMegabytesOrASixtyFourthOfTheHeap() {
    assertThat(PrefetchingInputStream.chunkFor(512L << 20)).isEqualTo(4 << 20);
    assertThat(PrefetchingInputStream.chunkFor(64L << 20)).isEqualTo(1 << 20);
    assertThat(PrefetchingInputStream.chunkFor(8L << 20)).isEqualTo(256 << 10);
  }

  @Test
  void closingBeforeTheEndStopsTheThreadAndClosesTheSource() throws Exception {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'x';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
          }

          @Override
          public void close() {
            closed.set(true);
          }
        };
    InputStream in = PrefetchingInputStream.of(endless);
    assertThat(in.read()).isEqualTo('x');
    in.close();
    assertThat(closed).isTrue();
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("tfdrift-prefetch") && t.isAlive());
  }
}
