package io.github.tfdrift.rules;

import java.util.List;
import java.util.Objects;

/**
 * A {@code moved {}} block suggested for a planned delete and a planned create that look like one
 * object renamed in the configuration (renamed resource, moved into or out of a module, {@code count}
 * turned into {@code for_each}): adding the block keeps the object instead of destroying it and creating
 * a new one. A suggestion only: the entries keep their DELETE and CREATE verdicts. {@code moved} blocks
 * need Terraform 1.1 or OpenTofu 1.0 and later.
 *
 * @param from the address of the object the plan destroys, in Terraform's syntax
 * @param to the address of the object the plan creates, in Terraform's syntax
 * @param attributes the attributes found equal in both (names only, never values), sorted
 * @param identity the members of the resource identity (Terraform 1.12+) found equal in the delete's
 *     {@code before_identity} and the create's {@code after_identity}, sorted; empty when the values
 *     alone suggest the pair. Equal identities are the strongest evidence: the same remote object.
 */
public record SuggestedMove(String from, String to, List<String> attributes, List<String> identity) {

  /** Validates and copies the parts. */
  public SuggestedMove {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    attributes = List.copyOf(attributes);
    identity = List.copyOf(identity);
  }

  /**
   * A suggestion from equal values alone, no identity.
   *
   * @param from the address of the object the plan destroys
   * @param to the address of the object the plan creates
   * @param attributes the attributes found equal in both (names only), sorted
   */
  public SuggestedMove(String from, String to, List<String> attributes) {
    this(from, to, attributes, List.of());
  }

  /** True when equal identities (not only equal values) suggest the pair. */
  public boolean byIdentity() {
    return !identity.isEmpty();
  }

  /**
   * The block to add to the configuration, formatted as {@code terraform fmt} writes it, ending in a
   * line break:
   *
   * <pre>
   * moved {
   *   from = terraform_data.old
   *   to   = module.m.terraform_data.new
   * }
   * </pre>
   *
   * @return the block
   */
  public String block() {
    return "moved {\n  from = " + from + "\n  to   = " + to + "\n}\n";
  }

  /**
   * The block on one line, for sentences: {@code moved { from = a.b to = c.d }}.
   *
   * @return the block on one line
   */
  public String inline() {
    return "moved { from = " + from + " to = " + to + " }";
  }

  /** The two addresses only. */
  @Override
  public String toString() {
    return "SuggestedMove[" + from + " → " + to + "]";
  }
}
