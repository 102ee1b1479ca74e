package io.github.tfdrift.core.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.Corpus;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResourceAddressTest {

  private static ResourceAddress parse(String s) {
    Either<AddressError, ResourceAddress> r = ResourceAddress.parse(s);
    assertThat(r.isRight()).as("parses %s: %s", s, r.isLeft() ? r.getLeft().describe() : "").isTrue();
    return r.get();
  }

  private static String error(String s) {
    Either<AddressError, ResourceAddress> r = ResourceAddress.parse(s);
    assertThat(r.isLeft()).as("rejects %s", s).isTrue();
    return r.getLeft().describe();
  }

  @Test
  void moduleKeyWithDotAndResourceKeyWithEscapedQuoteAreParsed() {
    ResourceAddress a = parse("module.a[\"x.y\"].aws_s3_bucket.b[\"q\\\"uote\"]");

    assertThat(a.modulePath()).containsExactly(ModuleInstance.of("a", InstanceKey.of("x.y")));
    assertThat(a.mode()).isEqualTo(ResourceMode.MANAGED);
    assertThat(a.type()).isEqualTo("aws_s3_bucket");
    assertThat(a.name()).isEqualTo("b");
    assertThat(a.key()).contains(InstanceKey.of("q\"uote"));
    assertThat(a.moduleAddress()).isEqualTo("module.a[\"x.y\"]");
    assertThat(a.resourceAddress()).isEqualTo("module.a[\"x.y\"].aws_s3_bucket.b");
    assertThat(a.render()).isEqualTo("module.a[\"x.y\"].aws_s3_bucket.b[\"q\\\"uote\"]");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "aws_instance.web",
        "aws_instance.web[0]",
        "aws_instance.web[12]",
        "aws_instance.web[\"key with spaces\"]",
        "aws_instance.web[\"a.b.c\"]",
        "aws_instance.web[\"\"]",
        "aws_instance.web[\"back\\\\slash\"]",
        "aws_instance.web[\"line\\nbreak\"]",
        "aws_instance.web[\"tab\\there\"]",
        "aws_instance.web[\"cr\\rhere\"]",
        "aws_instance.web[\"$${not_a_template}\"]",
        "aws_instance.web[\"%%{not_a_directive}\"]",
        "aws_instance.web[\"$ and % alone\"]",
        "aws_instance.web[\"]\"]",
        "aws_instance.web[\"[0]\"]",
        "aws_instance.web[\"non\\u00a0breaking space\"]",
        "aws_instance.web[\"bell\\u0007\"]",
        "aws_instance.web[\"caf\u00e9 \u65e5\u672c \uD83D\uDE00\"]",
        "aws_instance.web[\"format \\U0001d173 char\"]",
        "aws_instance.web[*]",
        "data.aws_ami.ubuntu",
        "data.aws_ami.ubuntu[2]",
        "ephemeral.vault_kv_secret_v2.x",
        "module.a.aws_s3_bucket.b",
        "module.a.module.b[3].aws_s3_bucket.c",
        "module.a[\"x\"].data.aws_iam_policy_document.p",
        "module.m[*].aws_instance.x",
        "module.with-dash.null_resource.with-dash[0]",
        "module.module.module.data.data.data.x"
      })
  void terraformNotationRoundTrips(String text) {
    assertThat(parse(text).render()).isEqualTo(text);
  }

  static Stream<Arguments> escapedKeys() {
    return Stream.of(
        Arguments.of("aws_instance.web[\"back\\\\slash\"]", "back\\slash"),
        Arguments.of("aws_instance.web[\"line\\nbreak\"]", "line\nbreak"),
        Arguments.of("aws_instance.web[\"cr\\r\"]", "cr\r"),
        Arguments.of("aws_instance.web[\"tab\\there\"]", "tab\there"),
        Arguments.of("aws_instance.web[\"q\\\"uote\"]", "q\"uote"),
        Arguments.of("aws_instance.web[\"$${x}\"]", "${x}"),
        Arguments.of("aws_instance.web[\"%%{x}\"]", "%{x}"),
        Arguments.of("aws_instance.web[\"$$${x}\"]", "$${x}"),
        Arguments.of("aws_instance.web[\"$$\"]", "$$"),
        Arguments.of("aws_instance.web[\"caf\\u00e9\"]", "caf\u00e9"),
        Arguments.of("aws_instance.web[\"\\U0001F600\"]", "\uD83D\uDE00"),
        Arguments.of("aws_instance.web[\"a b.c\"]", "a b.c"));
  }

  @ParameterizedTest
  @MethodSource("escapedKeys")
  void escapesInKeysAreDecoded(String text, String key) {
    assertThat(parse(text).key()).contains(InstanceKey.of(key));
  }

  @Test
  void keyWithTemplateIntroducerIsRenderedEscapedAsTerraformDoes() {
    ResourceAddress a = ResourceAddress.of("aws_instance", "web").withKey(InstanceKey.of("${var}"));

    assertThat(a.render()).isEqualTo("aws_instance.web[\"$${var}\"]");
  }

  @Test
  void nonPrintableCharactersInKeysAreEscapedAsGoDoes() {
    // Terraform quotes keys with Go's unicode.IsPrint: a no-break space or a zero-width joiner is
    // escaped, printable non-ASCII text is not.
    ResourceAddress a =
        ResourceAddress.of("aws_instance", "web").withKey(InstanceKey.of("a\u00a0b\u200dc\u00e9"));

    assertThat(a.render()).isEqualTo("aws_instance.web[\"a\\u00a0b\\u200dc\u00e9\"]");
    assertThat(parse(a.render())).isEqualTo(a);
  }

  @Test
  void dataModeIsRecognised() {
    ResourceAddress a = parse("module.a.data.aws_ami.ubuntu[0]");

    assertThat(a.mode()).isEqualTo(ResourceMode.DATA);
    assertThat(a.type()).isEqualTo("aws_ami");
    assertThat(a.name()).isEqualTo("ubuntu");
    assertThat(a.key()).contains(InstanceKey.of(0));
    assertThat(a.resourceAddress()).isEqualTo("module.a.data.aws_ami.ubuntu");
  }

  @Test
  void ephemeralModeIsRecognised() {
    ResourceAddress a = parse("ephemeral.vault_kv_secret_v2.db");

    assertThat(a.mode()).isEqualTo(ResourceMode.EPHEMERAL);
    assertThat(a.type()).isEqualTo("vault_kv_secret_v2");
    assertThat(a.modulePath()).isEmpty();
  }

  @Test
  void countIndexIsAnIntegerKey() {
    assertThat(parse("aws_instance.web[3]").key()).contains(InstanceKey.of(3));
    assertThat(parse("aws_instance.web[\"3\"]").key()).contains(InstanceKey.of("3"));
  }

  @Test
  void nestedModulesKeepTheirKeysInOrder() {
    ResourceAddress a = parse("module.outer[\"eu\"].module.inner[2].module.leaf.aws_vpc.main");

    assertThat(a.modulePath())
        .containsExactly(
            ModuleInstance.of("outer", InstanceKey.of("eu")),
            ModuleInstance.of("inner", InstanceKey.of(2)),
            ModuleInstance.of("leaf"));
    assertThat(a.moduleAddress()).isEqualTo("module.outer[\"eu\"].module.inner[2].module.leaf");
  }

  @Test
  void unknownKeyOfDeferredChangeIsParsed() {
    assertThat(parse("aws_instance.web[*]").key()).contains(InstanceKey.unknown());
    assertThat(parse("module.m[*].aws_instance.web").modulePath().get(0).key())
        .contains(InstanceKey.unknown());
  }

  @Test
  void buildersProduceTheSameAddressAsParsing() {
    ResourceAddress built =
        ResourceAddress.of("aws_s3_bucket", "b")
            .inModule(List.of(ModuleInstance.of("a", InstanceKey.of("x.y"))))
            .withKey(InstanceKey.of(0));

    assertThat(built).isEqualTo(parse("module.a[\"x.y\"].aws_s3_bucket.b[0]"));
    assertThat(built.toString()).isEqualTo("module.a[\"x.y\"].aws_s3_bucket.b[0]");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|expected a resource type or 'module' at character 1",
        "' aws_instance.web'|expected a resource type or 'module' at character 1",
        "1aws.web|expected a resource type or 'module' at character 1",
        "aws_instance|expected TYPE.NAME at character 13",
        "aws_instance.|expected a resource name at character 14",
        "aws_instance.web[|expected a number, a quoted key or '*' at character 18",
        "aws_instance.web[\"x|unterminated or malformed quoted key at character 18",
        "aws_instance.web[\"bad\\q\"]|unterminated or malformed quoted key at character 18",
        "aws_instance.web[\"\\u12\"]|unterminated or malformed quoted key at character 18",
        "aws_instance.web[\"\\u+123\"]|unterminated or malformed quoted key at character 18",
        "aws_instance.web[0|expected ']' at character 19",
        "aws_instance.web[-1]|expected a number, a quoted key or '*' at character 18",
        "aws_instance.web[99999999999999999999]|index out of range at character 18",
        "aws_instance.web.extra|unexpected text after the address at character 17",
        "aws_instance.web[0][1]|unexpected text after the address at character 20",
        "'aws_instance.web '|unexpected text after the address at character 17",
        "module.a|expected '.' after the module step at character 9",
        "module..x.y|expected a module name at character 8",
        "module.a[0|expected ']' at character 11",
        "data.aws_ami|expected TYPE.NAME at character 13",
        "data.1x.y|expected a resource type after 'data.' at character 6",
        "ephemeral.x|expected TYPE.NAME at character 12"
      })
  void malformedAddressesAreRejectedWithThePosition(String text, String message) {
    assertThat(error(text)).isEqualTo(message);
  }

  @Test
  void aHandEditedNameOrIndexThatDisagreesWithTheAddressIsAWarningAndTheAddressWins() {
    String json =
        """
        {"format_version":"1.2","resource_changes":[
          {"address":"null_resource.my_null_resource[\\"val1\\"]","mode":"managed","type":"null_resource",
           "name":"some-name","index":"val1","change":{"actions":["no-op"],"before":{},"after":{}}},
          {"address":"aws_route.private[\\"1\\"]","mode":"managed","type":"aws_route","name":"private",
           "index":1,"change":{"actions":["no-op"],"before":{},"after":{}}}]}
        """;
    Plan plan = PlanReader.create().read(json).get();

    assertThat(plan.warnings())
        .extracting(w -> w.describe())
        .containsExactly(
            "resource_changes[0]: name \"some-name\" disagrees with address null_resource.my_null_resource[\"val1\"]; the address is used",
            "resource_changes[1]: index [1] disagrees with address aws_route.private[\"1\"]; the address is used");
    assertThat(plan.resourceChanges().get(0).id().address()).isEqualTo("null_resource.my_null_resource[\"val1\"]");
    assertThat(io.github.tfdrift.core.json.PlanWriter.compact().toJson(plan)).contains("\"name\":\"some-name\"");
  }

  @Tag("corpus")
  @Test
  void everyAddressInTheCorpusRoundTripsAndAgreesWithItsFields() {
    Optional<Path> dir = Corpus.dir();
    assumeTrue(dir.isPresent(), "corpus absent: skipped");
    int checked = 0;
    List<String> failures = new ArrayList<>();
    for (Path f : Corpus.files(dir.get())) {
      Either<?, Plan> read = PlanReader.create().read(f);
      if (read.isLeft()) {
        failures.add(f.getFileName() + " does not read");
        continue;
      }
      List<ResourceChange> all = new ArrayList<>(read.get().resourceChanges());
      all.addAll(read.get().resourceDrift());
      List<String> warned = read.get().warnings().stream().map(w -> w.message()).toList();
      for (ResourceChange rc : all) {
        checked++;
        Either<AddressError, ResourceAddress> parsed = ResourceAddress.parse(rc.address());
        if (parsed.isLeft()) {
          failures.add(f.getFileName() + " " + rc.address() + ": " + parsed.getLeft().describe());
          continue;
        }
        ResourceAddress a = parsed.get();
        if (!a.render().equals(rc.address())
            || !a.type().equals(rc.type())
            || !a.name().equals(rc.name())
            || !a.mode().equals(rc.mode())
            || !a.key().equals(rc.index())
            || !a.moduleAddress().equals(rc.moduleAddress().orElse(""))) {
          // Plans edited by hand can disagree; the plan must then say so, and that the address wins.
          if (rc.addressDisagreements().isEmpty()
              || !warned.containsAll(rc.addressDisagreements())
              || !rc.addressDisagreements().stream().allMatch(m -> m.endsWith("the address is used"))) {
            failures.add(f.getFileName() + " " + rc.address() + " disagrees with its fields without a warning");
          }
        }
        rc.previousAddress()
            .ifPresent(
                p -> {
                  Either<AddressError, ResourceAddress> prev = ResourceAddress.parse(p);
                  if (prev.isLeft() || !prev.get().render().equals(p)) {
                    failures.add(f.getFileName() + " previous " + p);
                  }
                });
      }
    }
    assertThat(checked).isGreaterThan(1000);
    assertThat(failures).isEmpty();
  }

  @Test
  void anAddressErrorCarriesItsPositionAndDoesNotPrintTheText() {
    AddressError e = ResourceAddress.parse("aws_s3_bucket.b[\"secret-key").getLeft();

    assertThat(e.position()).isEqualTo(16);
    assertThat(e.describe()).isEqualTo("unterminated or malformed quoted key at character 17");
    assertThat(e.toString()).doesNotContain("secret-key");
  }
}
