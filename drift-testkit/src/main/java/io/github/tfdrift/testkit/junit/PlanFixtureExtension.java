package io.github.tfdrift.testkit.junit;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.testkit.ExpectedOutcome;
import io.github.tfdrift.testkit.Fixture;
import io.github.tfdrift.testkit.PlanFixtures;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves parameters annotated with {@link PlanFixture}. Fixtures are read once and kept in the root
 * extension store, so every test class of a run shares them. An unknown name fails the test with the
 * list of known names.
 */
public final class PlanFixtureExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PlanFixtureExtension.class);
  private static final Set<Class<?>> TYPES = Set.of(Plan.class, Fixture.class, ExpectedOutcome.class, String.class);

  /** Creates the extension (JUnit does). */
  public PlanFixtureExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.isAnnotated(PlanFixture.class) && TYPES.contains(parameterContext.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    String name = parameterContext.findAnnotation(PlanFixture.class).orElseThrow().value();
    Fixture fixture;
    try {
      fixture = extensionContext.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(name, PlanFixtures::fixture, Fixture.class);
    } catch (IllegalArgumentException e) {
      throw new ParameterResolutionException(e.getMessage(), e);
    }
    return valueOf(fixture, parameterContext.getParameter().getType());
  }

  /** The part of a fixture a parameter of the given type receives. */
  static Object valueOf(Fixture fixture, Class<?> type) {
    if (type == Plan.class) {
      return fixture.plan();
    }
    if (type == Fixture.class) {
      return fixture;
    }
    if (type == ExpectedOutcome.class) {
      return fixture.expected();
    }
    if (type == String.class) {
      return fixture.planJson();
    }
    throw new ParameterResolutionException("a plan fixture cannot be injected as " + type.getName());
  }
}
