package io.github.tfdrift.core.model;

import io.github.tfdrift.core.value.JsonValue;
import org.immutables.value.Value;

/**
 * A model object that keeps the JSON members it does not know, so they survive read → write. A known
 * member whose value is present but empty ({@code "resource_drift": []}) is kept here too, so it is
 * written back exactly; the typed accessor then reads as empty.
 */
public interface HasExtras {
  /** Members this version of the model does not know, in document order. */
  @Value.Default
  default JsonValue.Obj extras() {
    return JsonValue.Obj.EMPTY;
  }
}
