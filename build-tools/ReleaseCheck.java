import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The release check: what Maven Central requires of one module, checked in its verify phase.
 *
 * <p>Run by the exec plugin in the {@code release-check} profile of the parent POM (active unless
 * {@code -Dtfdrift.releaseCheck.skip}), once per module, as a single-file Java program:
 *
 * <pre>
 * java build-tools/ReleaseCheck.java BASEDIR PACKAGING BUILD_PREFIX COMPLETE DEPLOY_SKIP
 * </pre>
 *
 * <ul>
 *   <li>The module's POM ({@code BASEDIR/pom.xml}) has its own {@code name} and {@code description};
 *       with what it inherits from its parents (read through {@code relativePath}), it has a {@code
 *       url}, {@code licenses}, {@code developers} and an {@code scm} with {@code connection}, {@code
 *       developerConnection} and {@code url}.
 *   <li>The POM that is published ({@code BASEDIR/dependency-reduced-pom.xml} for a jar that
 *       bundles its dependencies, else {@code BASEDIR/pom.xml}) has a name and a description too.
 *   <li>A jar module's main jar ({@code BUILD_PREFIX.jar}, after the shade plugin replaced it if
 *       it did) exists and carries {@code META-INF/LICENSE} (the Apache License 2.0)
 *       and {@code META-INF/NOTICE}. A main jar that bundles other libraries (a class outside {@code
 *       io/github/tfdrift/}) must be published with a POM that declares no compile or runtime
 *       dependency.
 *   <li>With {@code COMPLETE} true (the release profile), the sources jar ({@code
 *       BUILD_PREFIX-sources.jar}, with Java sources) and the javadoc jar ({@code
 *       BUILD_PREFIX-javadoc.jar}, with an index.html) exist.
 * </ul>
 *
 * An aggregator ({@code pom} packaging) also checks the metadata of the modules it lists that
 * have no parent (a BOM), which no run of their own checks. A module with {@code maven.deploy.skip}
 * true is never published and is not checked. Prints one
 * line per module; exits 1 with one line per problem when something is missing.
 */
public final class ReleaseCheck {

  private static final String OWN_PACKAGE = "io/github/tfdrift/";

