package io.github.tfdrift.imports;

import io.github.tfdrift.imports.TemplateError;
import io.github.tfdrift.imports.ImportIdTemplate;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads tables of import ID and identity templates from YAML: the built-in catalogues and the policy file. */
final class TemplateTables {
  private static final YAMLFactory YAML = YAMLFactory.builder().build();
  private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]*\\*?");

  private TemplateTables() {}

  /** Reads a YAML document as a JSON value ({@code null} for an empty document). */
  static Either<TemplateError, JsonValue> readYaml(Reader in) {
    try (JsonParser p = YAML.createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return Either.right(JsonValue.nullValue());
      }
      JsonValue v = JsonValues.read(p);
      return Either.right(v);
    } catch (StreamConstraintsException e) {
      return Either.left(
          TemplateError.of(
              String.valueOf(e.getMessage()).contains("depth")
                  ? "not valid YAML (nested more than " + StreamReadConstraints.defaults().getMaxNestingDepth() + " levels deep)"
                  : "not valid YAML (larger than the parser's limits)"));
    } catch (JsonProcessingException e) {
      // The parser's message quotes at most a few characters of a structural problem; keep its first
      // line, without what the parser says about itself ("[Source: ...]").
      String m = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
      int nl = m.indexOf('\n');
      m = nl < 0 ? m : m.substring(0, nl);
      int internals = m.indexOf("[Source:");
      if (internals >= 0) {
        int open = m.lastIndexOf(" (", internals);
        m = (open > 0 ? m.substring(0, open) : m.substring(0, internals)).strip();
      }
      return Either.left(TemplateError.of("not valid YAML (" + m + ")"));
    } catch (CharacterCodingException e) {
      return Either.left(TemplateError.of("not a text file (not valid UTF-8)"));
    } catch (IOException | RuntimeException e) {
      return Either.left(TemplateError.of("not valid YAML"));
    }
  }

  /** True when {@code key} is a resource type or a type prefix ending in {@code *}. */
  static boolean isKey(String key) {
    return KEY.matcher(key).matches();
  }

  /**
   * Reads a table: a map from resource type (or prefix*) to a template string, a list of alternatives,
   * or a map with {@code id} and optional {@code lookup}.
   *
   * @param table the table
   * @param where how messages name the table, e.g. {@code policy.yaml: import_ids}
   */
  static Either<TemplateError, Map<String, ImportIdTemplate>> read(JsonValue table, String where) {
    if (table.isNullOrAbsent()) {
      return Either.right(Map.of());
    }
    if (!(table instanceof JsonValue.Obj obj)) {
      return Either.left(TemplateError.in(where, "must be a map from resource type to import ID template"));
    }
    Map<String, ImportIdTemplate> out = new LinkedHashMap<>();
    for (String key : obj.keys()) {
      String at = where + "." + key;
      if (!isKey(key)) {
        return Either.left(TemplateError.in(at, "not a resource type (lower-case letters, digits and _, optionally ending in *)"));
      }
      Either<TemplateError, ImportIdTemplate> t = entry(obj.get(key), at);
      if (t.isLeft()) {
        return Either.left(t.getLeft());
      }
      out.put(key, t.get());
    }
    return Either.right(out);
  }

  /**
   * Reads a table of identity templates: a map from resource type (or prefix*) to a map with {@code
   * required} (a map from member name to template, at least one) and optional {@code optional} (the
   * same).
   *
   * @param table the table
   * @param where how messages name the table
   */
  static Either<TemplateError, Map<String, ImportIdentityTemplate>> readIdentities(JsonValue table, String where) {
    if (table.isNullOrAbsent()) {
      return Either.right(Map.of());
    }
    if (!(table instanceof JsonValue.Obj obj)) {
      return Either.left(TemplateError.in(where, "must be a map from resource type to identity"));
    }
    Map<String, ImportIdentityTemplate> out = new LinkedHashMap<>();
    for (String key : obj.keys()) {
      String at = where + "." + key;
      if (!isKey(key)) {
        return Either.left(TemplateError.in(at, "not a resource type (lower-case letters, digits and _, optionally ending in *)"));
      }
      if (!(obj.get(key) instanceof JsonValue.Obj entry)) {
        return Either.left(TemplateError.in(at, "must be a map with required: and optional optional:"));
      }
      for (String k : entry.keys()) {
        if (!k.equals("required") && !k.equals("optional")) {
          return Either.left(TemplateError.in(at, "unknown key '" + k + "' (an identity has required and optional)"));
        }
      }
      Either<TemplateError, Map<String, ImportIdTemplate>> required = members(entry.get("required"), at + ".required");
      if (required.isLeft()) {
        return Either.left(required.getLeft());
      }
      if (required.get().isEmpty()) {
        return Either.left(TemplateError.in(at, "needs at least one required member"));
      }
      Either<TemplateError, Map<String, ImportIdTemplate>> optional = members(entry.get("optional"), at + ".optional");
      if (optional.isLeft()) {
        return Either.left(optional.getLeft());
      }
      for (String k : optional.get().keySet()) {
        if (required.get().containsKey(k)) {
          return Either.left(TemplateError.in(at + ".optional." + k, "is also required"));
        }
      }
      out.put(key, ImportIdentityTemplate.of(required.get(), optional.get()));
    }
    return Either.right(out);
  }

  private static Either<TemplateError, Map<String, ImportIdTemplate>> members(JsonValue v, String at) {
    if (v.isNullOrAbsent()) {
      return Either.right(Map.of());
    }
    if (!(v instanceof JsonValue.Obj o)) {
      return Either.left(TemplateError.in(at, "must be a map from identity member to template"));
    }
    Map<String, ImportIdTemplate> out = new LinkedHashMap<>();
    for (String k : o.keys()) {
      if (!ImportIdentityTemplate.isMember(k)) {
        return Either.left(TemplateError.in(at + "." + k, "not an identity member name (lower-case letters, digits and _)"));
      }
      Optional<String> text = o.get(k).asText();
      if (text.isEmpty()) {
        return Either.left(TemplateError.in(at + "." + k, "must be a template string"));
      }
      Either<TemplateError, ImportIdTemplate> t = ImportIdTemplate.parse(text.get());
      if (t.isLeft()) {
        return Either.left(t.getLeft().within(at + "." + k));
      }
      out.put(k, t.get());
    }
    return Either.right(out);
  }

  private static Either<TemplateError, ImportIdTemplate> entry(JsonValue v, String at) {
    Either<TemplateError, List<String>> alternatives;
    Optional<String> lookup = Optional.empty();
    if (v instanceof JsonValue.Obj o) {
      for (String k : o.keys()) {
        if (!k.equals("id") && !k.equals("lookup")) {
          return Either.left(TemplateError.in(at, "unknown key '" + k + "' (an entry has id and lookup)"));
        }
      }
      if (!o.has("id")) {
        return Either.left(TemplateError.in(at, "needs an id template"));
      }
      alternatives = strings(o.get("id"), at + ".id");
      JsonValue l = o.get("lookup");
      if (!l.isNullOrAbsent()) {
        if (l.asText().isEmpty()) {
          return Either.left(TemplateError.in(at + ".lookup", "must be a string"));
        }
        lookup = l.asText();
      }
    } else {
      alternatives = strings(v, at);
    }
    if (alternatives.isLeft()) {
      return Either.left(alternatives.getLeft());
    }
    Either<TemplateError, ImportIdTemplate> t = ImportIdTemplate.of(alternatives.get(), lookup);
    return t.mapLeft(e -> e.within(at));
  }

  private static Either<TemplateError, List<String>> strings(JsonValue v, String at) {
    if (v instanceof JsonValue.Str s) {
      return Either.right(List.of(s.value()));
    }
    if (v instanceof JsonValue.Arr a && !a.isEmpty()) {
      List<String> l = new ArrayList<>();
      for (JsonValue e : a.elements()) {
        if (e.asText().isEmpty()) {
          return Either.left(TemplateError.in(at, "every alternative must be a string"));
        }
        l.add(e.asText().get());
      }
      return Either.right(l);
    }
    return Either.left(TemplateError.in(at, "must be a template string or a non-empty list of them"));
  }
}
