package io.github.tfdrift.rules.normalize;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.policy.Glob;
import io.github.tfdrift.rules.policy.NormalizerAttachment;
import io.github.tfdrift.rules.policy.PathPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The normalisers known to an engine and where they apply. Attached normalisers (by resource type
 * glob and {@link PathPattern}, which covers the path it names and everything below it) are tried
 * first; then the detecting defaults: the JSON normaliser for strings
 * that hold a JSON object or array, the SSH key normaliser for strings that hold OpenSSH public keys.
 * Immutable.
 */
public final class NormalizerRegistry {
  private static final NormalizerRegistry DEFAULTS = builder().build();

  private final Map<String, Normalizer> byId;
  private final List<Normalizer> detecting;
  private final List<Attached> attached;

  private record Attached(Glob type, PathPattern path, Normalizer normalizer) {}

  private NormalizerRegistry(Builder b) {
    this.byId = Map.copyOf(b.byId);
    this.detecting = List.copyOf(b.detecting);
    this.attached = List.copyOf(b.attached);
  }

  /** The built-in normalisers with default detection and no attachments. */
  public static NormalizerRegistry defaults() {
    return DEFAULTS;
  }

  /** A builder holding the built-in normalisers. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder with this registry's contents. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.byId.putAll(byId);
    b.detecting.clear();
    b.detecting.addAll(detecting);
    b.attached.addAll(attached);
    return b;
  }

  /** The normaliser with this id. */
  public Optional<Normalizer> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** True when there are attachments (path patterns to test). */
  public boolean hasAttachments() {
    return !attached.isEmpty();
  }

  /**
   * True when an attached normaliser applies to {@code path} (or a path above it) of resources of
   * {@code type}: values there may be equal under it although they differ as JSON.
   */
  public boolean isAttached(String type, AttributePath path) {
    if (attached.isEmpty()) {
      return false;
    }
    for (Attached a : attached) {
      if (a.type().matches(type) && a.path().covers(path)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when some detecting normaliser recognises {@code value} on its own (a JSON document or an
   * SSH key in a string): such a value may equal another that differs from it as JSON.
   */
  public boolean isDetected(JsonValue value) {
    for (Normalizer n : detecting) {
      if (safeDetects(n, value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The canonical form of a value that a detecting normaliser recognises on its own (a JSON document
   * or SSH keys in a string): the first detecting normaliser, in registration order, that both detects
   * and normalises {@code value}. Attachments are not consulted. Never throws.
   *
   * @param value any value
   * @return the normaliser and the canonical form, or empty when no detecting normaliser applies
   */
  public Optional<Detected> detectedForm(JsonValue value) {
    for (Normalizer n : detecting) {
      if (safeDetects(n, value)) {
        try {
          Optional<JsonValue> form = n.normalize(value);
          if (form.isPresent()) {
            return Optional.of(new Detected(n, form.get()));
          }
        } catch (RuntimeException e) {
          // a normaliser that fails does not apply
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A value's canonical form under the normaliser that detected it. {@code toString()} shows only
   * the value's shape ({@link JsonValue} never prints content).
   *
   * @param normalizer the normaliser that recognised the value
   * @param canonical the canonical form
   */
  public record Detected(Normalizer normalizer, JsonValue canonical) {
    /** Validates the parts. */
    public Detected {
      Objects.requireNonNull(normalizer, "normalizer");
      Objects.requireNonNull(canonical, "canonical");
    }
  }

  /**
   * The normaliser under which {@code before} and {@code after} are equal, if any: the values differ
   * only in formatting.
   */
  public Optional<Normalizer> equalUnder(String type, AttributePath path, JsonValue before, JsonValue after) {
    for (Attached a : attached) {
      if (a.type().matches(type) && a.path().covers(path) && equal(a.normalizer(), before, after)) {
        return Optional.of(a.normalizer());
      }
    }
    for (Normalizer n : detecting) {
      if (safeDetects(n, before) && safeDetects(n, after) && equal(n, before, after)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private static boolean safeDetects(Normalizer n, JsonValue v) {
    try {
      return n.detects(v);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean equal(Normalizer n, JsonValue a, JsonValue b) {
    try {
      Optional<JsonValue> na = n.normalize(a);
      if (na.isEmpty()) {
        return false;
      }
      Optional<JsonValue> nb = n.normalize(b);
      return nb.isPresent() && na.get().equals(nb.get());
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Builds a {@link NormalizerRegistry}. */
  public static final class Builder {
    private final Map<String, Normalizer> byId = new LinkedHashMap<>();
    private final List<Normalizer> detecting = new ArrayList<>();
    private final List<Attached> attached = new ArrayList<>();

    private Builder() {
      byId.put(JsonDocumentNormalizer.ID, JsonDocumentNormalizer.instance());
      byId.put(SshPublicKeyNormalizer.ID, SshPublicKeyNormalizer.instance());
      detecting.add(SshPublicKeyNormalizer.instance());
      detecting.add(JsonDocumentNormalizer.instance());
    }

    /**
     * Registers a normaliser by id (replacing one with the same id); if it {@linkplain
     * Normalizer#detects detects} values it also applies by default.
     */
    public Builder register(Normalizer n) {
      Objects.requireNonNull(n, "n");
      Normalizer old = byId.put(n.id(), n);
      if (old != null) {
        detecting.remove(old);
      }
      detecting.add(n);
      return this;
    }

    /** Attaches a normaliser to a resource type glob and an attribute path pattern. */
    public Builder attach(Glob type, PathPattern path, Normalizer n) {
      byId.putIfAbsent(n.id(), n);
      attached.add(new Attached(type, path, n));
      return this;
    }

    /** Attaches the normalisers named by policy attachments; unknown ids are skipped. */
    public Builder attachAll(List<NormalizerAttachment> attachments) {
      for (NormalizerAttachment a : attachments) {
        Normalizer n = byId.get(a.kind());
        if (n != null) {
          attached.add(new Attached(a.type(), a.path(), n));
        }
      }
      return this;
    }

    /** The registry. */
    public NormalizerRegistry build() {
      return new NormalizerRegistry(this);
    }
  }
}
