package io.github.tfdrift.bench;

import static io.github.tfdrift.bench.Values.EMPTY_LIST;
import static io.github.tfdrift.bench.Values.alnum;
import static io.github.tfdrift.bench.Values.b;
import static io.github.tfdrift.bench.Values.hex;
import static io.github.tfdrift.bench.Values.ip;
import static io.github.tfdrift.bench.Values.list;
import static io.github.tfdrift.bench.Values.n;
import static io.github.tfdrift.bench.Values.pick;
import static io.github.tfdrift.bench.Values.s;
import static io.github.tfdrift.bench.Values.strings;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resource types shaped like the AWS provider's: attribute names, nesting (blocks as lists of
 * objects), tag maps, JSON policy strings, computed attributes unknown on create, sensitive
 * attributes.
 */
final class Shapes {
  private Shapes() {}

  /** What a generated resource is named after and lives in. */
  record Ctx(String name, String env, String region, String account, Random r) {}

  /** One resource type. */
  abstract static class Shape {
    final String type;
    final boolean data;
    final int schemaVersion;

    Shape(String type, boolean data, int schemaVersion) {
      this.type = type;
      this.data = data;
      this.schemaVersion = schemaVersion;
    }

    /** The full state of one object, computed attributes included. */
    abstract JsonValue.Obj state(Ctx c);

    /** Top-level attributes that are unknown until the object is created. */
    abstract Set<String> computed();

    /** Paths whose values are sensitive. */
    Set<String> sensitive() {
      return Set.of();
    }

    /** Attributes an update or drift changes. */
    abstract List<String> mutable();

    /** The attribute whose change forces replacement. */
    abstract String forcesNew();

    /** A changed value for an attribute. */
    JsonValue mutate(String attr, JsonValue old, Ctx c) {
      Random r = c.r();
      if (old instanceof JsonValue.Num num) {
        return n(Long.parseLong(num.literal()) + 1 + r.nextInt(64));
      }
      if (old instanceof JsonValue.Bool bool) {
        return b(!bool.value());
      }
      if (old instanceof JsonValue.Str str) {
        return s(str.value() + "-" + alnum(r, 4));
      }
      return old;
    }
  }

  static final List<String> TEAMS = List.of("platform", "payments", "search", "identity", "data", "edge", "ml");
  static final List<String> AZ_SUFFIX = List.of("a", "b", "c");

  /** {@code tags} and {@code tags_all} (the tags plus the provider's default tags). */
  static void tags(Values.Obj o, Ctx c) {
    JsonValue.Obj tags = tags(c);
    o.put("tags", tags);
    o.put("tags_all", tags.with("ManagedBy", s("terraform")).with("Repository", s("github.com/example/infrastructure")));
  }

  static JsonValue.Obj tags(Ctx c) {
    Random r = c.r();
    Values.Obj t = Values.Obj.sorted();
    t.s("Name", c.name());
    t.s("Environment", c.env());
    t.s("Team", pick(r, TEAMS));
    t.s("Service", c.name().substring(0, Math.min(c.name().length(), 7)));
    if (r.nextBoolean()) {
      t.s("CostCenter", "cc-" + (1000 + r.nextInt(9000)));
    }
    if (r.nextInt(3) == 0) {
      t.s("Owner", pick(r, TEAMS) + "@example.com");
    }
    if (r.nextInt(4) == 0) {
      t.s("DataClassification", pick(r, "public", "internal", "confidential"));
    }
    return t.build();
  }

  static String uuid(Random r) {
    return hex(r, 8) + "-" + hex(r, 4) + "-" + hex(r, 4) + "-" + hex(r, 4) + "-" + hex(r, 12);
  }

  static String arn(Ctx c, String service, String resource) {
    return "arn:aws:" + service + ":" + c.region() + ":" + c.account() + ":" + resource;
  }

