package io.github.tfdrift.fix;

import io.github.tfdrift.rules.policy.Glob;
import java.util.Objects;

/**
 * Which entries of the plan a procedure works on: those whose instance address matches a {@link
 * Glob} ({@code *} crosses dots and brackets, so {@code module.jellyfin.*} selects every instance of
 * that module).
 *
 * @param addresses the glob over instance addresses
 */
public record Selection(Glob addresses) {
  /** Validates the parts. */
  public Selection {
    Objects.requireNonNull(addresses, "addresses");
  }

  /** Every entry. */
  public static Selection all() {
    return new Selection(Glob.any());
  }

  /** The entries whose address matches the glob. */
  public static Selection of(Glob addresses) {
    return new Selection(addresses);
  }

  /** True when the entry with this address is selected. */
  public boolean selects(String address) {
    return addresses.matches(address);
  }
}
