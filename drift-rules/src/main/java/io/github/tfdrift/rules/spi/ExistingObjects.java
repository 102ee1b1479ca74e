package io.github.tfdrift.rules.spi;

import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.core.model.Producer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link ExistingObject}s known for one plan, by address, and the tool whose run reported them:
 * evidence the engine receives besides the plan ({@link io.github.tfdrift.rules.engine.DriftEngine#classify(
 * io.github.tfdrift.core.model.Plan, String, ExistingObjects)}) and gives the rules in the {@link
 * PlanContext}. drift-imports builds it from a failed apply's log ({@code ImportPlan.existingObjects()}).
 * Immutable.
 */
public final class ExistingObjects {
  private static final ExistingObjects NONE = new ExistingObjects(Map.of(), Producer.Tool.UNKNOWN);

  private final Map<String, ExistingObject> byAddress;
  private final Producer.Tool tool;

  private ExistingObjects(Map<String, ExistingObject> byAddress, Producer.Tool tool) {
    this.byAddress = byAddress;
    this.tool = tool;
  }

  /** No evidence: what the engine uses when given none. */
  public static ExistingObjects none() {
    return NONE;
  }

  /**
   * The given objects, reported by a run of {@code tool}. When two have the same address, the first is kept.
   *
   * @param objects the objects, in any order
   * @param tool the tool whose run reported them ({@link Producer.Tool#UNKNOWN} when it cannot be told);
   *     import commands use the plan's tool, and this one when the plan's cannot be told
   * @return the evidence
   */
  public static ExistingObjects of(Collection<ExistingObject> objects, Producer.Tool tool) {
    Objects.requireNonNull(tool, "tool");
    Map<String, ExistingObject> m = new LinkedHashMap<>();
    for (ExistingObject o : objects) {
      m.putIfAbsent(Objects.requireNonNull(o, "object").address(), o);
    }
    return m.isEmpty() && tool == Producer.Tool.UNKNOWN ? NONE : new ExistingObjects(m, tool);
  }

  /** The given objects, reported by a tool that cannot be told. */
  public static ExistingObjects of(Collection<ExistingObject> objects) {
    return of(objects, Producer.Tool.UNKNOWN);
  }

  /** The object at an address (in Terraform's notation; normalised like {@link ExistingObject#address()}). */
  public Optional<ExistingObject> find(String address) {
    if (byAddress.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byAddress.get(ExistingObject.normalize(address)));
  }

  /** Every object, in the order given. */
  public List<ExistingObject> all() {
    return new ArrayList<>(byAddress.values());
  }

  /** True when there is no object. */
  public boolean isEmpty() {
    return byAddress.isEmpty();
  }

  /** How many objects. */
  public int size() {
    return byAddress.size();
  }

  /** The tool whose run reported the objects. */
  public Producer.Tool tool() {
    return tool;
  }

  /** Counts only. */
  @Override
  public String toString() {
    return "ExistingObjects[" + byAddress.size() + ", " + tool + "]";
  }
}
