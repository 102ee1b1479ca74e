# The drift command as a container image, for CI jobs that have a container runtime but no JDK:
#   docker build -t tfdrift/drift .
#   docker run --rm -v "$PWD:/work" tfdrift/drift analyze --format markdown plan.json
# See docs/ci.md.

# Build stage: the Maven wrapper on a JDK 17, drift-cli and the modules it needs, tests skipped
# (they run in CI, and need the shared plan corpus that is not part of the build context).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -ntp -DskipTests -Dtfdrift.releaseCheck.skip -pl drift-cli -am package \
 && cp drift-cli/target/drift.jar /tmp/drift.jar

# Run stage: a JRE 17 and the shaded jar, run as a non-root user from /work (mount the plans there).
FROM eclipse-temurin:17-jre
LABEL org.opencontainers.image.title="drift" \
      org.opencontainers.image.description="Classifies the changes of Terraform/OpenTofu JSON plans and writes a drift report." \
      org.opencontainers.image.source="https://github.com/tfdrift/tfdrift" \
      org.opencontainers.image.licenses="Apache-2.0"
RUN groupadd --system drift && useradd --system --gid drift --home-dir /work --no-create-home drift \
 && mkdir -p /opt/drift /work && chown drift:drift /work
COPY --from=build /tmp/drift.jar /opt/drift/drift.jar
COPY LICENSE NOTICE /opt/drift/
USER drift
WORKDIR /work
ENTRYPOINT ["java","-jar","/opt/drift/drift.jar"]
CMD ["--help"]
