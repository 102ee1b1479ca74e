package io.github.tfdrift.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document reader shares values without changing what is read. */
class JsonValueReaderTest {
  private static final JsonFactory FACTORY = new JsonFactory();

  private static JsonValue read(JsonValueReader reader, String json) throws IOException {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      return reader.read(p);
    }
  }

  private static List<String> literals(JsonValue v) {
    List<String> l = new ArrayList<>();
    for (JsonValue e : ((JsonValue.Arr) v).elements()) {
      l.add(((JsonValue.Num) e).literal());
    }
    return l;
  }

  @Test
  void sharedSmallNumbersKeepTheirLiteralText() throws IOException {
    JsonValue v = read(JsonValueReader.create(), "[0, -0, 7, 42, 999, 1000, 1023, 1024, -5, 12345678901234567890, 1.0, 1e3]");

    assertThat(literals(v))
        .containsExactly("0", "-0", "7", "42", "999", "1000", "1023", "1024", "-5", "12345678901234567890", "1.0", "1e3");
  }

  @Test
  void equalShortStringsAreOneInstance() throws IOException {
    JsonValue v = read(JsonValueReader.create(), "{\"a\":\"us-east-1\",\"b\":[\"us-east-1\"]}");

    assertThat(v.get("a")).isSameAs(v.get("b").get(0));
  }

  @Test
  void theTextOfAStringIsSharedWithTheValuesReadBefore() throws IOException {
    JsonValueReader reader = JsonValueReader.create();
    String provider = "registry.terraform.io/hashicorp/aws"; // longer than 32, shorter than 64
    JsonValue v = read(reader, "{\"a\":\"" + provider + "\"}");
    try (JsonParser p = FACTORY.createParser("\"" + provider + "\"")) {
      p.nextToken();

      assertThat(reader.text(p)).isSameAs(((JsonValue.Str) v.get("a")).value());
    }
  }

  @Test
  void aStringSharedAheadIsTheOneReadNext() throws IOException {
    JsonValueReader reader = JsonValueReader.create();
    String address = new String("module.svc_0813[\"west\"].aws_instance.web[3]".toCharArray());
    reader.share(address);

    JsonValue v = read(reader, "{\"address\":\"module.svc_0813[\\\"west\\\"].aws_instance.web[3]\",\"other\":\"x\"}");

    assertThat(((JsonValue.Str) v.get("address")).value()).isSameAs(address);
  }

  @Test
  void stringsWithTheSameHashStayDistinct() throws IOException {
    // "Aa" and "BB" have the same hash, so they compete for one slot of the table.
    JsonValue v = read(JsonValueReader.create(), "[\"Aa\",\"BB\",\"Aa\",\"BB\"]");

    assertThat(v).isEqualTo(JsonValues.parseTrusted("[\"Aa\",\"BB\",\"Aa\",\"BB\"]"));
  }

  @Test
  void longAndNonAsciiStringsAreReadWhole() throws IOException {
    String json = "[\"" + "x".repeat(40) + "\",\"caf\\u00e9 \u00fc\u00f1\u00efc\u00f6d\u00e9\",\"\",\"a\\\"b\"]";

    assertThat(read(JsonValueReader.create(), json)).isEqualTo(JsonValues.parseTrusted(json));
  }

  @Test
  void duplicateKeysAreKeptAndTheLastWins() throws IOException {
    JsonValue v = read(JsonValueReader.create(), "{\"k\":1,\"k\":2}");

    assertThat(((JsonValue.Obj) v).size()).isEqualTo(2);
    assertThat(v.get("k")).isEqualTo(JsonValue.of(2));
  }

  @Test
  void readerIsUsableAfterAFailedRead() throws IOException {
    JsonValueReader reader = JsonValueReader.create();
    assertThatThrownBy(() -> read(reader, "{\"a\":[1,2,{\"b\":")).isInstanceOf(IOException.class);

    assertThat(read(reader, "{\"c\":[3]}")).isEqualTo(JsonValues.parseTrusted("{\"c\":[3]}"));
  }

  @Test
  void nestedValuesReadLikeTheOneOffReader() throws IOException {
    String json = "{\"a\":{\"b\":[{\"c\":null,\"d\":true},[],{}],\"e\":\"f\"},\"g\":[1,[2,[3]]],\"h\":false}";

    assertThat(read(JsonValueReader.create(), json)).isEqualTo(JsonValues.parseTrusted(json));
  }

  @Test
  void aLargeDocumentReadsAsTheOneOffReaderReadsItAndStillSharesAfterTheTableGrew() throws IOException {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 5_000; i++) {
      json.append('"').append("name-").append(i).append("\",");
    }
    json.append("\"name-4999\",\"name-4999\"]");

    JsonValue v = read(JsonValueReader.create(), json.toString());

    assertThat(v).isEqualTo(JsonValues.parseTrusted(json.toString()));
    assertThat(v.get(5_001)).isSameAs(v.get(5_000)).isEqualTo(v.get(4_999));
  }

  @Test
  void oneOffParsesShareNothingSoSmallDocumentsDoNotPayForTheTable() {
    JsonValue v = JsonValues.parseTrusted("[\"same\",\"same\"]");
    assertThat(v.get(0)).isEqualTo(v.get(1)).isNotSameAs(v.get(1));
  }
}
