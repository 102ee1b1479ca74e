package io.github.tfdrift.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of drift, from the build (resource {@code version.properties}). */
public final class Version {
  private Version() {}

  /** The version, e.g. {@code 0.1.0}, or {@code unknown} when the build did not record it. */
  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "");
      return v.isBlank() || v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
