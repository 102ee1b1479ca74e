package io.github.tfdrift.core.model;

import java.util.Objects;

/**
 * Something in a plan that is inconsistent but readable, and how tfdrift resolves it: for example a
 * resource change whose {@code name} or {@code index} disagrees with its {@code address} (a plan
 * edited by hand). Reading never fails for these; the plan is kept as written, and the warning says
 * which field tfdrift goes by.
 *
 * <p>Messages quote addresses and field values from the plan, which can hold secrets (an instance
 * key can be a secret): redact them before printing, as for any plan text.
 *
 * @param location where in the document, e.g. {@code resource_changes[3]}
 * @param message one sentence: what disagrees and which field wins
 */
public record PlanWarning(String location, String message) {
  /** Validates the parts. */
  public PlanWarning {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /** A warning at a location. */
  public static PlanWarning of(String location, String message) {
    return new PlanWarning(location, message);
  }

  /**
   * The warnings of one entry whose fields disagree with its address ({@link
   * ResourceChange#addressDisagreements()}), located at {@code field[index]} ({@code
   * deferred_changes[index].resource_change} for a deferred change).
   *
   * @param field {@code resource_changes}, {@code resource_drift} or {@code deferred_changes}
   * @param index the entry's position in that list
   * @param rc the entry
   * @return one warning per disagreement, none for an entry Terraform wrote
   */
  public static java.util.List<PlanWarning> ofEntry(String field, int index, ResourceChange rc) {
    java.util.List<String> disagreements = rc.addressDisagreements();
    if (disagreements.isEmpty()) {
      return java.util.List.of();
    }
    String location = field + "[" + index + "]" + (field.equals("deferred_changes") ? ".resource_change" : "");
    java.util.List<PlanWarning> out = new java.util.ArrayList<>(disagreements.size());
    for (String m : disagreements) {
      out.add(of(location, m));
    }
    return out;
  }

  /** {@code location: message}, one line. */
  public String describe() {
    return location + ": " + message;
  }
}