  private ReleaseCheck() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 5) {
      System.err.println(
          "usage: ReleaseCheck BASEDIR PACKAGING BUILD_PREFIX COMPLETE DEPLOY_SKIP");
      System.exit(2);
    }
    Path basedir = Path.of(args[0]);
    String packaging = args[1];
    String buildPrefix = args[2];
    Path mainJar = Path.of(buildPrefix + ".jar");
    boolean complete = Boolean.parseBoolean(args[3]);
    boolean deploySkip = Boolean.parseBoolean(args[4]);
    boolean bundles = packaging.equals("jar") && Files.isRegularFile(mainJar) && bundlesOthers(mainJar);
    Path publishedPom = basedir.resolve(bundles ? "dependency-reduced-pom.xml" : "pom.xml");

    List<Document> chain = pomChain(basedir.resolve("pom.xml"));
    Element own = chain.get(0).getDocumentElement();
    String artifactId = child(own, "artifactId").map(Node::getTextContent).orElse(basedir.getFileName().toString());
    if (deploySkip) {
      System.out.println("release check: " + artifactId + ": not published (maven.deploy.skip), not checked");
      return;
    }

    List<String> problems = new ArrayList<>();
    List<String> checked = new ArrayList<>();
    checkMetadata(chain, problems);
    checked.add("name, description, url, licenses, developers, scm");
    if (!Files.isRegularFile(publishedPom)) {
      problems.add(mainJar.getFileName() + " bundles its dependencies but there is no " + publishedPom
          + " (the shade plugin's createDependencyReducedPom)");
      publishedPom = basedir.resolve("pom.xml");
    }
    Document published = parse(publishedPom);
    for (String required : List.of("name", "description")) {
      if (text(published.getDocumentElement(), required).isEmpty()) {
        problems.add("the published POM " + publishedPom + " has no <" + required + ">");
      }
    }

    if (packaging.equals("jar")) {
      if (!Files.isRegularFile(mainJar)) {
        problems.add("no main jar (" + mainJar + ")");
      } else {
        checkMainJar(mainJar, bundles, published, publishedPom, problems, checked);
      }
      if (complete) {
        checkAttached(Path.of(buildPrefix + "-sources.jar"), ".java", problems);
        checkAttached(Path.of(buildPrefix + "-javadoc.jar"), "index.html", problems);
        checked.add("sources jar, javadoc jar");
      }
    }

    boolean ok = report(artifactId, problems, checked);
    if (packaging.equals("pom")) {
      ok &= checkModulesWithoutParent(basedir, own);
    }
    if (!ok) {
      System.exit(1);
    }
  }

  /** Prints the module's line(s); returns whether it passed. */
  private static boolean report(String artifactId, List<String> problems, List<String> checked) {
    if (problems.isEmpty()) {
      System.out.println("release check: " + artifactId + ": ok (" + String.join("; ", checked) + ")");
      return true;
    }
    for (String problem : problems) {
      System.out.println("release check: " + artifactId + ": FAILED: " + problem);
    }
    return false;
  }

  /**
   * An aggregator also checks the POM-only modules it lists that have no parent (a BOM): they do not
   * inherit the release-check profile, so no run of their own checks them.
   */
  private static boolean checkModulesWithoutParent(Path basedir, Element aggregator) {
    boolean ok = true;
    Optional<Element> modules = child(aggregator, "modules");
    for (Element module : modules.map(m -> children(m, "module")).orElse(List.of())) {
      Path pom = basedir.resolve(module.getTextContent().strip()).resolve("pom.xml");
      if (!Files.isRegularFile(pom)) {
        continue;
      }
      Document document = parse(pom);
      if (child(document.getDocumentElement(), "parent").isPresent()) {
        continue;
      }
      List<String> problems = new ArrayList<>();
      checkMetadata(List.of(document), problems);
      ok &= report(
          artifactIdOf(document) + " (no parent: checked from the aggregator)",
          problems,
          List.of("name, description, url, licenses, developers, scm"));
    }
    return ok;
  }

  /** Name and description of the module itself; the rest from the module or the nearest parent. */
  private static void checkMetadata(List<Document> chain, List<String> problems) {
    Element own = chain.get(0).getDocumentElement();
    for (String required : List.of("name", "description")) {
      if (text(own, required).isEmpty()) {
        problems.add("pom.xml has no <" + required + "> of its own");
      }
    }
    if (inherited(chain, e -> text(e, "url")).isEmpty()) {
      problems.add("no <url>, in pom.xml or a parent");
    }
    Optional<Element> licenses = inherited(chain, e -> child(e, "licenses").filter(l -> !children(l, "license").isEmpty()));
    if (licenses.isEmpty()) {
      problems.add("no <licenses>, in pom.xml or a parent");
    } else {
      for (Element license : children(licenses.get(), "license")) {
        if (text(license, "name").isEmpty() || text(license, "url").isEmpty()) {
          problems.add("a <license> without <name> or <url>");
        }
      }
    }
    Optional<Element> developers =
        inherited(chain, e -> child(e, "developers").filter(d -> !children(d, "developer").isEmpty()));
    if (developers.isEmpty()) {
      problems.add("no <developers>, in pom.xml or a parent");
    } else {
      for (Element developer : children(developers.get(), "developer")) {
        if (text(developer, "name").isEmpty() && text(developer, "id").isEmpty()) {
          problems.add("a <developer> without <name> or <id>");
        }
      }
    }
    Optional<Element> scm = inherited(chain, e -> child(e, "scm"));
    if (scm.isEmpty()) {
      problems.add("no <scm>, in pom.xml or a parent");
    } else {
      for (String required : List.of("connection", "developerConnection", "url")) {
        if (text(scm.get(), required).isEmpty()) {
          problems.add("<scm> has no <" + required + ">");
        }
      }
    }
  }

  private static void checkMainJar(
      Path jar, boolean bundles, Document published, Path publishedPom, List<String> problems, List<String> checked)
      throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry license = zip.getEntry("META-INF/LICENSE");
      if (license == null) {
        problems.add(jar.getFileName() + " has no META-INF/LICENSE");
      } else {
        String text;
        try (InputStream in = zip.getInputStream(license)) {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!text.contains("Apache License") || !text.contains("Version 2.0")) {
          problems.add(jar.getFileName() + "'s META-INF/LICENSE is not the Apache License 2.0");
        }
      }
      if (zip.getEntry("META-INF/NOTICE") == null) {
        problems.add(jar.getFileName() + " has no META-INF/NOTICE");
      }
      checked.add(jar.getFileName() + " with META-INF/LICENSE and NOTICE");
      if (bundles) {
        List<String> declared = runtimeDependencies(published);
        if (!declared.isEmpty()) {
          problems.add(
              jar.getFileName() + " bundles its dependencies but the published POM " + publishedPom
                  + " still declares " + String.join(", ", declared)
                  + " (use the shade plugin's dependency-reduced POM)");
        }
        checked.add("bundled jar published with a dependency-reduced POM");
      }
    }
  }

  /** Whether a jar holds classes of other libraries (a class outside io/github/tfdrift/). */
  private static boolean bundlesOthers(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream()
          .map(ZipEntry::getName)
          .anyMatch(n -> n.endsWith(".class") && !n.startsWith(OWN_PACKAGE) && !n.contains("module-info"));
    }
  }

  private static void checkAttached(Path jar, String entrySuffix, List<String> problems) throws IOException {
    if (!Files.isRegularFile(jar)) {
      problems.add("no " + jar.getFileName());
      return;
    }
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      if (zip.stream().noneMatch(e -> e.getName().endsWith(entrySuffix))) {
        problems.add(jar.getFileName() + " has no " + entrySuffix + " entry");
      }
    }
  }

  /** The compile and runtime dependencies a POM declares, as groupId:artifactId. */
  private static List<String> runtimeDependencies(Document pom) {
    List<String> found = new ArrayList<>();
    Optional<Element> dependencies = child(pom.getDocumentElement(), "dependencies");
    for (Element dependency : dependencies.map(d -> children(d, "dependency")).orElse(List.of())) {
      String scope = text(dependency, "scope").orElse("compile");
      boolean optional = text(dependency, "optional").map(Boolean::parseBoolean).orElse(false);
      if ((scope.equals("compile") || scope.equals("runtime")) && !optional) {
        found.add(text(dependency, "groupId").orElse("?") + ":" + text(dependency, "artifactId").orElse("?"));
      }
    }
    return found;
  }

  /** The module's POM, then each parent POM found on disk through relativePath. */
  private static List<Document> pomChain(Path pom) throws Exception {
    List<Document> chain = new ArrayList<>();
    Path current = pom.toAbsolutePath().normalize();
    while (current != null) {
      Document document = parse(current);
      chain.add(document);
      Optional<Element> parent = child(document.getDocumentElement(), "parent");
      if (parent.isEmpty()) {
        break;
      }
      String relative = text(parent.get(), "relativePath").orElse("../pom.xml");
      Path next = current.getParent().resolve(relative).normalize();
      if (Files.isDirectory(next)) {
        next = next.resolve("pom.xml");
      }
      String parentId = text(parent.get(), "artifactId").orElse("");
      current = Files.isRegularFile(next) && parentId.equals(artifactIdOf(parse(next))) ? next : null;
    }
    return chain;
  }

  private static String artifactIdOf(Document pom) {
    return text(pom.getDocumentElement(), "artifactId").orElse("");
  }

  private static <T> Optional<T> inherited(List<Document> chain, Function<Element, Optional<T>> lookup) {
    for (Document document : chain) {
      Optional<T> found = lookup.apply(document.getDocumentElement());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Document parse(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Optional<Element> child(Element parent, String name) {
    return children(parent, name).stream().findFirst();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().strip()).filter(t -> !t.isEmpty());
  }
}
