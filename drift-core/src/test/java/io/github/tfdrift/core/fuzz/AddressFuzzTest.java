package io.github.tfdrift.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.ResourceAddress;

/**
 * Fuzzes the address and attribute-path parsers: any text parses or gives a typed error, never an
 * exception, and what parses renders to text that parses back to the same value (an attribute path
 * also through its JSON form). The seed corpus is
 * under {@code src/test/resources/io/github/tfdrift/core/fuzz/AddressFuzzTestInputs}; see
 * docs/fuzzing.md.
 */
class AddressFuzzTest {

  @FuzzTest
  void aResourceAddressParsesOrIsRejectedAndRoundTrips(@NotNull String text) {
    var parsed = ResourceAddress.parse(text);
    assertThat(parsed).isNotNull();
    if (parsed.isRight()) {
      String rendered = parsed.get().render();
      assertThat(ResourceAddress.parse(rendered).map(ResourceAddress::render).getOrNull()).isEqualTo(rendered);
    } else {
      assertThat(parsed.getLeft().describe()).isNotBlank();
    }
  }

  @FuzzTest
  void anAttributePathParsesOrIsRejected(@NotNull String text) {
    var parsed = AttributePath.parse(text);
    assertThat(parsed).isNotNull();
    var pattern = AttributePath.parsePattern(text);
    assertThat(pattern).isNotNull();
    if (parsed.isRight()) {
      AttributePath path = parsed.get();
      assertThat(AttributePath.parse(path.render()).getOrNull()).as("rendered: %s", path.render()).isEqualTo(path);
      if (!path.equals(AttributePath.all())) { // all has no JSON form: replace_paths never holds it
        assertThat(AttributePath.fromJson(path.toJson()).getOrNull()).isEqualTo(path);
      }
    } else {
      assertThat(parsed.getLeft().describe()).isNotBlank();
    }
  }
}
