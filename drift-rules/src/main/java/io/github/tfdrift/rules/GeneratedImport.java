package io.github.tfdrift.rules;

import io.github.tfdrift.core.address.HclStrings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The import generated for an entry whose object already exists outside the state (an "already
 * exists" error of a failed apply): the import ID, the {@code import {}} block to add to the
 * configuration, the equivalent {@code terraform import} / {@code tofu import} command, and the error it
 * comes from. The ID may keep a {@code <PLACEHOLDER>} for a value the plan cannot tell; the entry's
 * warnings then say so. Printed only through the report writers, which redact secrets.
 *
 * @param id the import ID, possibly with placeholders
 * @param block the {@code import {}} block, ending in a line break: with {@code identity = { … }} when
 *     {@code identity} is present, else with {@code id}
 * @param command the import command, without a line break ({@code terraform import} takes an ID only)
 * @param source the error it comes from, as {@code EntityAlreadyExists at apply.log:60}
 * @param identity the identity members and values the block imports by (Terraform 1.12+, OpenTofu
 *     1.12+), in block order; empty when the block imports by ID
 */
public record GeneratedImport(String id, String block, String command, String source, Optional<Map<String, String>> identity) {
  private static final Pattern SAFE_WORD = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  /** Validates the parts, keeping the order of the identity members. */
  public GeneratedImport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(source, "source");
    identity = Objects.requireNonNull(identity, "identity").map(m -> Collections.unmodifiableMap(new LinkedHashMap<>(m)));
  }

  /**
   * An import by ID.
   *
   * @param id the import ID
   * @param block the {@code import {}} block
   * @param command the import command
   * @param source the error it comes from
   */
  public GeneratedImport(String id, String block, String command, String source) {
    this(id, block, command, source, Optional.empty());
  }

  /**
   * The import of the object at {@code address} by its identity: the {@link #identityBlock identity
   * block}, and the {@link #command(String, String, String) command} with the ID (the command takes no
   * identity).
   *
   * @param address the resource instance address, in Terraform's notation
   * @param id the import ID, for the command
   * @param identity the identity members and values, in block order; at least one
   * @param binary the command ({@code terraform}, {@code tofu} or a path)
   * @param source where it comes from
   * @return the generated import
   */
  public static GeneratedImport byIdentity(String address, String id, Map<String, String> identity, String binary, String source) {
    return new GeneratedImport(id, identityBlock(address, identity), command(binary, address, id), source, Optional.of(identity));
  }

  /**
   * One {@code import} block by identity (Terraform 1.12+, OpenTofu 1.12+), formatted as {@code
   * terraform fmt} writes it (the members' {@code =} aligned):
   *
   * <pre>
   * import {
   *   to = aws_s3_bucket.logs
   *   identity = {
   *     bucket     = "acme-logs"
   *     region     = "eu-west-1"
   *     account_id = "123456789012"
   *   }
   * }
   * </pre>
   *
   * @param address the resource instance address, in Terraform's notation
   * @param identity the members and values, in order; a name that is not an identifier is quoted
   * @return the block, ending in a line break
   * @throws IllegalArgumentException when {@code identity} is empty
   */
  public static String identityBlock(String address, Map<String, String> identity) {
    if (identity.isEmpty()) {
      throw new IllegalArgumentException("an identity has at least one member");
    }
    Map<String, String> keys = new LinkedHashMap<>();
    int width = 0;
    for (String k : identity.keySet()) {
      String written = IDENTIFIER.matcher(k).matches() ? k : HclStrings.quote(k);
      keys.put(k, written);
      width = Math.max(width, written.length());
    }
    StringBuilder b = new StringBuilder("import {\n  to = ").append(address).append("\n  identity = {\n");
    for (Map.Entry<String, String> e : identity.entrySet()) {
      String k = keys.get(e.getKey());
      b.append("    ").append(k).append(" ".repeat(width - k.length())).append(" = ").append(HclStrings.quote(e.getValue())).append('\n');
    }
    return b.append("  }\n}\n").toString();
  }

  /**
   * The import of the object at {@code address} with the ID {@code id}: its {@link #block(String, String)
   * block} and {@link #command(String, String, String) command}.
   *
   * @param address the resource instance address, in Terraform's notation
   * @param id the import ID, possibly with placeholders
   * @param binary the command ({@code terraform}, {@code tofu} or a path)
   * @param source where it comes from, as {@code EntityAlreadyExists at apply.log:60}
   * @return the generated import
   */
  public static GeneratedImport of(String address, String id, String binary, String source) {
    return new GeneratedImport(id, block(address, id), command(binary, address, id), source);
  }

  /**
   * One {@code import} block (Terraform 1.5+, OpenTofu 1.6+):
   *
   * <pre>
   * import {
   *   to = module.x.aws_iam_role.lambda[0]
   *   id = "notion_lambda"
   * }
   * </pre>
   *
   * @param address the resource instance address, in Terraform's notation
   * @param id the import ID, quoted as an HCL string
   * @return the block, ending in a line break
   */
  public static String block(String address, String id) {
    return "import {\n  to = " + address + "\n  id = " + HclStrings.quote(id) + "\n}\n";
  }

  /**
   * One command, {@code terraform import 'ADDRESS' 'ID'}: the address and ID always in single quotes,
   * the binary {@link #shellQuote quoted} when it needs to be.
   *
   * @param binary the command ({@code terraform}, {@code tofu} or a path)
   * @param address the resource instance address
   * @param id the import ID
   * @return the command, without a line break
   */
  public static String command(String binary, String address, String id) {
    return shellQuote(binary) + " import " + singleQuoted(address) + " " + singleQuoted(id);
  }

  /**
   * Quotes a word for a POSIX shell: as is when it holds only safe characters, else in single quotes
   * with each {@code '} written {@code '\''}.
   *
   * @param s the word
   * @return the quoted word
   */
  public static String shellQuote(String s) {
    if (!s.isEmpty() && SAFE_WORD.matcher(s).matches()) {
      return s;
    }
    return singleQuoted(s);
  }

  private static String singleQuoted(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  /** Where it comes from only; never the ID. */
  @Override
  public String toString() {
    return "GeneratedImport[" + source + "]";
  }
}
