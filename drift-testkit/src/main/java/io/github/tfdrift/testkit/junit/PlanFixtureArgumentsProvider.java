package io.github.tfdrift.testkit.junit;

import io.github.tfdrift.testkit.Fixture;
import io.github.tfdrift.testkit.PlanFixtures;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclaration;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * Provides the arguments of {@link PlanFixtureSource}: one named argument set per fixture, shaped by
 * the parameters the test declares (JUnit 5.13+ {@link ParameterDeclarations}).
 */
public final class PlanFixtureArgumentsProvider extends AnnotationBasedArgumentsProvider<PlanFixtureSource> {

  /** Creates the provider (JUnit does). */
  public PlanFixtureArgumentsProvider() {}

  @Override
  protected Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context, PlanFixtureSource source) {
    List<String> names = source.value().length == 0 ? PlanFixtures.names() : List.of(source.value());
    List<ParameterDeclaration> declared = parameters.getAll();
    return names.stream()
        .map(
            name -> {
              Fixture fixture;
              try {
                fixture = PlanFixtures.fixture(name);
              } catch (IllegalArgumentException e) {
                throw new ParameterResolutionException(e.getMessage(), e);
              }
              Object[] args = new Object[declared.size()];
              for (int i = 0; i < args.length; i++) {
                Class<?> type = declared.get(i).getParameterType();
                args[i] = type == String.class ? name : PlanFixtureExtension.valueOf(fixture, type);
              }
              return Arguments.argumentSet(name, args);
            });
  }
}
