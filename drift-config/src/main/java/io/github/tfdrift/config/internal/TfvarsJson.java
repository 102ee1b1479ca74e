package io.github.tfdrift.config.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.tfdrift.config.model.Expression;
import io.github.tfdrift.config.model.TfvarsAssignment;
import io.github.tfdrift.config.source.ConfigError;
import io.github.tfdrift.config.source.SourceRange;
import io.github.tfdrift.core.value.JsonValue;
import io.vavr.control.Either;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code .tfvars.json} file: one JSON object whose members are root variables' values,
 * each converted to an {@link Expression} (literals, objects, tuples) with its place in the file.
 */
final class TfvarsJson {

  private final String file;
  private final String text;
  private final JsonParser parser;

  private TfvarsJson(String file, String text, JsonParser parser) {
    this.file = file;
    this.text = text;
    this.parser = parser;
  }

  static Either<ConfigError, List<TfvarsAssignment>> assignments(String file, String text) {
    try (JsonParser p = new JsonFactory().createParser(text)) {
      TfvarsJson reader = new TfvarsJson(file, text, p);
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return Either.left(ConfigError.at(ConfigError.Kind.SYNTAX, file, 1, 1, "a variables file holds one JSON object"));
      }
      List<TfvarsAssignment> out = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        int start = (int) p.currentTokenLocation().getCharOffset();
        p.nextToken();
        Expression value = reader.value();
        int end = (int) p.currentLocation().getCharOffset();
        out.add(new TfvarsAssignment(name, file, SourceRange.of(file, text, start, end), value));
      }
      return Either.right(out);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      return Either.left(ConfigError.at(ConfigError.Kind.SYNTAX, file, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), "not valid JSON"));
    } catch (IOException e) {
      return Either.left(ConfigError.of(ConfigError.Kind.IO, file, "cannot read the file"));
    }
  }

  /** The value at the current token, which the parser is left on the last token of. */
  private Expression value() throws IOException {
    int start = (int) parser.currentTokenLocation().getCharOffset();
    JsonToken t = parser.currentToken();
    if (t == JsonToken.START_OBJECT) {
      List<Expression.Entry> entries = new ArrayList<>();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        int keyStart = (int) parser.currentTokenLocation().getCharOffset();
        int keyEnd = (int) parser.currentLocation().getCharOffset();
        parser.nextToken();
        Expression v = value();
        entries.add(new Expression.Entry(key, range(keyStart, keyEnd), range(keyStart, v.range().endOffset()), v));
      }
      return new Expression.ObjectValue(range(start, end()), entries);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Expression> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        items.add(value());
      }
      return new Expression.Tuple(range(start, end()), items);
    }
    JsonValue v = switch (t) {
      case VALUE_STRING -> JsonValue.of(parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> JsonValue.number(parser.getText());
      case VALUE_TRUE -> JsonValue.of(true);
      case VALUE_FALSE -> JsonValue.of(false);
      default -> JsonValue.nullValue();
    };
    return new Expression.Literal(range(start, end()), v);
  }

  private int end() {
    return (int) parser.currentLocation().getCharOffset();
  }

  private SourceRange range(int start, int end) {
    return SourceRange.of(file, text, start, end);
  }
}
