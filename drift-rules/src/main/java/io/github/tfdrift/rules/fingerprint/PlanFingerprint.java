package io.github.tfdrift.rules.fingerprint;

import io.github.tfdrift.core.model.Plan;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stable SHA-256 digest of what a plan will do, for checking that the plan applied makes the same
 * changes as the plan approved. Two plans have the same fingerprint when they make the same changes,
 * however their JSON is formatted and whatever else they record.
 *
 * <pre>{@code
 * PlanFingerprint approved = PlanFingerprint.of(approvedPlan);
 * PlanFingerprint applied = PlanFingerprint.of(appliedPlan);
 * approved.equals(applied);   // same changes
 * approved.hex();             // 64 lower-case hex digits
 * }</pre>
 *
 * <p><b>Included</b>, for every entry of {@code resource_changes} whose actions are not {@code
 * ["no-op"]} (and for no-op entries that move an object, {@code previous_address} differing from
 * {@code address}, or import one, {@code importing} present), and for every entry of {@code
 * output_changes} whose actions are not {@code ["no-op"]}, sorted by address and deposed key:
 *
 * <ul>
 *   <li>whether it is a resource or an output change, its {@code address} ({@code output.NAME} for
 *       outputs) and {@code deposed} key;
 *   <li>{@code previous_address} when it differs from {@code address};
 *   <li>{@code actions}, in their order, and {@code action_reason};
 *   <li>{@code replace_paths} (as paths, sorted);
 *   <li>{@code importing.id} and {@code importing.unknown};
 *   <li>{@code after} merged with {@code after_unknown}: a value marked unknown counts as "known after
 *       apply" whatever {@code after} holds there. Values are canonical: object members by key (their
 *       order does not count) and {@code null} members left out (Terraform writes unset attributes as
 *       {@code null}); numbers by value ({@code 1} equals {@code 1.0} and {@code 1e0}); arrays in order
 *       (Terraform writes sets in a stable order); strings that hold a JSON object or array, and
 *       strings (or lists of strings) that hold OpenSSH public keys, by their canonical form under
 *       drift-rules' default normalisers ({@link io.github.tfdrift.rules.normalize.NormalizerRegistry
 *       #defaults()}), so re-formatting a policy document or a key's comment does not count;
 *   <li>the planned identity ({@code after_identity}, Terraform 1.12+) and {@code importing.identity},
 *       canonical as {@code after}, when the plan has them;
 *   <li>for an action invocation: its {@code address}, its trigger (the invoke trigger and its {@code
 *       calling_resource_address}, or the lifecycle trigger's resource, event, block and list index
 *       and {@code on_failure}), whether it is deferred and why, and {@code config_values} merged
 *       with {@code config_unknown} as above.
 * </ul>
 *
 * <p><b>Excluded</b>: {@code format_version}, {@code terraform_version} (all of it, not only the
 * patch), {@code timestamp}, whitespace and key order of the file, {@code before} (the plan's end state
 * counts, not the state it starts from), the {@code *_sensitive} marks (sensitive values count, their
 * marks do not), {@code variables}, {@code planned_values} (a copy of {@code after}), {@code
 * prior_state}, {@code configuration}, {@code resource_drift}, {@code relevant_attributes}, {@code
 * checks}, {@code deferred_changes}, {@code generated_config}, the {@code config_sensitive} marks, {@code
 * before_identity} and the identities of {@code prior_state} and {@code planned_values}, {@code applyable}/{@code complete}/{@code errored}, policy attachments of normalisers,
 * and any field the model does not know.
 *
 * <p>Sensitive values: they enter only the SHA-256 over the whole, so neither the digest nor {@link
 * #toString()} shows them. Like any digest of a plan, it lets someone who knows everything else about
 * the plan test guesses of a weak secret; treat fingerprints of plans with weak secrets as you would a
 * password hash.
 *
 * <p>The digest covers a versioned encoding ({@link #VERSION}); a new version may give other digests
 * for the same plan. Action invocations were added to version 1 without a bump: a plan without any
 * keeps its digest, and a plan with some, which earlier releases hashed as if it had none, now has
 * another digest, so an approval made before cannot pass for a plan that invokes actions. Planned
 * identities joined version 1 the same way: a plan without {@code after_identity} and {@code
 * importing.identity} keeps its digest; one with them (Terraform 1.12+ with a provider that defines
 * identities) has another digest than earlier releases gave it. Immutable; equal when the digests are equal (the counts follow from the digest's
 * input).
 *
 * @param hex the digest as 64 lower-case hexadecimal digits
 * @param resourceChanges the number of resource changes the digest covers (those that do something)
 * @param outputChanges the number of output changes the digest covers (those that do something)
 * @param actionInvocations the number of action invocations the digest covers (planned and deferred)
 */
public record PlanFingerprint(String hex, int resourceChanges, int outputChanges, int actionInvocations) {
  /** The version of the canonical encoding the digest covers. */
  public static final int VERSION = 1;
  /** The digest algorithm: {@code SHA-256}. */
  public static final String ALGORITHM = "SHA-256";

  private static final String HEADER = "tfdrift-plan-fingerprint";

  /** Validates the parts: a SHA-256 digest in lower-case hexadecimal and counts that are not negative. */
  public PlanFingerprint {
    if (!hex.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 digest in lower-case hexadecimal");
    }
    if (resourceChanges < 0 || outputChanges < 0 || actionInvocations < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  /**
   * The fingerprint of a plan.
   *
   * @param plan the plan
   * @return its fingerprint
   */
  public static PlanFingerprint of(Plan plan) {
    return of(CanonicalEntry.of(plan));
  }

  static PlanFingerprint of(List<CanonicalEntry> entries) {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance(ALGORITHM);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    Encoder enc = new Encoder(md);
    enc.text(HEADER);
    enc.number(VERSION);
    enc.number(entries.size());
    int resources = 0;
    int outputs = 0;
    int actions = 0;
    for (CanonicalEntry e : entries) {
      if (e.source == CanonicalEntry.Source.ACTION) {
        actions++;
        enc.text(e.source.word);
        enc.text(e.id.address());
        enc.optional(e.trigger);
        enc.texts(e.actions);
        enc.optional(e.actionReason);
        enc.node(e.planned);
        continue;
      }
      if (e.source == CanonicalEntry.Source.RESOURCE) {
        resources++;
      } else {
        outputs++;
      }
      enc.text(e.source.word);
      enc.text(e.id.address());
      enc.optional(e.id.deposed());
      enc.optional(e.previousAddress);
      enc.texts(e.actions);
      enc.optional(e.actionReason);
      enc.texts(e.replacePaths);
      enc.optional(e.importId);
      enc.optional(e.importUnknown.map(String::valueOf));
      enc.node(e.planned);
      enc.tagged('I', e.identity);
      enc.tagged('J', e.importIdentity);
    }
    return new PlanFingerprint(HexFormat.of().formatHex(md.digest()), resources, outputs, actions);
  }

  /** The digest as 64 lower-case hexadecimal digits. */
  public String hex() {
    return hex;
  }

  /** The number of resource changes the digest covers (those that do something). */
  public int resourceChanges() {
    return resourceChanges;
  }

  /** The number of output changes the digest covers (those that do something). */
  public int outputChanges() {
    return outputChanges;
  }

  /** The number of action invocations the digest covers, planned and deferred. */
  public int actionInvocations() {
    return actionInvocations;
  }

  /**
   * {@code sha256:HEX (N resource changes, M output changes)}, with {@code , K action invocations}
   * when the plan has any; never a value of the plan.
   */
  @Override
  public String toString() {
    return "sha256:" + hex + " (" + resourceChanges + " resource " + (resourceChanges == 1 ? "change" : "changes") + ", "
        + outputChanges + " output " + (outputChanges == 1 ? "change" : "changes")
        + (actionInvocations == 0 ? "" : ", " + actionInvocations + " action " + (actionInvocations == 1 ? "invocation" : "invocations")) + ")";
  }

  /**
   * Feeds an unambiguous encoding to the digest: every item starts with a tag byte, and texts and
   * collections carry their length, so no two different inputs give the same bytes.
   */
  private static final class Encoder {
    private final MessageDigest md;

    Encoder(MessageDigest md) {
      this.md = md;
    }

    void number(long n) {
      md.update((byte) 'i');
      for (int i = 7; i >= 0; i--) {
        md.update((byte) (n >>> (8 * i)));
      }
    }

    void text(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      md.update((byte) 't');
      number(b.length);
      md.update(b);
    }

    void optional(Optional<String> s) {
      if (s.isPresent()) {
        md.update((byte) '+');
        text(s.get());
      } else {
        md.update((byte) '-');
      }
    }

    /**
     * An item only some plans have: nothing when absent, so a plan without it keeps the digest it had
     * before the item was added; else a tag byte no other item starts with, then the node.
     */
    void tagged(char tag, Optional<Node> n) {
      if (n.isPresent()) {
        md.update((byte) tag);
        node(n.get());
      }
    }

    void texts(List<String> l) {
      md.update((byte) 'l');
      number(l.size());
      for (String s : l) {
        text(s);
      }
    }

    void node(Node n) {
      Objects.requireNonNull(n, "n");
      if (n instanceof Node.Leaf leaf) {
        md.update((byte) leaf.tag());
        text(leaf.text());
      } else if (n instanceof Node.Seq seq) {
        md.update((byte) '[');
        number(seq.elements().size());
        for (Node e : seq.elements()) {
          node(e);
        }
      } else if (n instanceof Node.Members m) {
        md.update((byte) '{');
        number(m.members().size());
        for (Map.Entry<String, Node> e : m.members().entrySet()) {
          text(e.getKey());
          node(e.getValue());
        }
      } else if (n instanceof Node.Normalised norm) {
        md.update((byte) '~');
        text(norm.normalizer());
        node(norm.value());
      } else {
        md.update((byte) '?');
      }
    }
  }
}
