package io.github.tfdrift.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.tfdrift.rules.GeneratedImport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an {@link ImportPlan} as {@code import {}} blocks (Terraform 1.5+, OpenTofu 1.6+), as a shell
 * script of {@code terraform import} / {@code tofu import} commands, or as JSON. Output is
 * deterministic. An entry whose ID keeps a placeholder is written commented out, with its warnings
 * above it, so that running the output never imports a half-known ID; skipped addresses and unmatched
 * errors are listed as comments.
 */
public final class ImportRenderer {
  /** The {@code format} member of the JSON output. */
  public static final String JSON_FORMAT = "tfdrift-import/1";

  private static final JsonFactory JSON = new JsonFactory();

  private ImportRenderer() {}

  /**
   * Renders in a format.
   *
   * @param plan the import plan
   * @param format the format
   * @param binary the command for shell output ({@code terraform}, {@code tofu} or a path)
   * @return the text, ending in a line break
   */
  public static String render(ImportPlan plan, ImportFormat format, String binary) {
    return render(plan, format, binary, ImportArgument.ID);
  }

  /**
   * Renders in a format, HCL blocks naming objects by {@code argument} (shell commands always take the
   * ID: {@code terraform import} has no identity form; JSON carries both).
   *
   * @param plan the import plan
   * @param format the format
   * @param binary the command for shell output ({@code terraform}, {@code tofu} or a path)
   * @param argument what HCL blocks name the objects by
   * @return the text, ending in a line break
   */
  public static String render(ImportPlan plan, ImportFormat format, String binary, ImportArgument argument) {
    switch (format) {
      case HCL:
        return hcl(plan, argument);
      case SH:
        return shell(plan, binary);
      case JSON:
        return json(plan, binary);
      default:
        throw new IllegalArgumentException("unknown format " + format);
    }
  }

  // ---- HCL --------------------------------------------------------------------------------------

  /**
   * One {@code import} block, uncommented, placeholders included:
   *
   * <pre>
   * import {
   *   to = module.x.aws_iam_role.lambda[0]
   *   id = "notion_lambda"
   * }
   * </pre>
   *
   * @param entry the entry
   * @return the block, ending in a line break
   */
  public static String hclBlock(ImportEntry entry) {
    return GeneratedImport.block(entry.address(), entry.id());
  }

  /**
   * One {@code import} block naming the object by {@code argument}: {@code identity = { … }} when
   * asked for and the entry's identity is known, else {@code id}; uncommented, placeholders included.
   *
   * @param entry the entry
   * @param argument what to name the object by
   * @return the block, ending in a line break
   */
  public static String hclBlock(ImportEntry entry, ImportArgument argument) {
    if (argument == ImportArgument.IDENTITY && entry.identity().isPresent()) {
      return GeneratedImport.identityBlock(entry.address(), entry.identity().get().members());
    }
    return hclBlock(entry);
  }

  /**
   * The plan as an HCL file of {@code import} blocks with {@code id}.
   *
   * @param plan the import plan
   * @return the file's text
   */
  public static String hcl(ImportPlan plan) {
    return hcl(plan, ImportArgument.ID);
  }

  /**
   * The plan as an HCL file of {@code import} blocks naming objects by {@code argument}. With {@link
   * ImportArgument#IDENTITY}, an entry whose identity is not known gets {@code id} and a comment saying
   * why.
   *
   * @param plan the import plan
   * @param argument what the blocks name the objects by
   * @return the file's text
   */
  public static String hcl(ImportPlan plan, ImportArgument argument) {
    String tool = plan.tool().command();
    boolean identity = argument == ImportArgument.IDENTITY;
    StringBuilder b = new StringBuilder();
    comment(b, "", "Import blocks for the resources " + tool + " apply reported as already existing (drift import, from " + plan.log() + ").");
    comment(b, "", (identity ? "Needs Terraform 1.12+ or OpenTofu 1.12+ (identity = { ... })." : "Needs Terraform 1.5+ or OpenTofu 1.6+.")
        + " Put this file next to the configuration and run `" + tool + " plan`:");
    comment(b, "", "each resource below should show as imported. Apply, then `" + tool + " plan` again should show no changes.");
    counts(b, plan, argument);
    for (ImportEntry e : plan.entries()) {
      b.append('\n');
      comment(b, "", sourceLine(e));
      boolean byIdentity = identity && e.identity().isPresent();
      List<String> placeholders = byIdentity ? e.identity().get().placeholders() : e.placeholders();
      if (byIdentity) {
        for (String w : e.identity().get().warnings()) {
          comment(b, "", "warning: " + w);
        }
        for (String w : e.warnings()) {
          if (e.placeholders().stream().noneMatch(w::contains)) {
            comment(b, "", "warning: " + w);
          }
        }
      } else {
        if (identity) {
          comment(b, "", "no identity known for " + e.type() + ": imported by id (add its identity with an ImportIdProvider)");
        }
        for (String w : e.warnings()) {
          comment(b, "", "warning: " + w);
        }
      }
      String block = hclBlock(e, argument);
      if (placeholders.isEmpty()) {
        b.append(block);
      } else {
        comment(b, "", "Replace " + String.join(", ", placeholders) + ", then remove the '# ' in front of the block:");
        for (String line : block.split("\n")) {
          b.append("# ").append(line).append('\n');
        }
      }
    }
    trailer(b, plan);
    return b.toString();
  }