  /** An IAM policy document as a JSON string, as the provider normalises it. */
  static String policy(Ctx c, int statements, String resourceArn) {
    Random r = c.r();
    List<JsonValue> st = new ArrayList<>();
    List<String> services = List.of("s3", "ec2", "dynamodb", "sqs", "sns", "kms", "logs", "lambda");
    List<String> verbs =
        List.of("Get*", "List*", "Describe*", "PutObject", "DeleteObject", "SendMessage", "ReceiveMessage", "Decrypt",
            "Encrypt", "GenerateDataKey", "CreateLogStream", "PutLogEvents", "InvokeFunction", "Query", "Scan",
            "GetItem", "PutItem", "UpdateItem");
    for (int i = 0; i < statements; i++) {
      String svc = pick(r, services);
      List<String> actions = new ArrayList<>();
      int na = 2 + r.nextInt(7);
      for (int k = 0; k < na; k++) {
        actions.add(svc + ":" + pick(r, verbs));
      }
      List<String> resources = new ArrayList<>();
      int nr = 1 + r.nextInt(3);
      for (int k = 0; k < nr; k++) {
        resources.add(resourceArn + (k == 0 ? "" : "/" + alnum(r, 6) + "/*"));
      }
      Values.Obj s = Values.Obj.ordered();
      s.s("Sid", "Allow" + Character.toUpperCase(svc.charAt(0)) + svc.substring(1) + i);
      s.s("Effect", r.nextInt(8) == 0 ? "Deny" : "Allow");
      s.put("Action", actions.size() == 1 ? s(actions.get(0)) : strings(actions));
      s.put("Resource", resources.size() == 1 ? s(resources.get(0)) : strings(resources));
      if (r.nextInt(3) == 0) {
        s.put(
            "Condition",
            Values.Obj.ordered()
                .put(
                    "StringEquals",
                    Values.Obj.ordered()
                        .s("aws:PrincipalTag/Team", pick(r, TEAMS))
                        .s("aws:RequestedRegion", c.region())
                        .build())
                .build());
      }
      st.add(s.build());
    }
    return JsonValues.toJson(Values.Obj.ordered().s("Version", "2012-10-17").put("Statement", list(st)).build());
  }

  // ---- aws_instance ---------------------------------------------------------------------------

