package io.github.tfdrift.fix;

import java.util.List;
import java.util.Objects;

/**
 * What a fix did for one selected entry of the plan. The texts name addresses, attribute paths and
 * files, never a value.
 */
public sealed interface EntryOutcome permits EntryOutcome.Patched, EntryOutcome.Refused, EntryOutcome.NothingToDo {
  /** The instance address the outcome is about. */
  String address();

  /** One line: {@code address: what}. */
  String describe();

  /**
   * The patch edits the configuration for the entry.
   *
   * @param address the instance address
   * @param files the files edited for it, relative to the configuration directory
   * @param what what was written, for example {@code input.memory at main.tf:4}
   */
  record Patched(String address, List<String> files, String what) implements EntryOutcome {
    /** Validates and copies the parts. */
    public Patched {
      Objects.requireNonNull(address, "address");
      files = List.copyOf(files);
      Objects.requireNonNull(what, "what");
    }

    @Override
    public String describe() {
      return address + ": " + what;
    }
  }

  /**
   * The entry cannot be fixed by editing files; nothing is written for it.
   *
   * @param address the instance address
   * @param reason why, for example {@code input.memory is computed by a function call at main.tf:4}
   */
  record Refused(String address, String reason) implements EntryOutcome {
    /** Validates the parts. */
    public Refused {
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String describe() {
      return address + ": " + reason;
    }
  }

  /**
   * The configuration already says what the procedure would write (or the entry has no drift).
   *
   * @param address the instance address
   * @param why why there is nothing to do
   */
  record NothingToDo(String address, String why) implements EntryOutcome {
    /** Validates the parts. */
    public NothingToDo {
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(why, "why");
    }

    @Override
    public String describe() {
      return address + ": " + why;
    }
  }
}