  // ---- shell ------------------------------------------------------------------------------------

  /**
   * Quotes a word for a POSIX shell: as is when it holds only safe characters, else in single quotes
   * with each {@code '} written {@code '\''}.
   *
   * @param s the word
   * @return the quoted word
   */
  public static String shellQuote(String s) {
    return GeneratedImport.shellQuote(s);
  }

  /**
   * One command, {@code terraform import 'ADDRESS' 'ID'}: the address and ID always in single quotes.
   *
   * @param entry the entry
   * @param binary the command ({@code terraform}, {@code tofu} or a path)
   * @return the command, without a line break
   */
  public static String shellCommand(ImportEntry entry, String binary) {
    return GeneratedImport.command(binary, entry.address(), entry.id());
  }

  /**
   * The plan as a POSIX shell script of import commands, with the tool the plan was made by.
   *
   * @param plan the import plan
   * @return the script
   */
  public static String shell(ImportPlan plan) {
    return shell(plan, plan.tool().command());
  }

  /**
   * The plan as a POSIX shell script of import commands.
   *
   * @param plan the import plan
   * @param binary the command ({@code terraform}, {@code tofu} or a path)
   * @return the script
   */
  public static String shell(ImportPlan plan, String binary) {
    StringBuilder b = new StringBuilder("#!/bin/sh\n");
    comment(b, "", "Imports for the resources apply reported as already existing (drift import, from " + plan.log() + ").");
    comment(b, "", "Run it in the configuration's directory; add the -var/-var-file options your apply uses.");
    comment(b, "", "Afterwards `" + binary + " plan` should show these resources without changes to create them.");
    counts(b, plan);
    b.append("set -eu\n");
    for (ImportEntry e : plan.entries()) {
      b.append('\n');
      comment(b, "", sourceLine(e));
      for (String w : e.warnings()) {
        comment(b, "", "warning: " + w);
      }
      if (e.isResolved()) {
        b.append(shellCommand(e, binary)).append('\n');
      } else {
        comment(b, "", "Replace " + String.join(", ", e.placeholders()) + ", then remove the '# ' in front of the command:");
        b.append("# ").append(shellCommand(e, binary)).append('\n');
      }
    }
    trailer(b, plan);
    return b.toString();
  }

  // ---- JSON -------------------------------------------------------------------------------------

  /**
   * The plan as a JSON document ({@code "format": "tfdrift-import/1"}), with commands for the plan's tool.
   *
   * @param plan the import plan
   * @return the document, ending in a line break
   */
  public static String json(ImportPlan plan) {
    return json(plan, plan.tool().command());
  }

