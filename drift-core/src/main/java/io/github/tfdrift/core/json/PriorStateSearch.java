package io.github.tfdrift.core.json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Finds where a plan file's {@code prior_state} object probably starts, looking from the end of the
 * file: Terraform writes it after the changes and before the configuration, so it is found after a few
 * megabytes of the file's tail, not hundreds. A guess: the last {@code "prior_state"} member name in
 * the file's second half, followed by {@code :} and {@code {}; the caller uses it only when the plan's
 * own {@code prior_state} turns out to start at that byte.
 */
final class PriorStateSearch {
  private static final byte[] NAME = "\"prior_state\"".getBytes(StandardCharsets.US_ASCII);
  private static final int CHUNK = 1 << 20;
  private static final int OVERLAP = 256; // room after a name found near a chunk's end for ':' and '{'

  private PriorStateSearch() {}

  /**
   * The byte of the {@code '{'} that starts the last {@code "prior_state": {...}} member of the file's
   * second half, or -1 when there is none.
   *
   * @param ch the file
   * @param size its size
   * @return the byte, or -1
   * @throws IOException when the file cannot be read
   */
  static long lastStart(FileChannel ch, long size) throws IOException {
    long limit = size / 2;
    ByteBuffer buf = ByteBuffer.allocate(CHUNK + OVERLAP);
    byte[] a = buf.array();
    long end = size;
    while (end > limit) {
      long from = Math.max(limit, end - CHUNK);
      int n = (int) (Math.min(size, end + OVERLAP) - from);
      buf.clear().limit(n);
      while (buf.hasRemaining()) {
        if (ch.read(buf, from + buf.position()) < 0) {
          return -1; // shorter than it was: the main read says so
        }
      }
      for (int i = (int) (end - from) - 1; i >= 0; i--) {
        if (a[i] == '"' && named(a, i, n)) {
          int j = skipSpace(a, i + NAME.length, n);
          if (j < n && a[j] == ':') {
            j = skipSpace(a, j + 1, n);
            if (j < n && a[j] == '{') {
              return from + j;
            }
          }
        }
      }
      end = from;
    }
    return -1;
  }

  private static boolean named(byte[] a, int at, int n) {
    if (at + NAME.length > n) {
      return false;
    }
    for (int k = 1; k < NAME.length; k++) {
      if (a[at + k] != NAME[k]) {
        return false;
      }
    }
    return true;
  }

  private static int skipSpace(byte[] a, int at, int n) {
    while (at < n && (a[at] == ' ' || a[at] == '\t' || a[at] == '\n' || a[at] == '\r')) {
      at++;
    }
    return at;
  }
}
