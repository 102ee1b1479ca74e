package io.github.tfdrift.report;

import io.github.tfdrift.report.text.SafeText;
import static io.github.tfdrift.report.ReportFixtures.VM;
import static io.github.tfdrift.report.ReportFixtures.analyzed;
import static io.github.tfdrift.report.ReportFixtures.policy;
import static io.github.tfdrift.report.ReportFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.rules.policy.Policy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML: one test case per resource instance, destructive entries fail. */
class JunitReportWriterTest {
  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void oneTestCasePerInstanceAndDestructiveEntriesAreFailures() throws Exception {
    String xml = new JunitReportWriter().render(run(analyzed("s6-vm-deleted-outside"), analyzed("s1-memory-changed"), analyzed("clean")));
    Document d = parse(xml);
    Element root = d.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("3");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(d.getElementsByTagName("testsuite").getLength()).isEqualTo(3);
    NodeList cases = d.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    Element first = (Element) cases.item(0);
    assertThat(first.getAttribute("classname")).isEqualTo("s6-vm-deleted-outside.json");
    assertThat(first.getAttribute("name")).isEqualTo(VM);
    Element failure = (Element) first.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("recreate");
    assertThat(failure.getAttribute("message")).startsWith("RECREATE: ");
    assertThat(failure.getTextContent()).contains("STOP!").contains("data loss");
    Element update = (Element) cases.item(1);
    assertThat(update.getElementsByTagName("failure").getLength()).isZero();
    assertThat(update.getElementsByTagName("system-out").item(0).getTextContent()).contains("Procedure 1 (restore): run 'tofu apply'");
  }

  @Test
  void policyEntriesExpiringSoonPassQuietlyLikeExpiredAndStaleOnes() throws Exception {
    String withWarnings = new JunitReportWriter().render(run(analyzed("s1-memory-changed", policy(ReportFixtures.WAIVERS))));
    String withoutWarnings =
        new JunitReportWriter().render(run(analyzed("s1-memory-changed", policy(ReportFixtures.WAIVERS + "expiry_warning_days: 0\n"))));
    Document d = parse(withWarnings);
    assertThat(d.getDocumentElement().getAttribute("tests")).isEqualTo("1");
    assertThat(d.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    assertThat(d.getDocumentElement().getAttribute("errors")).isEqualTo("0");
    assertThat(withWarnings).isEqualTo(withoutWarnings).doesNotContain("INC-0 last day").doesNotContain("INC-9 gone");
  }

  @Test
  void erroredPlanIsAnErrorTestCase() throws Exception {
    Document d = parse(new JunitReportWriter().render(run(analyzed("errored"))));
    assertThat(d.getDocumentElement().getAttribute("errors")).isEqualTo("1");
    assertThat(((Element) d.getElementsByTagName("error").item(0)).getAttribute("type")).isEqualTo("errored");
  }

  @Test
  void markupQuotesAndControlCharactersInAddressesAreEscaped() throws Exception {
    String address = "terraform_data.x[\\\"<b>&amp;\\\\\\\"'\\u0001]]>\\\"]";
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.11.4","planned_values":{"root_module":{}},
         "resource_changes":[{"address":"%s","mode":"managed","type":"terraform_data","name":"x",
           "index":"<b>&amp;\\\\\\"'\\u0001]]>","provider_name":"terraform.io/builtin/terraform",
           "change":{"actions":["delete"],"before":{"id":"1"},"after":null,"after_unknown":false,
             "before_sensitive":{},"after_sensitive":false}}],
         "configuration":{"root_module":{}},"errored":false}
        """
            .formatted(address);
    AnalyzedPlan p = ReportFixtures.analyzed("odd.json", ReportFixtures.planFromJson(json, "odd.json"), Policy.empty());
    String xml = new JunitReportWriter().render(run(p));
    Document d = parse(xml);
    Element c = (Element) d.getElementsByTagName("testcase").item(0);
    // The control character is shown as an escape (SafeText.printable) before XML sees it.
    assertThat(c.getAttribute("name")).isEqualTo("terraform_data.x[\"<b>&amp;\\\"'\\u0001]]>\"]");
    assertThat(c.getElementsByTagName("failure").getLength()).isEqualTo(1);
  }

  @Test
  void aRenameIsAFailureForTheDeleteAndBothShowTheMovedBlock() throws Exception {
    Document d = parse(new JunitReportWriter().render(run(analyzed("renamed"))));
    assertThat(d.getDocumentElement().getAttribute("failures")).isEqualTo("1");
    Element failure = (Element) d.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("delete");
    String block = "Suggested moved block:\nmoved {\n  from = terraform_data.old\n  to   = module.m.terraform_data.new\n}";
    assertThat(failure.getTextContent()).contains(block);
    assertThat(d.getElementsByTagName("system-out").item(0).getTextContent()).contains(block);
  }
}
