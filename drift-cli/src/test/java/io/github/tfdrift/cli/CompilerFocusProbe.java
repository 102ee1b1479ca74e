package io.github.tfdrift.cli;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * Run in a JVM of its own by {@link CompilerFocusTest}: installs the quick directives and prints what
 * the JVM then holds.
 */
public final class CompilerFocusProbe {
  private CompilerFocusProbe() {}

  /** Prints the JVM's answer (or {@code none}) and its directives after. */
  public static void main(String[] args) throws Exception {
    System.out.println("answer: " + CompilerFocus.install(CompilerFocus.QUICK).orElse("none"));
    System.out.println(
        ManagementFactory.getPlatformMBeanServer()
            .invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"),
                "compilerDirectivesPrint",
                new Object[] {new String[0]},
                new String[] {String[].class.getName()}));
  }
}
