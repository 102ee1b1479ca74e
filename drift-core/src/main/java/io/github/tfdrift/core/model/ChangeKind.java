package io.github.tfdrift.core.model;

import java.util.List;

/**
 * What a change's {@code actions} array means, derived once so no caller reasons about raw arrays.
 * Terraform writes create-then-forget as {@code ["create","forget"]}, OpenTofu as
 * {@code ["forget","create"]}; both are replacements in which the old object is forgotten.
 */
public enum ChangeKind {
  /** {@code ["no-op"]}. */
  NO_OP,
  /** {@code ["create"]}. */
  CREATE,
  /** {@code ["read"]}: a data source read during apply. */
  READ,
  /** {@code ["update"]}. */
  UPDATE,
  /** {@code ["delete"]}. */
  DELETE,
  /** {@code ["delete","create"]}: destroy, then create. */
  REPLACE_DELETE_FIRST,
  /** {@code ["create","delete"]}: create_before_destroy. */
  REPLACE_CREATE_FIRST,
  /** {@code ["forget"]}: removed from state, not destroyed. */
  FORGET,
  /** {@code ["create","forget"]} (Terraform): create the new object, forget the old. */
  REPLACE_CREATE_THEN_FORGET,
  /** {@code ["forget","create"]} (OpenTofu): forget the old object, create the new. */
  REPLACE_FORGET_THEN_CREATE,
  /** {@code ["open"]}: an OpenTofu ephemeral resource. */
  OPEN,
  /** Any other array: an action this version does not know. */
  UNKNOWN;

  /** Derives the kind of an actions array; unknown shapes give {@link #UNKNOWN}, never an error. */
  public static ChangeKind of(List<Action> actions) {
    if (actions.size() == 1) {
      Action a = actions.get(0);
      if (a.equals(Action.NO_OP)) {
        return NO_OP;
      } else if (a.equals(Action.CREATE)) {
        return CREATE;
      } else if (a.equals(Action.READ)) {
        return READ;
      } else if (a.equals(Action.UPDATE)) {
        return UPDATE;
      } else if (a.equals(Action.DELETE)) {
        return DELETE;
      } else if (a.equals(Action.FORGET)) {
        return FORGET;
      } else if (a.equals(Action.OPEN)) {
        return OPEN;
      }
      return UNKNOWN;
    }
    if (actions.size() == 2) {
      Action a = actions.get(0);
      Action b = actions.get(1);
      if (a.equals(Action.DELETE) && b.equals(Action.CREATE)) {
        return REPLACE_DELETE_FIRST;
      } else if (a.equals(Action.CREATE) && b.equals(Action.DELETE)) {
        return REPLACE_CREATE_FIRST;
      } else if (a.equals(Action.CREATE) && b.equals(Action.FORGET)) {
        return REPLACE_CREATE_THEN_FORGET;
      } else if (a.equals(Action.FORGET) && b.equals(Action.CREATE)) {
        return REPLACE_FORGET_THEN_CREATE;
      }
    }
    return UNKNOWN;
  }

  /** True for every replacement, whether the old object is destroyed or forgotten. */
  public boolean isReplace() {
    return this == REPLACE_DELETE_FIRST
        || this == REPLACE_CREATE_FIRST
        || this == REPLACE_CREATE_THEN_FORGET
        || this == REPLACE_FORGET_THEN_CREATE;
  }

  /** True when an existing object is destroyed: the actions contain {@code delete}. */
  public boolean isDestructive() {
    return this == DELETE || this == REPLACE_DELETE_FIRST || this == REPLACE_CREATE_FIRST;
  }

  /** True when an object leaves management without being destroyed. */
  public boolean forgets() {
    return this == FORGET || this == REPLACE_CREATE_THEN_FORGET || this == REPLACE_FORGET_THEN_CREATE;
  }

  /** True when a new object is created (plain create or any replacement). */
  public boolean creates() {
    return this == CREATE || isReplace();
  }

  /** The notation Terraform's human output uses: {@code +}, {@code ~}, {@code -/+}, ... */
  public String symbol() {
    switch (this) {
      case CREATE:
        return "+";
      case UPDATE:
        return "~";
      case DELETE:
        return "-";
      case REPLACE_DELETE_FIRST:
        return "-/+";
      case REPLACE_CREATE_FIRST:
        return "+/-";
      case READ:
        return "<=";
      case FORGET:
        return ".";
      case REPLACE_CREATE_THEN_FORGET:
        return "+/.";
      case REPLACE_FORGET_THEN_CREATE:
        return "./+";
      case NO_OP:
        return " ";
      default:
        return "?";
    }
  }
}