  /**
   * The plan as a JSON document ({@code "format": "tfdrift-import/1"}).
   *
   * @param plan the import plan
   * @param binary the command used in each entry's {@code command}
   * @return the document, ending in a line break
   */
  public static String json(ImportPlan plan, String binary) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pp);
      g.writeStartObject();
      g.writeStringField("format", JSON_FORMAT);
      g.writeStringField("log", plan.log());
      g.writeStringField("tool", plan.tool().command());
      if (plan.awsAccountId().isPresent()) {
        g.writeStringField("aws_account_id", plan.awsAccountId().get());
      } else {
        g.writeNullField("aws_account_id");
      }
      g.writeStringField("aws_account_evidence", plan.awsAccountEvidence());
      g.writeArrayFieldStart("entries");
      for (ImportEntry e : plan.entries()) {
        g.writeStartObject();
        g.writeStringField("address", e.address());
        g.writeStringField("type", e.type());
        g.writeStringField("id", e.id());
        g.writeBooleanField("resolved", e.isResolved());
        strings(g, "placeholders", e.placeholders());
        if (e.template().isPresent()) {
          g.writeStringField("template", e.template().get());
        } else {
          g.writeNullField("template");
        }
        if (e.templateOrigin().isPresent()) {
          g.writeStringField("template_origin", e.templateOrigin().get());
        } else {
          g.writeNullField("template_origin");
        }
        g.writeStringField("hcl", hclBlock(e));
        if (e.identity().isPresent()) {
          ImportIdentity id = e.identity().get();
          g.writeObjectFieldStart("identity");
          g.writeObjectFieldStart("members");
          for (Map.Entry<String, String> m : id.members().entrySet()) {
            g.writeStringField(m.getKey(), m.getValue());
          }
          g.writeEndObject();
          g.writeBooleanField("resolved", id.isResolved());
          strings(g, "placeholders", id.placeholders());
          g.writeStringField("origin", id.origin());
          g.writeStringField("hcl", hclBlock(e, ImportArgument.IDENTITY));
          strings(g, "warnings", id.warnings());
          g.writeEndObject();
        } else {
          g.writeNullField("identity");
        }
        g.writeStringField("command", shellCommand(e, binary));
        strings(g, "warnings", e.warnings());
        g.writeArrayFieldStart("sources");
        for (SourceError s : e.sources()) {
          source(g, s);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("skipped");
      for (SkippedImport s : plan.skipped()) {
        g.writeStartObject();
        g.writeStringField("address", s.address());
        g.writeStringField("reason", s.reason());
        g.writeArrayFieldStart("sources");
        for (SourceError e : s.sources()) {
          source(g, e);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("unmatched");
      for (UnmatchedError u : plan.unmatched()) {
        g.writeStartObject();
        if (u.address().isPresent()) {
          g.writeStringField("address", u.address().get());
        } else {
          g.writeNullField("address");
        }
        g.writeStringField("reason", u.reason());
        g.writeFieldName("source");
        source(g, u.source());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("failures");
      for (PipelineFailure f : plan.failures()) {
        g.writeStartObject();
        g.writeStringField("kind", f.kind().name().toLowerCase(Locale.ROOT));
        g.writeStringField("label", f.kind().label());
        g.writeStringField("log", f.log());
        g.writeNumberField("line", f.line());
        g.writeStringField("cause", f.cause());
        g.writeStringField("hint", f.hint());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("other_errors");
      for (SourceError s : plan.otherErrors()) {
        source(g, s);
      }
      g.writeEndArray();
      strings(g, "warnings", plan.warnings());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private static void strings(JsonGenerator g, String name, List<String> l) throws IOException {
    g.writeArrayFieldStart(name);
    for (String s : l) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private static void source(JsonGenerator g, SourceError s) throws IOException {
    g.writeStartObject();
    g.writeStringField("log", s.log());
    g.writeNumberField("line", s.line());
    g.writeStringField("origin", s.origin().name().toLowerCase(Locale.ROOT));
    g.writeStringField("code", s.code());
    g.writeStringField("family", s.family());
    g.writeStringField("summary", s.summary());
    g.writeEndObject();
  }

  // ---- shared -----------------------------------------------------------------------------------

  private static String sourceLine(ImportEntry e) {
    StringBuilder s = new StringBuilder(e.address()).append(": ").append(e.source().describe());
    if (e.sources().size() > 1) {
      s.append(" (and ").append(e.sources().size() - 1).append(" more)");
    }
    return s.toString();
  }

  private static void counts(StringBuilder b, ImportPlan plan) {
    counts(b, plan, ImportArgument.ID);
  }

  /** The counts line; with identities, an entry is to complete when the block it gets has a placeholder. */
  private static void counts(StringBuilder b, ImportPlan plan, ImportArgument argument) {
    long unresolved =
        plan.entries().stream()
            .filter(e -> argument == ImportArgument.IDENTITY && e.identity().isPresent() ? !e.identity().get().isResolved() : !e.isResolved())
            .count();
    String what = argument == ImportArgument.IDENTITY ? " with an ID or identity to complete)" : " with an ID to complete)";
    comment(
        b,
        "",
        plan.entries().size() + " to import" + (unresolved > 0 ? " (" + unresolved + what : "")
            + ", " + plan.skipped().size() + " skipped, " + plan.unmatched().size() + " unmatched errors"
            + (plan.failures().isEmpty() ? "" : ", " + plan.failures().size() + " pipeline failures") + ".");
  }

  private static void trailer(StringBuilder b, ImportPlan plan) {
    if (!plan.skipped().isEmpty()) {
      b.append('\n');
      comment(b, "", "Not imported:");
      for (SkippedImport s : plan.skipped()) {
        comment(b, "- ", s.address() + ": " + s.reason() + " (" + s.source().describe() + ")");
      }
    }
    if (!plan.unmatched().isEmpty()) {
      b.append('\n');
      comment(b, "", "Errors that match nothing the plan creates (nothing is generated for them):");
      for (UnmatchedError u : plan.unmatched()) {
        comment(b, "- ", u.source().describe() + ": " + u.reason());
      }
    }
    if (!plan.failures().isEmpty()) {
      b.append('\n');
      comment(b, "", "Pipeline failures (fix these first):");
      for (PipelineFailure f : plan.failures()) {
        comment(b, "- ", f.describe());
      }
    }
    if (!plan.warnings().isEmpty()) {
      b.append('\n');
      for (String w : plan.warnings()) {
        comment(b, "", "warning: " + w);
      }
    }
  }

  /** A comment line; line breaks in the text become spaces, so text never escapes the comment. */
  private static void comment(StringBuilder b, String bullet, String text) {
    b.append("# ").append(bullet).append(text.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ")).append('\n');
  }
}
