package io.github.tfdrift.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parameter names of a failing property come from the class file when the class lacks {@code -parameters}. */
class ParameterNamesTest {
  static final String SOURCE =
      "package p;\n"
          + "public class Props {\n"
          + "  public void twoPlans(String firstPlan, long wide, int secondValue) {}\n"
          + "  public static void atStatic(double big, String name) {}\n"
          + "}\n";

  Class<?> compiled(Path dir, String... options) throws Exception {
    Path src = dir.resolve("p/Props.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, SOURCE, StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new java.util.ArrayList<>(List.of(options));
    args.addAll(List.of("-d", dir.toString(), src.toString()));
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader()).loadClass("p.Props");
  }

  static Method method(Class<?> c, String name) {
    for (Method m : c.getMethods()) {
      if (m.getName().equals(name)) {
        return m;
      }
    }
    throw new AssertionError(name);
  }

  @Test
  void withoutParametersButWithDebugInformationNamesComeFromTheLocalVariableTable(@TempDir Path dir) throws Exception {
    Class<?> c = compiled(dir, "-g");
    assertThat(method(c, "twoPlans").getParameters()[0].isNamePresent()).isFalse();
    assertThat(ParameterNames.of(method(c, "twoPlans"))).hasValueSatisfying(n -> assertThat(n).containsExactly("firstPlan", "wide", "secondValue"));
    assertThat(ParameterNames.of(method(c, "atStatic"))).hasValueSatisfying(n -> assertThat(n).containsExactly("big", "name"));
  }

  @Test
  void withoutAnyDebugInformationThereAreNoNames(@TempDir Path dir) throws Exception {
    Class<?> c = compiled(dir, "-g:none");
    assertThat(ParameterNames.of(method(c, "twoPlans"))).isEmpty();
  }

  @Test
  void withParametersNamesComeFromReflection(@TempDir Path dir) throws Exception {
    Class<?> c = compiled(dir, "-parameters", "-g:none");
    assertThat(ParameterNames.of(method(c, "twoPlans"))).hasValueSatisfying(n -> assertThat(n).containsExactly("firstPlan", "wide", "secondValue"));
  }
}
