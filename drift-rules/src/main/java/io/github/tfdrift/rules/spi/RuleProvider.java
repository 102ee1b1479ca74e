package io.github.tfdrift.rules.spi;

import java.util.List;

/**
 * A pack of rules, found with {@link java.util.ServiceLoader}: list the implementation in {@code
 * META-INF/services/io.github.tfdrift.rules.spi.RuleProvider}. The built-in rules come through the
 * same mechanism.
 */
public interface RuleProvider {
  /** The rules of this pack. */
  List<Rule> rules();
}