  static final Shape INSTANCE =
      new Shape("aws_instance", false, 1) {
        @Override
        JsonValue.Obj state(Ctx c) {
          Random r = c.r();
          String id = "i-" + hex(r, 17);
          String az = c.region() + pick(r, AZ_SUFFIX);
          String ip = ip(r, "10.42.");
          Values.Obj o = Values.Obj.sorted();
          o.s("ami", "ami-" + hex(r, 17));
          o.s("arn", arn(c, "ec2", "instance/" + id));
          o.b("associate_public_ip_address", r.nextInt(4) == 0);
          o.s("availability_zone", az);
          o.put("capacity_reservation_specification", list(Values.Obj.sorted().s("capacity_reservation_preference", "open").put("capacity_reservation_target", EMPTY_LIST).build()));
          o.n("cpu_core_count", 1 << r.nextInt(4));
          o.n("cpu_threads_per_core", 2);
          o.put("credit_specification", r.nextBoolean() ? EMPTY_LIST : list(Values.Obj.sorted().s("cpu_credits", "unlimited").build()));
          o.b("disable_api_stop", false);
          o.b("disable_api_termination", r.nextInt(5) == 0);
          List<JsonValue> ebs = new ArrayList<>();
          for (int i = r.nextInt(3); i > 0; i--) {
            ebs.add(volume(c, "/dev/sd" + (char) ('f' + i), false));
          }
          o.put("ebs_block_device", list(ebs));
          o.b("ebs_optimized", r.nextBoolean());
          o.put("enclave_options", list(Values.Obj.sorted().b("enabled", false).build()));
          o.put("ephemeral_block_device", EMPTY_LIST);
          o.b("get_password_data", false);
          o.b("hibernation", false);
          o.nul("host_id");
          o.nul("host_resource_group_arn");
          o.s("iam_instance_profile", c.name() + "-profile");
          o.s("id", id);
          o.s("instance_initiated_shutdown_behavior", "stop");
          o.s("instance_lifecycle", "");
          o.put("instance_market_options", EMPTY_LIST);
          o.s("instance_state", "running");
          o.s("instance_type", pick(r, "t3.micro", "t3.small", "t3.medium", "m6i.large", "m6i.xlarge", "c6i.2xlarge", "r6i.large"));
          o.n("ipv6_address_count", 0);
          o.put("ipv6_addresses", EMPTY_LIST);
          o.s("key_name", r.nextBoolean() ? "" : "ops-" + c.env());
          o.put("launch_template", EMPTY_LIST);
          o.put("maintenance_options", list(Values.Obj.sorted().s("auto_recovery", "default").build()));
          o.put(
              "metadata_options",
              list(
                  Values.Obj.sorted()
                      .s("http_endpoint", "enabled")
                      .s("http_protocol_ipv6", "disabled")
                      .n("http_put_response_hop_limit", 1 + r.nextInt(2))
                      .s("http_tokens", r.nextInt(4) == 0 ? "optional" : "required")
                      .s("instance_metadata_tags", "disabled")
                      .build()));
          o.b("monitoring", r.nextBoolean());
          o.put("network_interface", EMPTY_LIST);
          o.s("outpost_arn", "");
          o.s("password_data", "");
          o.s("placement_group", "");
          o.nul("placement_partition_number");
          o.s("primary_network_interface_id", "eni-" + hex(r, 17));
          o.s("private_dns", "ip-" + ip.replace('.', '-') + "." + c.region() + ".compute.internal");
          o.put(
              "private_dns_name_options",
              list(
                  Values.Obj.sorted()
                      .b("enable_resource_name_dns_a_record", false)
                      .b("enable_resource_name_dns_aaaa_record", false)
                      .s("hostname_type", "ip-name")
                      .build()));
          o.s("private_ip", ip);
          o.s("public_dns", "");
          o.s("public_ip", "");
          o.put("root_block_device", list(volume(c, "/dev/xvda", true)));
          o.put("secondary_private_ips", EMPTY_LIST);
          o.put("security_groups", EMPTY_LIST);
          o.b("source_dest_check", true);
          o.s("spot_instance_request_id", "");
          o.s("subnet_id", "subnet-" + hex(r, 17));
          tags(o, c);
          o.s("tenancy", "default");
          o.nul("timeouts");
          o.s("user_data", hex(r, 40));
          o.nul("user_data_base64");
          o.b("user_data_replace_on_change", false);
          o.nul("volume_tags");
          List<String> sgs = new ArrayList<>();
          for (int i = 1 + r.nextInt(3); i > 0; i--) {
            sgs.add("sg-" + hex(r, 17));
          }
          o.put("vpc_security_group_ids", strings(sgs));
          return o.build();
        }

        @Override
        Set<String> computed() {
          return Set.of("arn", "id", "instance_state", "primary_network_interface_id", "private_dns", "private_ip",
              "public_dns", "public_ip", "outpost_arn", "password_data", "ipv6_addresses", "instance_lifecycle",
              "spot_instance_request_id", "host_id", "placement_partition_number");
        }

        @Override
        List<String> mutable() {
          return List.of("instance_type", "monitoring", "disable_api_termination", "ebs_optimized", "tags");
        }

        @Override
        String forcesNew() {
          return "ami";
        }
      };

  static JsonValue volume(Ctx c, String device, boolean root) {
    Random r = c.r();
    Values.Obj v = Values.Obj.sorted();
    v.b("delete_on_termination", root);
    v.s("device_name", device);
    v.b("encrypted", r.nextInt(5) != 0);
    v.n("iops", 3000);
    v.s("kms_key_id", r.nextBoolean() ? "" : arn(c, "kms", "key/" + uuid(r)));
    if (!root) {
      v.s("snapshot_id", "");
    }
    v.put("tags", Values.EMPTY_OBJECT);
    v.n("throughput", 125);
    v.s("volume_id", "vol-" + hex(r, 17));
    v.n("volume_size", root ? 8 << r.nextInt(4) : 100 << r.nextInt(4));
    v.s("volume_type", "gp3");
    return v.build();
  }

  // ---- aws_s3_bucket --------------------------------------------------------------------------

