package io.github.tfdrift.imports;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathError;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to build the import ID of one resource type: one or more alternative templates (the first whose
 * every value is known wins) and an optional lookup hint for when none is.
 *
 * <p>In a template, {@code {PATH}} is an attribute of the planned {@code after} value in Terraform's
 * notation ({@code name}, {@code metadata[0].name}, {@code tags["Name"]}), and {@code {@NAME}} is a
 * fact: {@code @account_id}, {@code @partition}, {@code @region}, {@code @dns_suffix} (AWS) or
 * {@code @error_id} (the ID named by the error message). <code>{{</code> and <code>}}</code> are literal
 * braces.
 *
 * <pre>{@code
 * ImportIdTemplate.parse("arn:{@partition}:iam::{@account_id}:policy{path}{name}")
 * }</pre>
 */
public final class ImportIdTemplate {

  /** The facts a template can name with {@code {@NAME}}. */
  public enum Fact {
    /** The AWS account ID. */
    ACCOUNT_ID("account_id", "AWS_ACCOUNT_ID"),
    /** The AWS partition: aws, aws-cn, aws-us-gov... */
    PARTITION("partition", "AWS_PARTITION"),
    /** The resource's region, else the AWS provider's. */
    REGION("region", "AWS_REGION"),
    /** The AWS DNS suffix of the partition. */
    DNS_SUFFIX("dns_suffix", "AWS_DNS_SUFFIX"),
    /** The ID the "already exists" error message names. */
    ERROR_ID("error_id", "ID_FROM_ERROR");

    private final String key;
    private final String placeholder;

    Fact(String key, String placeholder) {
      this.key = key;
      this.placeholder = placeholder;
    }

    /** The name after {@code @} in a template. */
    public String key() {
      return key;
    }

    /** The placeholder written when the fact is not known: {@code <AWS_ACCOUNT_ID>}. */
    public String placeholder() {
      return "<" + placeholder + ">";
    }

