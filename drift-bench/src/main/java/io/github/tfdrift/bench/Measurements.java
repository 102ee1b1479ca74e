package io.github.tfdrift.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.StreamSummary;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;

/**
 * The measurements the benchmark runs, in table order. Each parses the same bytes held in memory:
 * the token scan, {@code readTree} and the model read parse the {@code byte[]} in place (Jackson's
 * byte-array parser, no copy); the streaming read takes an {@link java.io.InputStream} by design, so it
 * reads a {@link ByteArrayInputStream} over the same array.
 *
 * <p><b>Extension point: classification.</b> Once {@code drift-rules} exists, measure "classifying adds
 * at most 25% to the full-model read time" by adding a dependency on {@code drift-rules} to {@code
 * drift-bench/pom.xml}, a class {@code ClassifyMeasurement implements Measurement} whose {@code run}
 * reads the plan exactly as {@link #MODEL} does, classifies it with the engine and returns the engine's
 * result (so the retained heap covers plan and verdict), with {@code comparedWith()} returning {@code
 * Optional.of("model")}, and adding it to {@link #standard()}. The table's time ratio for that row is
 * then (read + classify) / read, and the target is at most 1.25 on the 10k plan.
 */
public final class Measurements {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final PlanReader READER = PlanReader.create();

  private Measurements() {}

  /** Every {@link JsonParser#nextToken()} of the document and nothing else: the floor for any reader. */
  public static final Measurement TOKEN_SCAN =
      new Measurement() {
        @Override
        public String name() {
          return "token-scan";
        }

        @Override
        public String description() {
          return "Jackson JsonParser.nextToken() loop, no values materialised";
        }

        @Override
        public Object run(byte[] plan, HeapProbe probe) throws Exception {
          long tokens = 0;
          try (JsonParser p = FACTORY.createParser(plan)) {
            while (p.nextToken() != null) {
              tokens++;
            }
          }
          return tokens;
        }

        @Override
        public String summarize(Object result) {
          return result + " tokens";
        }
      };

  /** Jackson's generic tree, the usual way to load a plan in Java. */
  public static final Measurement JACKSON_TREE =
      new Measurement() {
        @Override
        public String name() {
          return "readTree";
        }

        @Override
        public String description() {
          return "ObjectMapper.readTree(byte[]): Jackson's JsonNode tree";
        }

        @Override
        public Object run(byte[] plan, HeapProbe probe) throws Exception {
          return MAPPER.readTree(plan);
        }

        @Override
        public String summarize(Object result) {
          JsonNode n = (JsonNode) result;
          return n.path("resource_changes").size() + " resource changes, " + n.path("resource_drift").size() + " drift";
        }
      };

  /** tfdrift's full typed model. */
  public static final Measurement MODEL =
      new Measurement() {
        @Override
        public String name() {
          return "model";
        }

        @Override
        public String description() {
          return "PlanReader.read(byte[], source): tfdrift's full typed model";
        }

        @Override
        public Optional<String> comparedWith() {
          return Optional.of("readTree");
        }

        @Override
        public Object run(byte[] plan, HeapProbe probe) {
          Either<PlanError, Plan> read = READER.read(plan, "bench");
          if (read.isLeft()) {
            throw new IllegalStateException(read.getLeft().describe());
          }
          return read.get();
        }

        @Override
        public String summarize(Object result) {
          Plan p = (Plan) result;
          return p.resourceChanges().size() + " resource changes, " + p.resourceDrift().size() + " drift";
        }
      };

  /** tfdrift's streaming read: one resource change at a time, nothing kept. */
  public static final Measurement STREAM =
      new Measurement() {
        @Override
        public String name() {
          return "stream";
        }

        @Override
        public String description() {
          return "PlanReader.stream(InputStream, source, changes, drift): one ResourceChange at a time; heap is the sampled peak while reading";
        }

        @Override
        public Optional<String> comparedWith() {
          return Optional.of("readTree");
        }

        @Override
        public Object run(byte[] plan, HeapProbe probe) {
          long[] chars = {0};
          Either<PlanError, StreamSummary> read =
              READER.stream(
                  new ByteArrayInputStream(plan),
                  "bench",
                  rc -> {
                    chars[0] += rc.address().length();
                    probe.tick();
                  },
                  rc -> chars[0] += rc.address().length());
          if (read.isLeft()) {
            throw new IllegalStateException(read.getLeft().describe());
          }
          if (chars[0] == 0) {
            throw new IllegalStateException("no resource change was delivered");
          }
          return read.get();
        }

        @Override
        public String summarize(Object result) {
          StreamSummary s = (StreamSummary) result;
          return s.resourceChanges() + " resource changes, " + s.resourceDrift() + " drift";
        }
      };

  /** The measurements of one run, in table order. Add new measurements here. */
  public static List<Measurement> standard() {
    return List.of(TOKEN_SCAN, JACKSON_TREE, MODEL, new ClassifyMeasurement(), STREAM);
  }

  /** The measurement with that name. */
  public static Optional<Measurement> named(String name) {
    return standard().stream().filter(m -> m.name().equals(name)).findFirst();
  }
}