  static final Shape BUCKET =
      new Shape("aws_s3_bucket", false, 0) {
        @Override
        JsonValue.Obj state(Ctx c) {
          Random r = c.r();
          String bucket = c.name() + "-" + alnum(r, 8);
          String arn = "arn:aws:s3:::" + bucket;
          Values.Obj o = Values.Obj.sorted();
          o.s("acceleration_status", "");
          o.nul("acl");
          o.s("arn", arn);
          o.s("bucket", bucket);
          o.s("bucket_domain_name", bucket + ".s3.amazonaws.com");
          o.s("bucket_prefix", "");
          o.s("bucket_regional_domain_name", bucket + ".s3." + c.region() + ".amazonaws.com");
          o.put("cors_rule", EMPTY_LIST);
          o.b("force_destroy", false);
          o.put(
              "grant",
              list(
                  Values.Obj.sorted()
                      .s("id", hex(r, 64))
                      .put("permissions", list(s("FULL_CONTROL")))
                      .s("type", "CanonicalUser")
                      .s("uri", "")
                      .build()));
          o.s("hosted_zone_id", "Z3AQBSTGFYJSTF");
          o.s("id", bucket);
          List<JsonValue> rules = new ArrayList<>();
          for (int i = r.nextInt(3); i > 0; i--) {
            rules.add(
                Values.Obj.sorted()
                    .n("abort_incomplete_multipart_upload_days", 7)
                    .b("enabled", true)
                    .put("expiration", list(Values.Obj.sorted().s("date", "").n("days", 30L * (1 + r.nextInt(12))).b("expired_object_delete_marker", false).build()))
                    .s("id", "rule-" + i)
                    .put("noncurrent_version_expiration", EMPTY_LIST)
                    .put("noncurrent_version_transition", EMPTY_LIST)
                    .s("prefix", pick(r, "logs/", "tmp/", "archive/", ""))
                    .put("tags", Values.EMPTY_OBJECT)
                    .put("transition", list(Values.Obj.sorted().s("date", "").n("days", 30).s("storage_class", "STANDARD_IA").build()))
                    .build());
          }
          o.put("lifecycle_rule", list(rules));
          o.put("logging", r.nextBoolean() ? EMPTY_LIST : list(Values.Obj.sorted().s("target_bucket", "logs-" + c.env()).s("target_prefix", bucket + "/").build()));
          o.put("object_lock_configuration", EMPTY_LIST);
          o.b("object_lock_enabled", false);
          o.s("policy", r.nextInt(3) == 0 ? "" : policy(c, 1 + r.nextInt(3), arn));
          o.s("region", c.region());
          o.put("replication_configuration", EMPTY_LIST);
          o.s("request_payer", "BucketOwner");
          o.put(
              "server_side_encryption_configuration",
              list(
                  Values.Obj.sorted()
                      .put(
                          "rule",
                          list(
                              Values.Obj.sorted()
                                  .put(
                                      "apply_server_side_encryption_by_default",
                                      list(Values.Obj.sorted().s("kms_master_key_id", "").s("sse_algorithm", "AES256").build()))
                                  .b("bucket_key_enabled", false)
                                  .build()))
                      .build()));
          tags(o, c);
          o.nul("timeouts");
          o.put("versioning", list(Values.Obj.sorted().b("enabled", r.nextBoolean()).b("mfa_delete", false).build()));
          o.put("website", EMPTY_LIST);
          o.nul("website_domain");
          o.nul("website_endpoint");
          return o.build();
        }

        @Override
        Set<String> computed() {
          return Set.of("acceleration_status", "arn", "bucket_domain_name", "bucket_regional_domain_name", "grant",
              "hosted_zone_id", "id", "region", "request_payer", "policy", "website_domain", "website_endpoint");
        }

        @Override
        List<String> mutable() {
          return List.of("force_destroy", "tags", "policy");
        }

        @Override
        String forcesNew() {
          return "bucket";
        }

        @Override
        JsonValue mutate(String attr, JsonValue old, Ctx c) {
          if (attr.equals("policy")) {
            return s(policy(c, 1 + c.r().nextInt(3), "arn:aws:s3:::" + c.name()));
          }
          return super.mutate(attr, old, c);
        }
      };

  // ---- aws_iam_policy -------------------------------------------------------------------------

