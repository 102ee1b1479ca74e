package io.github.tfdrift.rules.examples;

// DOCS-BEGIN
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import java.util.List;
import java.util.Set;

/** An S3 bucket ACL that becomes public is a STOP, whatever else the plan says about the bucket. */
public final class S3AclPublicIsStop implements Rule {
  private static final Set<JsonValue> PUBLIC = Set.of(JsonValue.of("public-read"), JsonValue.of("public-read-write"));

  @Override
  public String id() {
    return "s3-acl-public-is-stop";
  }

  @Override
  public String summary() {
    return "An S3 bucket ACL that becomes public-read or public-read-write is escalated to STOP.";
  }

  @Override
  public List<Finding> evaluate(EntryFacts entry, PlanContext context) {
    if (!entry.type().equals("aws_s3_bucket") && !entry.type().equals("aws_s3_bucket_acl")) {
      return List.of();
    }
    for (PathChange c : entry.plannedChanges()) {
      if (c.path().render().equals("acl") && PUBLIC.contains(c.after())) {
        // The verdict stays what it is (UPDATE); the procedure becomes STOP and the exit code 3.
        return List.of(
            Finding.escalate(entry.address() + " makes the bucket " + context.transition(c) + ": get a security review before applying.")
                .paths(c.path())
                .risk(Risk.CRITICAL)
                .build());
      }
    }
    return List.of();
  }
}
// DOCS-END
