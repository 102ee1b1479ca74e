package io.github.tfdrift.core.model;

import io.github.tfdrift.core.address.AttributePath;
import org.immutables.value.Value;

/** An entry of {@code relevant_attributes} (TF 1.2+): a resource attribute that contributed to the plan. */
@Value.Immutable
public interface RelevantAttribute extends HasExtras {

  /** {@code resource}: the instance address. */
  String resource();

  /** {@code attribute}. */
  AttributePath attribute();

  /** A builder. */
  static ImmutableRelevantAttribute.Builder builder() {
    return ImmutableRelevantAttribute.builder();
  }
}