    static Optional<Fact> of(String key) {
      for (Fact f : values()) {
        if (f.key.equals(key)) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
  }

  /** One piece of a parsed template. */
  sealed interface Part permits Literal, FactRef, AttributeRef {}

  /** Literal text. */
  record Literal(String text) implements Part {}

  /** {@code {@NAME}}. */
  record FactRef(Fact fact) implements Part {}

  /** {@code {PATH}}. */
  record AttributeRef(AttributePath path, String text) implements Part {}

  /** One alternative: its text and its parts. */
  record Alternative(String text, List<Part> parts) {
    Alternative {
      parts = List.copyOf(parts);
    }
  }

  private final List<Alternative> alternatives;
  private final Optional<Alternative> lookup;

  private ImportIdTemplate(List<Alternative> alternatives, Optional<Alternative> lookup) {
    this.alternatives = List.copyOf(alternatives);
    this.lookup = lookup;
  }

  /**
   * Parses one template.
   *
   * @param template the template text
   * @return the template, or what is wrong and where
   */
  public static Either<TemplateError, ImportIdTemplate> parse(String template) {
    return of(List.of(template), Optional.empty());
  }

  /**
   * Parses alternatives and an optional lookup hint.
   *
   * @param alternatives the templates, tried in order; at least one
   * @param lookup a hint (itself a template) shown when no alternative can be resolved
   * @return the template, or what is wrong and where
   */
  public static Either<TemplateError, ImportIdTemplate> of(List<String> alternatives, Optional<String> lookup) {
    Objects.requireNonNull(alternatives, "alternatives");
    Objects.requireNonNull(lookup, "lookup");
    if (alternatives.isEmpty()) {
      return Either.left(TemplateError.of("a template needs at least one alternative"));
    }
    List<Alternative> parsed = new ArrayList<>();
    for (String a : alternatives) {
      Either<TemplateError, Alternative> p = parseOne(Objects.requireNonNull(a, "alternative"));
      if (p.isLeft()) {
        return Either.left(p.getLeft());
      }
      if (p.get().parts().isEmpty()) {
        return Either.left(TemplateError.of("a template must not be empty"));
      }
      parsed.add(p.get());
    }
    Optional<Alternative> hint = Optional.empty();
    if (lookup.isPresent()) {
      Either<TemplateError, Alternative> p = parseOne(lookup.get());
      if (p.isLeft()) {
        return Either.left(p.getLeft().within("lookup"));
      }
      hint = Optional.of(p.get());
    }
    return Either.right(new ImportIdTemplate(parsed, hint));
  }

  private static Either<TemplateError, Alternative> parseOne(String s) {
    List<Part> parts = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '{' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
        lit.append('{');
        i += 2;
        continue;
      }
      if (c == '}' && i + 1 < s.length() && s.charAt(i + 1) == '}') {
        lit.append('}');
        i += 2;
        continue;
      }
      if (c == '}') {
        return Either.left(TemplateError.at(i, "unmatched '}' at character " + (i + 1) + " of \"" + s + "\" (write }} for a brace)"));
      }
      if (c != '{') {
        lit.append(c);
        i++;
        continue;
      }
      int end = s.indexOf('}', i + 1);
      if (end < 0) {
        return Either.left(TemplateError.at(i, "unclosed '{' at character " + (i + 1) + " of \"" + s + "\""));
      }
      String ref = s.substring(i + 1, end).strip();
      if (ref.isEmpty()) {
        return Either.left(TemplateError.at(i, "empty reference {} at character " + (i + 1) + " of \"" + s + "\""));
      }
      if (lit.length() > 0) {
        parts.add(new Literal(lit.toString()));
        lit.setLength(0);
      }
      if (ref.startsWith("@")) {
        Optional<Fact> f = Fact.of(ref.substring(1).toLowerCase(Locale.ROOT));
        if (f.isEmpty()) {
          return Either.left(
              TemplateError.at(
                  i,
                  "unknown fact {" + ref + "} in \"" + s
                      + "\" (known: @account_id, @partition, @region, @dns_suffix, @error_id)"));
        }
        parts.add(new FactRef(f.get()));
      } else {
        Either<PathError, AttributePath> p = AttributePath.parse(ref);
        if (p.isLeft() || p.get().isAll() || p.get().isRoot()) {
          return Either.left(
              TemplateError.at(
                  i,
                  "{" + ref + "} in \"" + s + "\" is not an attribute path"
                      + (p.isLeft() ? " (" + p.getLeft().describe() + ")" : "")));
        }
        parts.add(new AttributeRef(p.get(), ref));
      }
      i = end + 1;
    }
    if (lit.length() > 0) {
      parts.add(new Literal(lit.toString()));
    }
    return Either.right(new Alternative(s, parts));
  }

  /** The alternatives as written, in the order they are tried. */
  public List<String> alternatives() {
    return alternatives.stream().map(Alternative::text).toList();
  }

  /** The lookup hint as written, if any. */
  public Optional<String> lookup() {
    return lookup.map(Alternative::text);
  }

  /** True when some alternative names the fact. */
  public boolean uses(Fact fact) {
    for (Alternative a : alternatives) {
      for (Part p : a.parts()) {
        if (p instanceof FactRef f && f.fact() == fact) {
          return true;
        }
      }
    }
    return false;
  }

  List<Alternative> parsedAlternatives() {
    return alternatives;
  }

  Optional<Alternative> parsedLookup() {
    return lookup;
  }

  /** The template as written: one alternative, or a list in brackets. */
  public String text() {
    List<String> a = alternatives();
    String t = a.size() == 1 ? a.get(0) : a.toString();
    return lookup.map(l -> t + " (lookup: " + l.text() + ")").orElse(t);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportIdTemplate t && t.alternatives().equals(alternatives()) && t.lookup().equals(lookup());
  }

  @Override
  public int hashCode() {
    return Objects.hash(alternatives(), lookup());
  }

  /** The template text: templates hold no secrets. */
  @Override
  public String toString() {
    return "ImportIdTemplate[" + text() + "]";
  }
}
