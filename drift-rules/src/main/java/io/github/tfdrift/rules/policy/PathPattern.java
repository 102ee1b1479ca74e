package io.github.tfdrift.rules.policy;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathError;
import io.github.tfdrift.core.address.HclStrings;
import io.github.tfdrift.core.address.PathStep;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An attribute path pattern of the policy: the one path type of {@code ignore_changes}, {@code
 * accept} and {@code expected} attributes and of {@code normalizers} paths, and of the Java API that
 * builds them. Written in Terraform's traversal syntax ({@link AttributePath#parsePattern}), so
 * {@code tags["Name"]} and {@code tags.Name} mean the same, as do {@code disk[0].size} and {@code
 * disk.0.size}; {@code all} matches every attribute.
 *
 * <p>A pattern covers the paths it names and everything below them, as Terraform's {@code
 * ignore_changes} does: {@code clone} covers {@code clone[0].vm_id}. Wildcards, one step at a time:
 *
 * <ul>
 *   <li>{@code *} and {@code ?} in a bare name are a {@link Glob} over one attribute name or map key
 *       ({@code *_policy} covers {@code inline_policy}, {@code tags.Team*} covers {@code
 *       tags.TeamName}); they never cross a {@code .} or a {@code [};
 *   <li>a whole step {@code *}, written {@code .*} or {@code [*]}, matches any one step: an
 *       attribute, a map key or a list index ({@code disk[*].size} covers {@code disk[1].size});
 *   <li>a quoted key is literal: {@code tags["*"]} is the key {@code *}.
 * </ul>
 *
 * <p>Immutable; equal patterns match the same paths ({@code tags["Name"]} equals {@code tags.Name}).
 */
public final class PathPattern {
  private static final PathPattern ALL = new PathPattern(AttributePath.all(), List.of());

  private final AttributePath parsed;
  /** Per step: the glob of a wildcard name, or null for a literal step. */
  private final List<Glob> globs;

  private PathPattern(AttributePath parsed, List<Glob> globs) {
    this.parsed = parsed;
    this.globs = globs;
  }

  /** The pattern {@code all}: every attribute. */
  public static PathPattern all() {
    return ALL;
  }

  /**
   * Parses a pattern, or says what is wrong with it without repeating it ({@code expected ']' at
   * character 9}).
   *
   * @param text the pattern, e.g. {@code tags["Name"]}, {@code disk[*].size}, {@code all}
   * @return the pattern, or the problem
   */
  public static Either<PatternError, PathPattern> parse(String text) {
    Objects.requireNonNull(text, "text");
    Either<PathError, AttributePath> p = AttributePath.parsePattern(text);
    if (p.isLeft()) {
      return Either.left(PatternError.of(p.getLeft().describe()));
    }
    if (p.get().isAll()) {
      return Either.right(ALL);
    }
    if (p.get().isRoot()) {
      return Either.left(PatternError.of("empty attribute path"));
    }
    List<Glob> globs = new ArrayList<>(p.get().size());
    for (PathStep s : p.get().steps()) {
      if (s instanceof PathStep.Attribute a && hasGlobCharacters(a.name())) {
        Either<PatternError, Glob> g = Glob.compile(a.name());
        if (g.isLeft()) {
          return Either.left(PatternError.of("bad wildcard name '" + a.name() + "': " + g.getLeft().describe()));
        }
        globs.add(g.get());
      } else {
        globs.add(null);
      }
    }
    return Either.right(new PathPattern(p.get(), Collections.unmodifiableList(globs)));
  }

  /** Parses a pattern known to be valid; throws {@link IllegalArgumentException} otherwise. */
  public static PathPattern of(String text) {
    return parse(text).getOrElseThrow((PatternError e) -> new IllegalArgumentException("bad attribute path: " + e.describe()));
  }

  /**
   * The pattern that covers exactly {@code path} and what is below it, with no wildcards: a name that
   * holds {@code *} or {@code ?} is taken literally.
   *
   * @param path a path, or {@link AttributePath#all()}
   * @return the literal pattern
   */
  public static PathPattern literal(AttributePath path) {
    Objects.requireNonNull(path, "path");
    if (path.isAll()) {
      return ALL;
    }
    if (path.isRoot()) {
      throw new IllegalArgumentException("empty attribute path");
    }
    List<PathStep> steps = new ArrayList<>(path.size());
    List<Glob> globs = new ArrayList<>(path.size());
    for (PathStep s : path.steps()) {
      steps.add(s instanceof PathStep.Attribute a && hasGlobCharacters(a.name()) ? PathStep.key(a.name()) : s);
      globs.add(null);
    }
    return new PathPattern(AttributePath.of(steps), Collections.unmodifiableList(globs));
  }

  private static boolean hasGlobCharacters(String name) {
    return name.indexOf('*') >= 0 || name.indexOf('?') >= 0;
  }

  /** True for {@link #all()}. */
  public boolean isAll() {
    return parsed.isAll();
  }

  /** True when some step has a wildcard. */
  public boolean hasWildcards() {
    for (Glob g : globs) {
      if (g != null) {
        return true;
      }
    }
    return false;
  }

  /** Number of steps (0 for {@link #all()}). */
  public int size() {
    return parsed.size();
  }

  /**
   * The steps as parsed, outermost first: a wildcard step is an {@link PathStep.Attribute} whose name
   * holds the wildcard ({@code *} for {@code [*]}); test it with {@link #isWildcard(int)}.
   */
  public List<PathStep> steps() {
    return parsed.steps();
  }

  /** True when step {@code i} is a wildcard name rather than a literal step. */
  public boolean isWildcard(int i) {
    return globs.get(i) != null;
  }

  /** The path this pattern names, when it has no wildcards ({@link AttributePath#all()} for all). */
  public Optional<AttributePath> toPath() {
    return hasWildcards() ? Optional.empty() : Optional.of(parsed);
  }

  /** True when this pattern covers {@code path}: it matches {@code path} or a path above it. */
  public boolean covers(AttributePath path) {
    return coveredPart(path).isPresent();
  }

  /**
   * The part of {@code path} this pattern matches: {@code path} itself or the path above it that the
   * pattern names ({@code clone} gives {@code clone} for {@code clone[0].vm_id}); {@link
   * AttributePath#all()} for {@link #all()}; empty when the pattern does not cover {@code path}.
   *
   * @param path a path of a plan value
   * @return the covered part of the path, if covered
   */
  public Optional<AttributePath> coveredPart(AttributePath path) {
    Objects.requireNonNull(path, "path");
    if (isAll()) {
      return Optional.of(AttributePath.all());
    }
    List<PathStep> mine = parsed.steps();
    if (path.isAll() || path.size() < mine.size()) {
      return Optional.empty();
    }
    List<PathStep> theirs = path.steps();
    for (int i = 0; i < mine.size(); i++) {
      if (!stepMatches(i, theirs.get(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(path.size() == mine.size() ? path : AttributePath.of(theirs.subList(0, mine.size())));
  }

  private boolean stepMatches(int i, PathStep s) {
    Glob g = globs.get(i);
    if (g == null) {
      return parsed.steps().get(i).matches(s);
    }
    if (g.equals(Glob.any())) {
      return true;
    }
    if (s instanceof PathStep.Attribute a) {
      return g.matches(a.name());
    }
    return s instanceof PathStep.Key k && g.matches(k.key());
  }

  /**
   * The meta-arguments of a resource block. Terraform reserves these names, so no resource type has
   * an attribute of that name, and the plan's values never hold them.
   */
  private static final Set<String> META_ARGUMENTS =
      Set.of("count", "for_each", "lifecycle", "depends_on", "provider", "provisioner", "connection");

  /** Attributes that hold strings only (a map or a list of strings) in every provider known here. */
  private static final Set<String> STRING_COLLECTIONS = Set.of("tags", "tags_all", "labels");

  /**
   * Why this pattern can never match a path of a resource's values, if it cannot; checked without
   * provider schemas, so only what holds for every resource type: its first step is a meta-argument
   * of the resource block ({@code count}, {@code for_each}, {@code lifecycle}, {@code depends_on},
   * {@code provider}, {@code provisioner}, {@code connection}); it indexes {@code tags_all} by number
   * ({@code tags_all} is always a map); it goes below a single tag or label ({@code tags.Name.x},
   * {@code labels["env"][0]}: {@code tags}, {@code tags_all} and {@code labels} hold strings). Steps
   * with wildcards are not checked.
   *
   * @return the reason, for a warning, or empty when the pattern may match
   */
  public Optional<String> whyNeverMatches() {
    if (isAll()) {
      return Optional.empty();
    }
    List<PathStep> steps = parsed.steps();
    String first = globs.get(0) == null ? nameOf(steps.get(0)) : null;
    if (first == null) {
      return Optional.empty();
    }
    if (META_ARGUMENTS.contains(first)) {
      return Optional.of("'" + first + "' is a meta-argument of the resource block, not an attribute; plans never hold it");
    }
    if (!STRING_COLLECTIONS.contains(first) || steps.size() < 2 || globs.get(1) != null) {
      return Optional.empty();
    }
    if (first.equals("tags_all") && steps.get(1) instanceof PathStep.Index) {
      return Optional.of("'tags_all' is a map of tags, never indexed by number");
    }
    if (steps.size() > 2 && nameOf(steps.get(1)) != null) {
      return Optional.of("a single value of '" + first + "' is a string, with nothing below it");
    }
    return Optional.empty();
  }

  private static String nameOf(PathStep s) {
    return s instanceof PathStep.Attribute a ? a.name() : s instanceof PathStep.Key k ? k.key() : null;
  }

  /**
   * The pattern in Terraform's notation, as written: {@code tags["Name"]}, {@code tags.Name}, {@code
   * disk[*].size}, {@code all}. A pattern reparsed from its rendering equals it.
   */
  public String render() {
    return render(false);
  }

  /**
   * The rendering; with {@code canonical}, a key that is a valid name is shown as {@code .name}, so
   * that {@code tags["Name"]} and {@code tags.Name}, which match the same paths, render alike.
   */
  private String render(boolean canonical) {
    if (isAll()) {
      return "all";
    }
    StringBuilder b = new StringBuilder();
    List<PathStep> steps = parsed.steps();
    for (int i = 0; i < steps.size(); i++) {
      PathStep s = steps.get(i);
      String name = nameOf(s);
      boolean bare = globs.get(i) != null || (s instanceof PathStep.Attribute || canonical) && name != null && PathStep.isIdentifier(name);
      if (globs.get(i) != null && name.equals("*") && i > 0) {
        b.append("[*]");
      } else if (bare) {
        b.append(i > 0 ? "." : "").append(name);
      } else if (name != null) {
        b.append('[').append(HclStrings.quote(name)).append(']');
      } else {
        b.append(s);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PathPattern p && p.render(true).equals(render(true));
  }

  @Override
  public int hashCode() {
    return render(true).hashCode();
  }
}
