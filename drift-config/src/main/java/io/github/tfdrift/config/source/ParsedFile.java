package io.github.tfdrift.config.source;

import java.nio.file.Path;
import java.util.Objects;
import org.openrewrite.hcl.tree.Hcl;

/**
 * One configuration file as read: its path relative to the configuration's root, its absolute path,
 * its whole text, and its lossless parsed tree. This is the handle an editor uses:
 *
 * <ul>
 *   <li>every {@link SourceRange} of the model points into {@link #text()} by character offsets, so an
 *       edit can splice {@code text} directly;
 *   <li>or the editor transforms {@link #tree()} (OpenRewrite's HCL tree, {@code rewrite-hcl}) and
 *       prints it with {@code tree.printAll()}: an untouched tree prints back to exactly {@link
 *       #text()}, comments and formatting included.
 * </ul>
 *
 * <p>Equality is by path and text; the tree is derived from the text.
 *
 * @param path the file relative to the root directory, with {@code /}, e.g. {@code modules/vm/main.tf}
 * @param absolutePath where the file is on disk
 * @param text the file's content as read (UTF-8)
 * @param tree the parsed tree; {@code null} for a {@code .tfvars.json} file, which is not HCL
 */
public record ParsedFile(String path, Path absolutePath, String text, Hcl.@org.jspecify.annotations.Nullable ConfigFile tree) {

  /** Validates the parts. */
  public ParsedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(absolutePath, "absolutePath");
    Objects.requireNonNull(text, "text");
  }

  /** The text of a range of this file. */
  public String textOf(SourceRange range) {
    return text.substring(range.startOffset(), range.endOffset());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParsedFile f && f.path.equals(path) && f.text.equals(text);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + text.hashCode();
  }

  @Override
  public String toString() {
    return "ParsedFile[" + path + ", " + text.length() + " chars]";
  }
}