  static final Shape IAM_POLICY =
      new Shape("aws_iam_policy", false, 0) {
        @Override
        JsonValue.Obj state(Ctx c) {
          Random r = c.r();
          String name = c.name() + "-policy";
          Values.Obj o = Values.Obj.sorted();
          o.s("arn", "arn:aws:iam::" + c.account() + ":policy/" + name);
          o.n("attachment_count", r.nextInt(4));
          o.s("description", "Access for " + c.name() + " in " + c.env());
          o.s("id", "arn:aws:iam::" + c.account() + ":policy/" + name);
          o.s("name", name);
          o.s("name_prefix", "");
          o.s("path", "/" + c.env() + "/");
          o.s("policy", policy(c, 2 + r.nextInt(6), arn(c, pick(r, "s3", "dynamodb", "sqs", "kms"), c.name())));
          o.s("policy_id", "ANPA" + alnum(r, 17).toUpperCase(java.util.Locale.ROOT));
          tags(o, c);
          return o.build();
        }

        @Override
        Set<String> computed() {
          return Set.of("arn", "id", "policy_id", "attachment_count");
        }

        @Override
        List<String> mutable() {
          return List.of("policy", "tags");
        }

        @Override
        String forcesNew() {
          return "name";
        }

        @Override
        JsonValue mutate(String attr, JsonValue old, Ctx c) {
          if (attr.equals("policy")) {
            return s(policy(c, 2 + c.r().nextInt(6), arn(c, "s3", c.name())));
          }
          return super.mutate(attr, old, c);
        }
      };

  // ---- aws_security_group ---------------------------------------------------------------------

