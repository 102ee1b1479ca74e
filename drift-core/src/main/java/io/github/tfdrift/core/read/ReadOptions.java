package io.github.tfdrift.core.read;

/**
 * Limits that keep hostile input from exhausting the JVM. The defaults accept every real plan (the
 * largest reach hundreds of MB) and reject a 1 GB string or a 10,000-deep nesting with a clear error.
 *
 * @param maxDocumentBytes largest document, in bytes (or characters for text input)
 * @param maxStringLength longest single string, in characters
 * @param maxNestingDepth deepest nesting of arrays and objects
 */
public record ReadOptions(long maxDocumentBytes, int maxStringLength, int maxNestingDepth) {
  /** Default largest document: 2 GiB. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 2L * 1024 * 1024 * 1024;
  /** Default longest string: 64 Mi characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 64 * 1024 * 1024;
  /** Default deepest nesting. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 512;

  /** Validates the limits. */
  public ReadOptions {
    if (maxDocumentBytes <= 0 || maxStringLength <= 0 || maxNestingDepth <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** The defaults. */
  public static ReadOptions defaults() {
    return new ReadOptions(
        DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NESTING_DEPTH);
  }

  /** A copy with another document limit. */
  public ReadOptions withMaxDocumentBytes(long n) {
    return new ReadOptions(n, maxStringLength, maxNestingDepth);
  }

  /** A copy with another string limit. */
  public ReadOptions withMaxStringLength(int n) {
    return new ReadOptions(maxDocumentBytes, n, maxNestingDepth);
  }

  /** A copy with another nesting limit. */
  public ReadOptions withMaxNestingDepth(int n) {
    return new ReadOptions(maxDocumentBytes, maxStringLength, n);
  }
}
