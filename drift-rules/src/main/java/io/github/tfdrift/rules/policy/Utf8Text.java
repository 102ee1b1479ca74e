package io.github.tfdrift.rules.policy;

import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes as UTF-8, or says in a sentence why they are not UTF-8 text: the byte-order
 * mark of another encoding, or the offset of the first invalid byte.
 */
final class Utf8Text {
  private Utf8Text() {}

  /**
   * The text, or what is wrong: {@code not a text file (invalid UTF-8 at byte 17)}, {@code UTF-16
   * text (byte-order mark); drift reads UTF-8}.
   */
  static Either<String, String> decode(byte[] bytes) {
    String other = otherEncoding(bytes);
    if (other != null) {
      return Either.left(other + " text (byte-order mark); drift reads UTF-8");
    }
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      return Either.left("not a text file (invalid UTF-8 at byte " + in.position() + ")");
    }
    out.flip();
    String s = out.toString();
    return Either.right(s.startsWith("\uFEFF") ? s.substring(1) : s);
  }

  /** The encoding a byte-order mark other than UTF-8's names, or null. */
  private static String otherEncoding(byte[] b) {
    if (starts(b, 0x00, 0x00, 0xFE, 0xFF) || starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return "UTF-32";
    }
    if (starts(b, 0xFE, 0xFF) || starts(b, 0xFF, 0xFE)) {
      return "UTF-16";
    }
    return null;
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
