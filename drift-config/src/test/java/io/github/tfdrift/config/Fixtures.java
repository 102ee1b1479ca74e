package io.github.tfdrift.config;

import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.ResourceAddress;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The handwritten configurations of the tests, in src/test/resources/io/github/tfdrift/config/fixtures. */
final class Fixtures {

  private Fixtures() {}

  /** The directory of a fixture configuration. */
  static Path dir(String name) {
    try {
      return Path.of(Fixtures.class.getResource("fixtures/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A fixture configuration, read; fails the test when it does not read. */
  static Configuration read(String name) {
    return ConfigurationReader.read(dir(name)).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  static ResourceAddress address(String text) {
    return ResourceAddress.parse(text).getOrElseThrow(e -> new AssertionError(e.toString()));
  }

  static AttributePath path(String text) {
    return AttributePath.parse(text).getOrElseThrow(e -> new AssertionError(e.toString()));
  }
}