  static JsonValue rule(Ctx c, int port) {
    Random r = c.r();
    List<String> cidrs = new ArrayList<>();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      cidrs.add("10." + r.nextInt(256) + ".0.0/16");
    }
    return Values.Obj.sorted()
        .put("cidr_blocks", strings(cidrs))
        .s("description", "port " + port + " from " + pick(r, "vpc", "office", "partners", "lb"))
        .n("from_port", port)
        .put("ipv6_cidr_blocks", EMPTY_LIST)
        .put("prefix_list_ids", EMPTY_LIST)
        .s("protocol", "tcp")
        .put("security_groups", EMPTY_LIST)
        .b("self", false)
        .n("to_port", port)
        .build();
  }

  static final Shape SECURITY_GROUP =
      new Shape("aws_security_group", false, 1) {
        @Override
        JsonValue.Obj state(Ctx c) {
          Random r = c.r();
          String id = "sg-" + hex(r, 17);
          Values.Obj o = Values.Obj.sorted();
          o.s("arn", arn(c, "ec2", "security-group/" + id));
          o.s("description", "Managed by Terraform");
          o.put(
              "egress",
              list(
                  Values.Obj.sorted()
                      .put("cidr_blocks", list(s("0.0.0.0/0")))
                      .s("description", "")
                      .n("from_port", 0)
                      .put("ipv6_cidr_blocks", list(s("::/0")))
                      .put("prefix_list_ids", EMPTY_LIST)
                      .s("protocol", "-1")
                      .put("security_groups", EMPTY_LIST)
                      .b("self", false)
                      .n("to_port", 0)
                      .build()));
          o.s("id", id);
          List<JsonValue> ingress = new ArrayList<>();
          int[] ports = {22, 80, 443, 5432, 6379, 8080, 9090};
          for (int i = 1 + r.nextInt(5); i > 0; i--) {
            ingress.add(rule(c, ports[r.nextInt(ports.length)]));
          }
          o.put("ingress", list(ingress));
          o.s("name", c.name() + "-sg");
          o.s("name_prefix", "");
          o.s("owner_id", c.account());
          o.b("revoke_rules_on_delete", false);
          tags(o, c);
          o.nul("timeouts");
          o.s("vpc_id", "vpc-" + hex(r, 17));
          return o.build();
        }

        @Override
        Set<String> computed() {
          return Set.of("arn", "id", "owner_id");
        }

        @Override
        List<String> mutable() {
          return List.of("ingress", "tags", "revoke_rules_on_delete");
        }

        @Override
        String forcesNew() {
          return "name";
        }

        @Override
        JsonValue mutate(String attr, JsonValue old, Ctx c) {
          if (attr.equals("ingress") && old instanceof JsonValue.Arr a) {
            List<JsonValue> l = new ArrayList<>(a.elements());
            l.add(rule(c, 1024 + c.r().nextInt(60000)));
            return list(l);
          }
          return super.mutate(attr, old, c);
        }
      };

  // ---- aws_db_instance ------------------------------------------------------------------------

  static final Shape DB_INSTANCE =
      new Shape("aws_db_instance", false, 2) {
        @Override
        JsonValue.Obj state(Ctx c) {
          Random r = c.r();
          String ident = c.name() + "-db";
          String engine = pick(r, "postgres", "mysql");
          int port = engine.equals("postgres") ? 5432 : 3306;
          String endpointHost = ident + "." + alnum(r, 12) + "." + c.region() + ".rds.amazonaws.com";
          Values.Obj o = Values.Obj.sorted();
          o.s("address", endpointHost);
          o.n("allocated_storage", 20L << r.nextInt(5));
          o.nul("allow_major_version_upgrade");
          o.b("apply_immediately", false);
          o.s("arn", arn(c, "rds", "db:" + ident));
          o.b("auto_minor_version_upgrade", true);
          o.s("availability_zone", c.region() + pick(r, AZ_SUFFIX));
          o.n("backup_retention_period", 1 + r.nextInt(30));
          o.s("backup_target", "region");
          o.s("backup_window", "03:00-04:00");
          o.put("blue_green_update", EMPTY_LIST);
          o.s("ca_cert_identifier", "rds-ca-rsa2048-g1");
          o.s("character_set_name", "");
          o.b("copy_tags_to_snapshot", true);
          o.s("custom_iam_instance_profile", "");
          o.b("customer_owned_ip_enabled", false);
          o.s("db_name", c.name().replace('-', '_'));
          o.s("db_subnet_group_name", c.env() + "-db-subnets");
          o.b("delete_automated_backups", true);
          o.b("deletion_protection", r.nextBoolean());
          o.s("domain", "");
          o.s("domain_iam_role_name", "");
          o.put("enabled_cloudwatch_logs_exports", engine.equals("postgres") ? list(s("postgresql"), s("upgrade")) : list(s("error"), s("slowquery")));
          o.s("endpoint", endpointHost + ":" + port);
          o.s("engine", engine);
          o.s("engine_version", engine.equals("postgres") ? "15.4" : "8.0.35");
          o.s("engine_version_actual", engine.equals("postgres") ? "15.4" : "8.0.35");
          o.nul("final_snapshot_identifier");
          o.s("hosted_zone_id", "Z2R2ITUGPM61AM");
          o.b("iam_database_authentication_enabled", false);
          o.s("id", "db-" + alnum(r, 26).toUpperCase(java.util.Locale.ROOT));
          o.s("identifier", ident);
          o.s("identifier_prefix", "");
          o.s("instance_class", pick(r, "db.t3.micro", "db.t3.medium", "db.r6g.large", "db.m6g.xlarge"));
          o.n("iops", 0);
          o.s("kms_key_id", arn(c, "kms", "key/" + uuid(r)));
          o.s("latest_restorable_time", "2026-11-21T23:55:00Z");
          o.s("license_model", engine.equals("postgres") ? "postgresql-license" : "general-public-license");
          o.put("listener_endpoint", EMPTY_LIST);
          o.s("maintenance_window", "sun:05:00-sun:06:00");
          o.put("master_user_secret", EMPTY_LIST);
          o.n("max_allocated_storage", 1000);
          o.n("monitoring_interval", 60);
          o.s("monitoring_role_arn", "arn:aws:iam::" + c.account() + ":role/rds-monitoring");
          o.b("multi_az", r.nextBoolean());
          o.s("nchar_character_set_name", "");
          o.s("network_type", "IPV4");
          o.s("option_group_name", "default:" + engine);
          o.s("parameter_group_name", "default." + engine);
          o.s("password", alnum(r, 24));
          o.b("performance_insights_enabled", r.nextBoolean());
          o.s("performance_insights_kms_key_id", "");
          o.n("performance_insights_retention_period", 0);
          o.n("port", port);
          o.b("publicly_accessible", false);
          o.s("replica_mode", "");
          o.put("replicas", EMPTY_LIST);
          o.s("replicate_source_db", "");
          o.s("resource_id", "db-" + alnum(r, 26).toUpperCase(java.util.Locale.ROOT));
          o.put("restore_to_point_in_time", EMPTY_LIST);
          o.put("s3_import", EMPTY_LIST);
          o.b("skip_final_snapshot", true);
          o.nul("snapshot_identifier");
          o.s("status", "available");
          o.b("storage_encrypted", true);
          o.n("storage_throughput", 0);
          o.s("storage_type", "gp3");
          tags(o, c);
          o.nul("timeouts");
          o.s("timezone", "");
          o.s("username", "app_" + c.env());
          o.put("vpc_security_group_ids", list(s("sg-" + hex(r, 17))));
          return o.build();
        }

        @Override
        Set<String> computed() {
          return Set.of("address", "arn", "endpoint", "hosted_zone_id", "id", "latest_restorable_time", "resource_id",
              "status", "engine_version_actual", "listener_endpoint", "replicas", "availability_zone", "ca_cert_identifier");
        }

        @Override
        Set<String> sensitive() {
          return Set.of("password");
        }

        @Override
        List<String> mutable() {
          return List.of("instance_class", "allocated_storage", "backup_retention_period", "password", "tags", "multi_az");
        }

        @Override
        String forcesNew() {
          return "identifier";
        }
      };

  // ---- aws_lambda_function --------------------------------------------------------------------

  static final Shape LAMBDA =
      new Shape("aws_lambda_function", false, 0) {
        @Override
        JsonValue.Obj state(Ctx c) {
          Random r = c.r();
          String fn = c.name() + "-fn";
          String arn = arn(c, "lambda", "function:" + fn);
          Values.Obj o = Values.Obj.sorted();
          o.put("architectures", list(s(r.nextBoolean() ? "x86_64" : "arm64")));
          o.s("arn", arn);
          o.s("code_signing_config_arn", "");
          o.put("dead_letter_config", EMPTY_LIST);
          o.s("description", "Handles " + c.name() + " events");
          Map<String, JsonValue> vars = new TreeMap<>();
          vars.put("LOG_LEVEL", s(pick(r, "info", "debug", "warn")));
          vars.put("ENVIRONMENT", s(c.env()));
          vars.put("TABLE_NAME", s(c.name() + "-table"));
          vars.put("QUEUE_URL", s("https://sqs." + c.region() + ".amazonaws.com/" + c.account() + "/" + c.name()));
          for (int i = r.nextInt(5); i > 0; i--) {
            vars.put("FEATURE_" + i, s(r.nextBoolean() ? "on" : "off"));
          }
          vars.put("API_TOKEN", s(alnum(r, 32)));
          o.put("environment", list(Values.Obj.sorted().put("variables", JsonValue.object(vars)).build()));
          o.put("ephemeral_storage", list(Values.Obj.sorted().n("size", 512).build()));
          o.put("file_system_config", EMPTY_LIST);
          o.s("filename", null);
          o.s("function_name", fn);
          o.s("handler", pick(r, "index.handler", "main.handler", "app.lambda_handler"));
          o.put("image_config", EMPTY_LIST);
          o.s("image_uri", "");
          o.s("invoke_arn", "arn:aws:apigateway:" + c.region() + ":lambda:path/2015-03-31/functions/" + arn + "/invocations");
          o.s("kms_key_arn", "");
          o.s("last_modified", "2026-11-" + (10 + r.nextInt(12)) + "T10:" + (10 + r.nextInt(50)) + ":00.000+0000");
          o.put("layers", EMPTY_LIST);
          o.put("logging_config", list(Values.Obj.sorted().s("application_log_level", "").s("log_format", "Text").s("log_group", "/aws/lambda/" + fn).s("system_log_level", "").build()));
          o.n("memory_size", 128L << r.nextInt(4));
          o.s("package_type", "Zip");
          o.b("publish", false);
          o.s("qualified_arn", arn + ":$LATEST");
          o.s("qualified_invoke_arn", "arn:aws:apigateway:" + c.region() + ":lambda:path/2015-03-31/functions/" + arn + ":$LATEST/invocations");
          o.b("replace_security_groups_on_destroy", false);
          o.nul("replacement_security_group_ids");
          o.n("reserved_concurrent_executions", -1);
          o.s("role", "arn:aws:iam::" + c.account() + ":role/" + c.name() + "-lambda");
          o.s("runtime", pick(r, "python3.12", "nodejs20.x", "java21"));
          o.s("s3_bucket", "artifacts-" + c.env());
          o.s("s3_key", c.name() + "/" + hex(r, 12) + ".zip");
          o.nul("s3_object_version");
          o.s("signing_job_arn", "");
          o.s("signing_profile_version_arn", "");
          o.b("skip_destroy", false);
          o.put("snap_start", EMPTY_LIST);
          o.s("source_code_hash", alnum(r, 43) + "=");
          o.n("source_code_size", 1000 + r.nextInt(5_000_000));
          tags(o, c);
          o.n("timeout", 3L + r.nextInt(300));
          o.nul("timeouts");
          o.put("tracing_config", list(Values.Obj.sorted().s("mode", "PassThrough").build()));
          o.s("version", "$LATEST");
          o.put(
              "vpc_config",
              list(
                  Values.Obj.sorted()
                      .b("ipv6_allowed_for_dual_stack", false)
                      .put("security_group_ids", list(s("sg-" + hex(r, 17))))
                      .put("subnet_ids", list(s("subnet-" + hex(r, 17)), s("subnet-" + hex(r, 17))))
                      .s("vpc_id", "vpc-" + hex(r, 17))
                      .build()));
          return o.build();
        }

        @Override
        Set<String> computed() {
          return Set.of("arn", "invoke_arn", "last_modified", "qualified_arn", "qualified_invoke_arn", "version",
              "source_code_size", "signing_job_arn", "signing_profile_version_arn", "code_signing_config_arn");
        }

        @Override
        Set<String> sensitive() {
          return Set.of("environment[].variables");
        }

        @Override
        List<String> mutable() {
          return List.of("memory_size", "timeout", "source_code_hash", "tags", "description");
        }

        @Override
        String forcesNew() {
          return "function_name";
        }
      };

  // ---- data.aws_iam_policy_document ---------------------------------------------------------

  static final Shape POLICY_DOCUMENT =
      new Shape("aws_iam_policy_document", true, 0) {
        @Override
        JsonValue.Obj state(Ctx c) {
          Random r = c.r();
          String json = policy(c, 1 + r.nextInt(3), arn(c, "s3", c.name()));
          Values.Obj o = Values.Obj.sorted();
          o.s("id", String.valueOf(Math.abs((long) json.hashCode())));
          o.s("json", json);
          o.s("minified_json", json);
          o.nul("override_policy_documents");
          o.nul("policy_id");
          o.nul("source_policy_documents");
          o.put(
              "statement",
              list(
                  Values.Obj.sorted()
                      .put("actions", list(s("s3:GetObject"), s("s3:ListBucket")))
                      .put("condition", EMPTY_LIST)
                      .s("effect", "Allow")
                      .put("not_actions", EMPTY_LIST)
                      .put("not_principals", EMPTY_LIST)
                      .put("not_resources", EMPTY_LIST)
                      .put("principals", EMPTY_LIST)
                      .put("resources", list(s("arn:aws:s3:::" + c.name() + "/*")))
                      .s("sid", "")
                      .build()));
          o.nul("version");
          return o.build();
        }

        @Override
        Set<String> computed() {
          return Set.of("id", "json", "minified_json");
        }

        @Override
        List<String> mutable() {
          return List.of();
        }

        @Override
        String forcesNew() {
          return "statement";
        }
      };

  /** Managed types with their weights (percent). */
  static final List<Shape> MANAGED = List.of(INSTANCE, BUCKET, IAM_POLICY, SECURITY_GROUP, DB_INSTANCE, LAMBDA);
  static final int[] WEIGHTS = {30, 20, 15, 15, 10, 10};

  static Shape managed(Random r) {
    int x = r.nextInt(100);
    for (int i = 0; i < WEIGHTS.length; i++) {
      x -= WEIGHTS[i];
      if (x < 0) {
        return MANAGED.get(i);
      }
    }
    return INSTANCE;
  }

  static String word(Shape s) {
    switch (s.type) {
      case "aws_instance":
        return "web";
      case "aws_s3_bucket":
        return "assets";
      case "aws_iam_policy":
        return "access";
      case "aws_security_group":
        return "ingress";
      case "aws_db_instance":
        return "main";
      case "aws_lambda_function":
        return "worker";
      default:
        return "doc";
    }
  }
}
