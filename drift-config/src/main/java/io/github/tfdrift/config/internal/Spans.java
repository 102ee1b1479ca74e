package io.github.tfdrift.config.internal;

import io.github.tfdrift.config.source.SourceRange;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openrewrite.PrintOutputCapture;
import org.openrewrite.Tree;
import org.openrewrite.hcl.internal.HclPrinter;
import org.openrewrite.hcl.tree.Hcl;
import org.openrewrite.hcl.tree.Space;

/**
 * The place of every node of a parsed file, found by printing the tree once and noting, for each
 * node, the offset after its prefix (the whitespace and comments before it) and the offset after
 * it. The printed text is the file's text (checked when parsing), so the offsets are the file's.
 */
final class Spans {

  private final String file;
  private final String text;
  private final Map<Tree, int[]> spans = new IdentityHashMap<>();

  private Spans(String file, String text) {
    this.file = file;
    this.text = text;
  }

  static Spans of(String file, String text, Hcl.ConfigFile tree) {
    Spans s = new Spans(file, text);
    new Recorder(s.spans).visit(tree, new PrintOutputCapture<>(0));
    return s;
  }

  /** The range of a node, without its prefix. */
  SourceRange of(Tree node) {
    int[] span = spans.get(node);
    if (span == null) {
      throw new IllegalStateException("not a node of " + file);
    }
    return SourceRange.of(file, text, span[0], span[1]);
  }

  /** The range from the start of one node to the end of another. */
  SourceRange between(Tree first, Tree last) {
    return SourceRange.of(file, text, spans.get(first)[0], spans.get(last)[1]);
  }

  /** The text of a range of this file. */
  String text(SourceRange range) {
    return text.substring(range.startOffset(), range.endOffset());
  }

  /** The text of a node, without its prefix. */
  String textOf(Tree node) {
    int[] span = spans.get(node);
    return text.substring(span[0], span[1]);
  }

  private static final class Recorder extends HclPrinter<Integer> {
    private final Map<Tree, int[]> spans;

    Recorder(Map<Tree, int[]> spans) {
      this.spans = spans;
    }

    @Override
    public @Nullable Hcl visit(@Nullable Tree tree, PrintOutputCapture<Integer> p) {
      if (tree == null) {
        return null;
      }
      int before = p.getOut().length();
      Hcl result = super.visit(tree, p);
      int after = p.getOut().length();
      int start = before;
      if (tree instanceof Hcl h) {
        start = Math.min(after, before + prefixLength(h.getPrefix()));
      }
      spans.put(tree, new int[] {start, after});
      return result;
    }

    private static int prefixLength(Space prefix) {
      PrintOutputCapture<Integer> out = new PrintOutputCapture<>(0);
      new HclPrinter<Integer>().visitSpace(prefix, Space.Location.ATTRIBUTE, out);
      return out.getOut().length();
    }
  }
}
