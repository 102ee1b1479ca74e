package io.github.tfdrift.testkit;

import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Strict tree comparison for round-trip tests: numbers must keep their literal text. */
final class JsonTrees {
  private JsonTrees() {}

  static List<String> differences(JsonValue a, JsonValue b) {
    List<String> out = new ArrayList<>();
    diff("$", a, b, out);
    return out;
  }

  private static void diff(String path, JsonValue a, JsonValue b, List<String> out) {
    if (out.size() > 10) {
      return;
    }
    if (a.type() != b.type()) {
      out.add(path + ": " + a.type() + " vs " + b.type());
      return;
    }
    if (a instanceof JsonValue.Num x) {
      if (!x.literal().equals(((JsonValue.Num) b).literal())) {
        out.add(path + ": number literal changed");
      }
    } else if (a instanceof JsonValue.Obj x) {
      JsonValue.Obj y = (JsonValue.Obj) b;
      if (!x.keys().equals(y.keys())) {
        out.add(path + ": keys " + x.keys() + " vs " + y.keys());
        return;
      }
      for (String k : x.keys()) {
        diff(path + "." + k, x.get(k), y.get(k), out);
      }
    } else if (a instanceof JsonValue.Arr x) {
      JsonValue.Arr y = (JsonValue.Arr) b;
      if (x.size() != y.size()) {
        out.add(path + ": array size " + x.size() + " vs " + y.size());
        return;
      }
      for (int i = 0; i < x.size(); i++) {
        diff(path + "[" + i + "]", x.get(i), y.get(i), out);
      }
    } else if (!a.equals(b)) {
      out.add(path + ": value changed");
    }
  }
}
