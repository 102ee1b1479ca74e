package io.github.tfdrift.rules;

import java.util.Objects;

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

  /** Validates the parts. */
  public GeneratedImport {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(source, "source");
  }

  /** Where it comes from only; never the ID. */
  @Override
  public String toString() {
    return "GeneratedImport[" + source + "]";
  }
}
