package io.github.tfdrift.rules;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded generator of small plans with drift, every action shape (including unknown words), replace
 * paths, JSON-policy strings and SSH keys. Same seed, same plan.
 */
final class PlanGen {
  static final List<String> TYPES = List.of("aws_instance", "aws_iam_policy", "proxmox_virtual_environment_vm");
  static final List<List<String>> ACTIONS =
      List.of(
          List.of("no-op"), List.of("no-op"), List.of("update"), List.of("update"), List.of("create"),
          List.of("delete"), List.of("delete", "create"), List.of("create", "delete"), List.of("forget"),
          List.of("create", "forget"), List.of("forget", "create"), List.of("read"), List.of("delete", "forget"),
          List.of("frobnicate"));
  static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHb1nF3xkOQk8c2pW7sLq9vRj0dZyT4mEuXaB6oC5hGi admin@host";
  static final String POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],\"Resource\":\"*\"}]}";

  private PlanGen() {}

  static JsonValue obj(Object... kv) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      Object v = kv[i + 1];
      m.put((String) kv[i], v instanceof JsonValue j ? j : v instanceof String s ? JsonValue.of(s) : v instanceof Integer n ? JsonValue.of(n) : JsonValue.of((Boolean) v));
    }
    return JsonValue.object(m);
  }

  static JsonValue attrs(Random r) {
    return obj(
        "id", "i-" + r.nextInt(5),
        "a", r.nextInt(3),
        "b", "v" + r.nextInt(3),
        "tags", obj("Name", "n" + r.nextInt(2)),
        "policy", POLICY,
        "keys", JsonValue.array(JsonValue.of(KEY)),
        "nested", JsonValue.array(obj("x", r.nextInt(2))));
  }

  static JsonValue strs(List<String> l) {
    List<JsonValue> out = new ArrayList<>();
    l.forEach(s -> out.add(JsonValue.of(s)));
    return JsonValue.array(out);
  }

  static JsonValue change(List<String> actions, JsonValue before, JsonValue after, Random r) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("actions", strs(actions));
    m.put("before", before);
    m.put("after", after);
    m.put("after_unknown", obj());
    m.put("before_sensitive", before.isNull() ? JsonValue.of(false) : obj());
    m.put("after_sensitive", after.isNull() ? JsonValue.of(false) : obj());
    if (actions.contains("delete") && actions.contains("create") && r.nextBoolean()) {
      m.put("replace_paths", JsonValue.array(JsonValue.array(JsonValue.of(r.nextBoolean() ? "b" : "nested"))));
    }
    return JsonValue.object(m);
  }

  static JsonValue rc(String type, int i, JsonValue change, Random r, boolean data) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    String name = "r" + i;
    m.put("address", JsonValue.of((data ? "data." : "") + type + "." + name));
    m.put("mode", JsonValue.of(data ? "data" : "managed"));
    m.put("type", JsonValue.of(type));
    m.put("name", JsonValue.of(name));
    m.put("provider_name", JsonValue.of("registry.terraform.io/hashicorp/aws"));
    m.put("change", change);
    return JsonValue.object(m);
  }

  /** A random plan: entries with random actions and, for some, drift. */
  static String plan(long seed, int n) {
    Random r = new Random(seed);
    List<JsonValue> changes = new ArrayList<>();
    List<JsonValue> drift = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String type = TYPES.get(r.nextInt(TYPES.size()));
      List<String> actions = ACTIONS.get(r.nextInt(ACTIONS.size()));
      boolean data = actions.equals(List.of("read"));
      JsonValue state = attrs(r);
      JsonValue config = r.nextInt(3) == 0 ? attrs(r) : state;
      JsonValue before = actions.get(0).equals("create") && actions.size() == 1 || data ? JsonValue.nullValue() : state;
      JsonValue after = actions.equals(List.of("delete")) || actions.equals(List.of("forget")) ? JsonValue.nullValue() : actions.equals(List.of("no-op")) ? state : config;
      if (r.nextInt(3) == 0 && !data) {
        JsonValue old = attrs(r);
        boolean deleted = r.nextInt(4) == 0;
        drift.add(rc(type, i, change(List.of(deleted ? "delete" : "update"), old, deleted ? JsonValue.nullValue() : state, r), r, false));
      }
      changes.add(rc(type, i, change(actions, before, after, r), r, data));
    }
    Map<String, JsonValue> plan = new LinkedHashMap<>();
    plan.put("format_version", JsonValue.of("1.2"));
    plan.put("terraform_version", JsonValue.of("1.9.0"));
    plan.put("resource_drift", JsonValue.array(drift));
    plan.put("resource_changes", JsonValue.array(changes));
    return JsonValues.toJson(JsonValue.object(plan));
  }
}
