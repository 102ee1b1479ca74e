import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The summary of skipped tests: reads the Surefire and Failsafe XML reports under the given module
 * directories and prints how many tests were skipped, grouped by reason.
 *
 * <p>Run by the exec plugin in the verify phase of every module (parent POM, profile {@code
 * skipped-tests}, active unless {@code -Dtfdrift.skippedTests.skip}) and once over every module at
 * the end of {@code .ci/run}:
 *
 * <pre>
 * java build-tools/SkippedTests.java MODULE_DIR...
 * </pre>
 *
 * <p>It prints one line per reason, {@code [tfdrift] skipped: N tests: REASON (xM)}, where N is the
 * total and M the count for that reason, or {@code [tfdrift] skipped: 0 tests} when none were
 * skipped. It never fails the build: an unreadable report is named and passed over, and the exit
 * status is always 0.
 */
public final class SkippedTests {
  private SkippedTests() {}

  public static void main(String[] args) {
    try {
      Map<String, Integer> byReason = new TreeMap<>();
      for (String arg : args) {
        for (String sub : List.of("target/surefire-reports", "target/failsafe-reports")) {
          collect(Path.of(arg).resolve(sub), byReason);
        }
      }
      int total = byReason.values().stream().mapToInt(Integer::intValue).sum();
      if (total == 0) {
        System.out.println("[tfdrift] skipped: 0 tests");
        return;
      }
      byReason.forEach(
          (reason, n) -> System.out.println("[tfdrift] skipped: " + total + " tests: " + reason + " (x" + n + ")"));
    } catch (RuntimeException | Error e) {
      System.out.println("[tfdrift] skipped: summary unavailable: " + e);
    }
  }

  private static void collect(Path reports, Map<String, Integer> byReason) {
    if (!Files.isDirectory(reports)) {
      return;
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(reports)) {
      s.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml")).sorted().forEach(files::add);
    } catch (IOException e) {
      System.out.println("[tfdrift] skipped: cannot list " + reports + ": " + e.getMessage());
      return;
    }
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    for (Path file : files) {
      try {
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        Document doc = builder.parse(file.toFile());
        NodeList skipped = doc.getElementsByTagName("skipped");
        for (int i = 0; i < skipped.getLength(); i++) {
          Element e = (Element) skipped.item(i);
          byReason.merge(reason(e), 1, Integer::sum);
        }
      } catch (Exception e) {
        System.out.println("[tfdrift] skipped: cannot read " + file + ": " + e.getMessage());
      }
    }
  }

  private static String reason(Element skipped) {
    String message = skipped.getAttribute("message");
    if (message.isBlank()) {
      message = skipped.getTextContent();
    }
    String line = message == null ? "" : message.strip().lines().findFirst().orElse("").strip();
    line = line.replaceFirst("^Assumption failed: ", "");
    return line.isEmpty() ? "(no reason given)" : line;
  }
}
