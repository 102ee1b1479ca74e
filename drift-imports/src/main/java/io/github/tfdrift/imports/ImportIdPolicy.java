package io.github.tfdrift.imports;

import io.github.tfdrift.imports.TemplateError;
import io.github.tfdrift.imports.ImportIdTemplate;
import io.github.tfdrift.core.value.JsonValue;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads the {@code import_ids:} map of a policy file (YAML): extra or replacement import ID templates,
 * in the catalogue's form. Every other key of the file is ignored here.
 *
 * <pre>
 * import_ids:
 *   acme_widget: "{region}/{name}"
 *   aws_security_group:
 *     id: "{id}"
 *     lookup: "aws ec2 describe-security-groups --group-names {name}"
 * </pre>
 */
public final class ImportIdPolicy {
  /** The policy file's key. */
  public static final String KEY = "import_ids";

  private ImportIdPolicy() {}

  /**
   * Reads a policy file's {@code import_ids:}.
   *
   * @param file the policy file
   * @return the templates by type (empty when the key is absent), or what is wrong, naming the file
   */
  public static Either<TemplateError, Map<String, ImportIdTemplate>> read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Either.left(TemplateError.in(file.toString(), "no such file"));
    } catch (CharacterCodingException e) {
      return Either.left(TemplateError.in(file.toString(), "not a text file (not valid UTF-8)"));
    } catch (IOException | RuntimeException e) {
      return Either.left(TemplateError.in(file.toString(), "cannot read the file (an input/output error)"));
    }
    return parse(text, file.toString());
  }

  /**
   * Reads {@code import_ids:} from policy text.
   *
   * @param yaml the policy file's text
   * @param source how messages name it
   * @return the templates by type (empty when the key is absent), or what is wrong
   */
  public static Either<TemplateError, Map<String, ImportIdTemplate>> parse(String yaml, String source) {
    Reader r = new StringReader(yaml);
    Either<TemplateError, JsonValue> doc = TemplateTables.readYaml(r);
    if (doc.isLeft()) {
      return Either.left(doc.getLeft().within(source));
    }
    JsonValue v = doc.get();
    if (v.isNullOrAbsent()) {
      return Either.right(Map.of());
    }
    if (!(v instanceof JsonValue.Obj o)) {
      return Either.left(TemplateError.in(source, "a policy file is a YAML map"));
    }
    return TemplateTables.read(o.get(KEY), source + ": " + KEY);
  }
}
