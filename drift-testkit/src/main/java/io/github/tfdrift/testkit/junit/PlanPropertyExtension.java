package io.github.tfdrift.testkit.junit;

import io.github.tfdrift.testkit.gen.AfterFailure;
import io.github.tfdrift.testkit.gen.Describe;
import io.github.tfdrift.testkit.gen.Gen;
import io.github.tfdrift.testkit.gen.PlanGens;
import io.github.tfdrift.testkit.gen.Property;
import io.github.tfdrift.testkit.gen.PropertyResult;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.jspecify.annotations.Nullable;

/**
 * The JUnit 5 extension behind {@link PlanProperty}: resolves the generated parameters, then runs
 * the method once per try through {@link Property} (with {@link BeforeTry} and {@link AfterTry}
 * methods around each try), shrinking a failure and failing the test with the seed and the shrunk
 * parameters by name. The property is remembered as {@code Class#method}. Registered by the annotation; it does nothing for other methods.
 */
public final class PlanPropertyExtension implements ParameterResolver, InvocationInterceptor {

  /** Creates the extension (JUnit does). */
  public PlanPropertyExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    if (!isProperty(parameterContext.getDeclaringExecutable())) {
      return false;
    }
    Parameter p = parameterContext.getParameter();
    return p.isAnnotationPresent(From.class) || PlanGens.forType(p.getType()).isPresent();
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    // A placeholder for JUnit's own invocation, which the interceptor replaces by the tries.
    Gen<?> gen = generatorFor(parameterContext.getParameter(), extensionContext.getRequiredTestClass(), extensionContext.getTestInstance());
    return gen.samples(1L, 1, 1).get(0);
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) {
    Method method = invocationContext.getExecutable();
    PlanProperty annotation = method.getAnnotation(PlanProperty.class);
    if (annotation == null) {
      proceed(invocation);
      return;
    }
    invocation.skip();
    Object target = invocationContext.getTarget().orElse(null);
    List<Object> resolved = invocationContext.getArguments();
    Parameter[] parameters = method.getParameters();
    List<Gen<?>> gens = new ArrayList<>();
    List<Boolean> generated = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      Parameter p = parameters[i];
      boolean ours = p.isAnnotationPresent(From.class) || PlanGens.forType(p.getType()).isPresent();
      generated.add(ours);
      gens.add(ours ? generatorFor(p, extensionContext.getRequiredTestClass(), Optional.ofNullable(target)) : Gen.constant(resolved.get(i)));
    }
    Class<?> testClass = extensionContext.getRequiredTestClass();
    String[] names = ParameterNames.of(method).orElse(null);
    List<Method> before = hooks(testClass, BeforeTry.class);
    List<Method> after = hooks(testClass, AfterTry.class);
    Property<List<Object>> property =
        Property.forAll(Gen.tuple(gens))
            .withSeed(annotation.seed())
            .tries(annotation.tries())
            .maxSize(annotation.maxSize())
            .shrinkBudget(annotation.shrinkBudget())
            .edgeCases(annotation.edgeCases())
            .named(method.getName())
            .remembering(
                testClass.getName() + "#" + method.getName(), testClass.getSimpleName() + "#" + method.getName())
            .describedBy((args, failure) -> describe(parameters, names, generated, args, failure));
    // JUnit configuration parameters (junit-platform.properties, the launcher) fall back to system properties.
    extensionContext.getConfigurationParameter(AfterFailure.PROPERTY).map(AfterFailure::parse).ifPresent(property::afterFailure);
    extensionContext.getConfigurationParameter("tfdrift.failures").filter(d -> !d.isBlank()).map(d -> Path.of(d.strip())).ifPresent(property::failureDirectory);
    before.forEach(h -> property.beforeTry(() -> invoke(h, target, List.of())));
    after.forEach(h -> property.afterTry(() -> invoke(h, target, List.of())));
    long seed = property.resolvedSeed();
    extensionContext.publishReportEntry("tfdrift.seed", Long.toString(seed));
    method.setAccessible(true);
    PropertyResult<List<Object>> result = property.runChecked(args -> invoke(method, target, args));
    if (!result.passed()) {
      AssertionError e = new AssertionError(result.report());
      result.failure().ifPresent(e::initCause);
      throw e;
    }
    extensionContext.publishReportEntry("tfdrift.tries", Integer.toString(result.tries()));
    if (!result.statistics().isEmpty()) {
      extensionContext.publishReportEntry("tfdrift.statistics", result.statistics().table(method.getName()));
    }
  }

  /** The methods of the class and its superclasses marked {@code hook}, superclasses first. */
  private static List<Method> hooks(Class<?> testClass, Class<? extends java.lang.annotation.Annotation> hook) {
    List<Method> out = new ArrayList<>();
    for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
      List<Method> own = new ArrayList<>();
      for (Method m : c.getDeclaredMethods()) {
        if (m.isAnnotationPresent(hook)) {
          if (m.getParameterCount() != 0) {
            throw new ExtensionConfigurationException("@" + hook.getSimpleName() + " method " + m.getName() + " must have no parameters");
          }
          m.setAccessible(true);
          own.add(m);
        }
      }
      own.sort(java.util.Comparator.comparing(Method::getName));
      out.addAll(0, own);
    }
    return out;
  }

  private static void proceed(Invocation<Void> invocation) {
    try {
      invocation.proceed();
    } catch (Throwable t) {
      throw PlanPropertyExtension.<RuntimeException>sneaky(t);
    }
  }

  private static String describe(Parameter[] parameters, String @Nullable [] names, List<Boolean> generated, List<Object> args, String failure) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < parameters.length; i++) {
      if (generated.get(i)) {
        String name =
            names != null
                ? names[i]
                : parameters[i].getName() + " (parameter " + (i + 1) + ", " + parameters[i].getType().getSimpleName()
                    + "; compile with -parameters or -g for its name)";
        b.append(name).append(" = ").append(Describe.describe(args.get(i), failure)).append('\n');
      }
    }
    return b.toString();
  }

  private static void invoke(Method method, @Nullable Object target, List<Object> args) {
    try {
      method.invoke(target, args.toArray());
    } catch (InvocationTargetException e) {
      throw PlanPropertyExtension.<RuntimeException>sneaky(e.getCause());
    } catch (IllegalAccessException e) {
      throw new ExtensionConfigurationException("cannot call " + method, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable t) throws E {
    throw (E) t;
  }

  private static boolean isProperty(java.lang.reflect.Executable e) {
    return e instanceof Method m && m.isAnnotationPresent(PlanProperty.class);
  }

  static Gen<?> generatorFor(Parameter p, Class<?> testClass, Optional<Object> instance) {
    Gen<?> gen = sized(p, baseGenerator(p, testClass, instance));
    return p.isAnnotationPresent(WithoutEdgeCases.class) ? gen.withoutEdgeCases() : gen;
  }

  private static Gen<?> sized(Parameter p, Gen<?> gen) {
    IntRange range = p.getAnnotation(IntRange.class);
    if (range != null) {
      return ranged(p, range);
    }
    Size size = p.getAnnotation(Size.class);
    if (size == null) {
      return gen;
    }
    if (size.min() < 0 || size.max() < size.min()) {
      throw new ParameterResolutionException("@Size(min = " + size.min() + ", max = " + size.max() + ") of " + p.getName() + " is not a range");
    }
    if (p.isAnnotationPresent(From.class)) {
      throw new ParameterResolutionException("@Size does not apply to " + p.getName() + ": its generator method (@From) decides its size");
    }
    if (p.getType() == io.github.tfdrift.core.model.Plan.class) {
      return PlanGens.plans(size.min(), size.max());
    }
    if (p.getType() == String.class) {
      return Gen.strings(Gen.DEFAULT_ALPHABET, size.min(), size.max());
    }
    throw new ParameterResolutionException("@Size applies to Plan and String parameters, not to " + p.getType().getSimpleName() + " " + p.getName());
  }

  private static Gen<?> ranged(Parameter p, IntRange range) {
    String what = "@IntRange(min = " + range.min() + ", max = " + range.max() + ") of " + p.getName();
    if (range.max() < range.min()) {
      throw new ParameterResolutionException(what + " is not a range");
    }
    if (p.isAnnotationPresent(From.class)) {
      throw new ParameterResolutionException("@IntRange does not apply to " + p.getName() + ": its generator method (@From) decides its range");
    }
    if (p.isAnnotationPresent(Size.class)) {
      throw new ParameterResolutionException("@IntRange and @Size both given for " + p.getName() + ": use one");
    }
    Class<?> t = p.getType();
    if (t == int.class || t == Integer.class) {
      if (range.min() < Integer.MIN_VALUE || range.max() > Integer.MAX_VALUE) {
        throw new ParameterResolutionException(what + " does not fit an int: declare the parameter long");
      }
      return Gen.integers((int) range.min(), (int) range.max());
    }
    if (t == long.class || t == Long.class) {
      try {
        return Gen.longs(range.min(), range.max());
      } catch (IllegalArgumentException e) {
        throw new ParameterResolutionException(what + ": " + e.getMessage());
      }
    }
    throw new ParameterResolutionException("@IntRange applies to int and long parameters, not to " + t.getSimpleName() + " " + p.getName());
  }

  private static Gen<?> baseGenerator(Parameter p, Class<?> testClass, Optional<Object> instance) {
    From from = p.getAnnotation(From.class);
    if (from == null) {
      return PlanGens.forType(p.getType())
          .orElseThrow(() -> new ParameterResolutionException("no generator for " + p.getType().getName() + "; name one with @From"));
    }
    for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().equals(from.value()) && m.getParameterCount() == 0 && Gen.class.isAssignableFrom(m.getReturnType())) {
          boolean isStatic = Modifier.isStatic(m.getModifiers());
          if (!isStatic && instance.isEmpty()) {
            throw new ParameterResolutionException("generator method " + from.value() + " is not static and there is no test instance");
          }
          try {
            m.setAccessible(true);
            Object gen = m.invoke(isStatic ? null : instance.get());
            if (gen == null) {
              throw new ParameterResolutionException("generator method " + from.value() + " returned null");
            }
            return (Gen<?>) gen;
          } catch (IllegalAccessException e) {
            throw new ParameterResolutionException("cannot call generator method " + from.value(), e);
          } catch (InvocationTargetException e) {
            throw new ParameterResolutionException("generator method " + from.value() + " failed", e.getCause());
          }
        }
      }
    }
    throw new ParameterResolutionException(
        "no generator method '" + from.value() + "()' returning Gen in " + testClass.getName() + " or its superclasses");
  }
}
