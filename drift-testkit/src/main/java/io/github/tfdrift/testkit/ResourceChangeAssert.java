package io.github.tfdrift.testkit;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.Mirrors;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link ResourceChange} (an entry of {@code resource_changes} or {@code
 * resource_drift}). Paths use Terraform's notation ({@code memory[0].dedicated}). Values at sensitive
 * paths are never shown in messages. Not final, with a public one-argument constructor, so soft
 * assertions can proxy it.
 */
public class ResourceChangeAssert extends AbstractAssert<ResourceChangeAssert, ResourceChange> {

  /** Assertions on {@code actual}. */
  public ResourceChangeAssert(ResourceChange actual) {
    super(actual, ResourceChangeAssert.class);
  }

  private static AttributePath path(String p) {
    return AttributePath.parse(p).getOrElseThrow(m -> new IllegalArgumentException("bad attribute path '" + p + "': " + m));
  }

  private String who() {
    return actual.id().toString();
  }

  /** The change is for {@code address}. */
  public ResourceChangeAssert hasAddress(String address) {
    isNotNull();
    if (!actual.address().equals(address)) {
      failWithMessage("Expecting a change for %s, but it is for %s", address, actual.address());
    }
    return myself;
  }

  /** The actions mean {@code kind}. */
  public ResourceChangeAssert hasKind(ChangeKind kind) {
    isNotNull();
    if (actual.kind() != kind) {
      failWithMessage("Expecting %s to be %s (%s), but its actions %s mean %s", who(), kind, kind.symbol().strip(), actual.change().actions(), actual.kind());
    }
    return myself;
  }

  /** The change destroys an object. */
  public ResourceChangeAssert isDestructive() {
    isNotNull();
    if (!actual.kind().isDestructive()) {
      failWithMessage("Expecting %s to destroy an object, but it is %s", who(), actual.kind());
    }
    return myself;
  }

  /** The change destroys nothing. */
  public ResourceChangeAssert isNotDestructive() {
    isNotNull();
    if (actual.kind().isDestructive()) {
      failWithMessage("Expecting %s to destroy nothing, but it is %s", who(), actual.kind());
    }
    return myself;
  }

  /** {@code action_reason} is {@code reason}. */
  public ResourceChangeAssert hasActionReason(ActionReason reason) {
    isNotNull();
    if (!actual.actionReason().equals(java.util.Optional.of(reason))) {
      failWithMessage("Expecting %s to be planned because %s (%s), but %s", who(), reason.describe(), reason.text(),
          actual.actionReason().map(r -> "its reason is " + r.text()).orElse("it has no action_reason"));
    }
    return myself;
  }

  /** {@code action_reason} is the given word. */
  public ResourceChangeAssert hasActionReason(String reason) {
    return hasActionReason(ActionReason.of(reason));
  }

  /** {@code replace_paths} contains {@code path}. */
  public ResourceChangeAssert hasReplacePath(String path) {
    isNotNull();
    AttributePath p = path(path);
    if (!actual.change().replacePaths().contains(p)) {
      failWithMessage("Expecting %s to be replaced because of %s, but its replace_paths are %s", who(), p.render(),
          actual.change().replacePaths().isEmpty() ? "empty" : actual.change().replacePaths().stream().map(AttributePath::render).collect(Collectors.joining(", ", "[", "]")));
    }
    return myself;
  }

  private boolean sensitive(AttributePath p) {
    return actual.change().beforeSensitiveMask().isMarked(p) || actual.change().afterSensitiveMask().isMarked(p);
  }

  /** The value at {@code path} is marked sensitive before or after the change. */
  public ResourceChangeAssert isSensitiveAt(String path) {
    isNotNull();
    if (!sensitive(path(path))) {
      failWithMessage("Expecting %s to be sensitive at %s, but neither before_sensitive nor after_sensitive marks it", who(), path);
    }
    return myself;
  }

  /** The value at {@code path} is not marked sensitive. */
  public ResourceChangeAssert isNotSensitiveAt(String path) {
    isNotNull();
    if (sensitive(path(path))) {
      failWithMessage("Expecting %s not to be sensitive at %s, but it is marked sensitive", who(), path);
    }
    return myself;
  }

  /** The value at {@code path} is known only after apply. */
  public ResourceChangeAssert isUnknownAt(String path) {
    isNotNull();
    if (!actual.change().afterUnknownMask().isMarked(path(path))) {
      failWithMessage("Expecting %s to be known only after apply at %s, but after_unknown does not mark it", who(), path);
    }
    return myself;
  }

  /** The value at {@code path} differs between before and after. */
  public ResourceChangeAssert changesAttribute(String path) {
    isNotNull();
    AttributePath p = path(path);
    if (Mirrors.at(actual.change().before(), p).equals(Mirrors.at(actual.change().after(), p))) {
      failWithMessage("Expecting %s to change %s, but before and after are the same there", who(), p.render());
    }
    return myself;
  }

  /** The value at {@code path} is the same before and after. */
  public ResourceChangeAssert doesNotChangeAttribute(String path) {
    isNotNull();
    AttributePath p = path(path);
    if (!Mirrors.at(actual.change().before(), p).equals(Mirrors.at(actual.change().after(), p))) {
      failWithMessage("Expecting %s to leave %s alone, but it changes it%s", who(), p.render(), sensitive(p) ? " (sensitive value)" : "");
    }
    return myself;
  }

  /**
   * The value at {@code path} changes from {@code from} to {@code to} (Java values as {@link
   * Json#of(Object)} converts them; numbers compare by value).
   */
  public ResourceChangeAssert changesAttribute(String path, Object from, Object to) {
    isNotNull();
    AttributePath p = path(path);
    JsonValue before = Mirrors.at(actual.change().before(), p);
    JsonValue after = Mirrors.at(actual.change().after(), p);
    if (!before.equals(Json.of(from)) || !after.equals(Json.of(to))) {
      if (sensitive(p)) {
        failWithMessage("Expecting %s to change %s from and to the given values, but it does not (the values are sensitive and not shown)", who(), p.render());
      } else {
        failWithMessage("Expecting %s to change %s from %s to %s, but it changes it from %s to %s", who(), p.render(),
            show(Json.of(from)), show(Json.of(to)), show(before), show(after));
      }
    }
    return myself;
  }

  private static String show(JsonValue v) {
    return v.isAbsent() ? "(absent)" : JsonValues.toJson(v);
  }

  /** The change also imports the object. */
  public ResourceChangeAssert isImporting() {
    isNotNull();
    if (actual.change().importing().isEmpty()) {
      failWithMessage("Expecting %s to be imported, but its change has no importing", who());
    }
    return myself;
  }

  /** The object was moved here from {@code previousAddress}. */
  public ResourceChangeAssert isMovedFrom(String previousAddress) {
    isNotNull();
    if (!actual.previousAddress().equals(java.util.Optional.of(previousAddress))) {
      failWithMessage("Expecting %s to have moved from %s, but %s", who(), previousAddress,
          actual.previousAddress().map(p -> "it moved from " + p).orElse("it has no previous_address"));
    }
    return myself;
  }

  /** The change is about a deposed object. */
  public ResourceChangeAssert isDeposed() {
    isNotNull();
    if (actual.deposed().isEmpty()) {
      failWithMessage("Expecting %s to be a deposed object, but it is the current object", who());
    }
    return myself;
  }
}
