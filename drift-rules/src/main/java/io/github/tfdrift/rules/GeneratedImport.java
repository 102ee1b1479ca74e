package io.github.tfdrift.rules;

import io.github.tfdrift.core.address.HclStrings;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The import generated for an entry whose object already exists outside the state (an "already
 * exists" error of a failed apply): the import ID, the {@code import {}} block to add to the
 * configuration, the equivalent {@code terraform import} / {@code tofu import} command, and the error it
 * comes from. The ID may keep a {@code <PLACEHOLDER>} for a value the plan cannot tell; the entry's
 * warnings then say so. Printed only through the report writers, which redact secrets.
 *
 * @param id the import ID, possibly with placeholders
 * @param block the {@code import {}} block, ending in a line break
 * @param command the import command, without a line break
 * @param source the error it comes from, as {@code EntityAlreadyExists at apply.log:60}
 */
public record GeneratedImport(String id, String block, String command, String source) {
  private static final Pattern SAFE_WORD = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  /** Validates the parts. */
  public GeneratedImport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(source, "source");
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
