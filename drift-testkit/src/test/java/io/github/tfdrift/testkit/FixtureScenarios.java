package io.github.tfdrift.testkit;

import static io.github.tfdrift.testkit.builder.Json.arr;
import static io.github.tfdrift.testkit.builder.Json.nul;
import static io.github.tfdrift.testkit.builder.Json.obj;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Configuration;
import io.github.tfdrift.core.model.ModuleCall;
import io.github.tfdrift.core.model.ModuleConfig;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ProviderConfig;
import io.github.tfdrift.core.model.ResourceConfig;
import io.github.tfdrift.core.model.VariableConfig;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.Mirrors;
import io.github.tfdrift.testkit.builder.PlanBuilder;
import io.github.tfdrift.testkit.builder.Plans;
import io.github.tfdrift.testkit.builder.ResourceChangeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The definitions the committed fixture files are generated from: the plans (built with {@link
 * PlanBuilder}, with the attribute shapes of bpg/proxmox {@code proxmox_virtual_environment_vm} and
 * hashicorp/aws v5) and the apply log of seed 003. {@code FixtureFilesTest} checks that the files on
 * disk equal these definitions and rewrites them with {@code -Dtfdrift.regenerateFixtures=true}.
 * {@code policy.yaml} and {@code expected.json} are written by hand.
 */
final class FixtureScenarios {
  static final String VM = "module.jellyfin.proxmox_virtual_environment_vm.vm";
  static final String TOFU = "1.8.7";
  static final String PROXMOX = "registry.opentofu.org/bpg/proxmox";
  static final String SSH_KEY =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq4dV0c8rJm2Ew7yTn5kP1sQ9aLbG3xUe6fZi0oWjKd ansible@jellybuntu";
  /** Fake secrets, so tests can prove they never leak. */
  static final String CLOUD_INIT_PASSWORD = "Jf-cloudinit-7Qv!x2r9";
  static final String API_TOKEN = "root@pam!tofu=3f0c2a9e-5b1d-4c7e-9a11-7d2e8c4b6f10";
  static final String PASSWORD_PATH = "initialization[0].user_account[0].password";

  private FixtureScenarios() {}

  /** Every fixture name with its generated files (file name to content). */
  static Map<String, Map<String, String>> all() {
    Map<String, Map<String, String>> m = new LinkedHashMap<>();
    m.put("s1-memory-changed", plan(memoryChanged()));
    m.put("s2-startup-order", plan(startupOrder()));
    m.put("s3-tags-modified", plan(tagsModified()));
    m.put("s4-ssh-key-reformatted-ignored", plan(sshKeyIgnored()));
    m.put("s4-ssh-key-reformatted-no-ignore", plan(sshKeyNoIgnore()));
    m.put("s5-golden-image-rotation", plan(goldenImageRotation()));
    m.put("s5-golden-image-forced-replacement", plan(goldenImageReplacement()));
    m.put("s6-vm-deleted-outside", plan(vmDeletedOutside()));
    m.put("clean-run", plan(cleanRun()));
    m.put("plain-destroy", plan(plainDestroy()));
    m.put("expected-memory-bump", plan(memoryChanged()));
    Map<String, String> seed003 = plan(Seed003.plan());
    seed003.put("apply.log", Seed003.applyLog());
    seed003.put("apply.txt", Seed003.applyText());
    m.put("seed003-prod-already-exists", seed003);
    return m;
  }

  private static Map<String, String> plan(Plan p) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("plan.json", PlanWriter.pretty().toJson(p) + "\n");
    return files;
  }

  // ---- the Proxmox scenarios (runbook 000) --------------------------------------------------

  /** The Jellyfin VM as the provider stores it after a clean apply. */
  static JsonValue vm() {
    return Json.sorted(
        obj(
            "acpi", true,
            "agent", arr(obj("enabled", true, "timeout", "15m", "trim", false, "type", "virtio")),
            "audio_device", arr(),
            "bios", "seabios",
            "boot_order", arr("scsi0"),
            "cdrom", arr(),
            "clone", arr(obj("datastore_id", "local-lvm", "full", true, "node_name", "pve", "retries", 1, "vm_id", 9000)),
            "cpu",
                arr(
                    obj(
                        "affinity", nul(), "architecture", nul(), "cores", 4, "flags", nul(), "hotplugged", 0,
                        "limit", 0, "numa", false, "sockets", 1, "type", "x86-64-v2-AES", "units", 1024)),
            "description", "Jellyfin media server. Managed by OpenTofu.",
            "disk",
                arr(
                    obj(
                        "aio", "io_uring", "backup", true, "cache", "none", "datastore_id", "local-lvm",
                        "discard", "on", "file_format", "raw", "file_id", nul(), "interface", "scsi0",
                        "iothread", true, "path_in_datastore", "vm-400-disk-0", "replicate", true,
                        "serial", nul(), "size", 64, "speed", arr(), "ssd", true)),
            "efi_disk", arr(),
            "hook_script_file_id", nul(),
            "hostpci", arr(),
            "id", "400",
            "initialization",
                arr(
                    obj(
                        "datastore_id", "local-lvm",
                        "dns", arr(obj("domain", "discus-moth.ts.net", "servers", arr("192.168.0.1"))),
                        "interface", "ide2",
                        "ip_config",
                            arr(obj("ipv4", arr(obj("address", "192.168.0.12/24", "gateway", "192.168.0.1")), "ipv6", arr())),
                        "meta_data_file_id", "",
                        "network_data_file_id", "",
                        "type", "",
                        "user_account", arr(obj("keys", arr(SSH_KEY), "password", CLOUD_INIT_PASSWORD, "username", "ansible")),
                        "user_data_file_id", "",
                        "vendor_data_file_id", "")),
            "ipv4_addresses", arr(arr("127.0.0.1"), arr("192.168.0.12")),
            "ipv6_addresses", arr(arr("::1"), arr("fe80::be24:11ff:fe4e:2a10")),
            "keyboard_layout", "en-us",
            "kvm_arguments", nul(),
            "mac_addresses", arr("00:00:00:00:00:00", "BC:24:11:4E:2A:10"),
            "machine", "q35",
            "memory", arr(obj("dedicated", 8192, "floating", 0, "hugepages", nul(), "keep_hugepages", false, "shared", 0)),
            "migrate", false,
            "name", "jellyfin",
            "network_device",
                arr(
                    obj(
                        "bridge", "vmbr0", "disconnected", false, "enabled", true, "firewall", false,
                        "mac_address", "BC:24:11:4E:2A:10", "model", "virtio", "mtu", 0, "queues", 0,
                        "rate_limit", 0, "trunks", nul(), "vlan_id", 0)),
            "network_interface_names", arr("lo", "eth0"),
            "node_name", "pve",
            "numa", arr(),
            "on_boot", true,
            "operating_system", arr(obj("type", "l26")),
            "pool_id", nul(),
            "protection", false,
            "purge_on_destroy", true,
            "reboot", false,
            "scsi_hardware", "virtio-scsi-single",
            "serial_device", arr(obj("device", "socket")),
            "smbios", arr(),
            "started", true,
            "startup", arr(obj("down_delay", 60, "order", 1, "up_delay", 30)),
            "stop_on_destroy", false,
            "tablet_device", true,
            "tags", arr("jellyfin", "media"),
            "template", false,
            "timeout_clone", 1800,
            "timeout_create", 1800,
            "timeout_migrate", 1800,
            "timeout_move_disk", 1800,
            "timeout_reboot", 1800,
            "timeout_shutdown_vm", 1800,
            "timeout_start_vm", 1800,
            "timeout_stop_vm", 300,
            "tpm_state", arr(),
            "usb", arr(),
            "vga", arr(),
            "vm_id", 400,
            "watchdog", arr()));
  }

  /** Attributes the provider computes: unknown in a planned create. */
  static final String[] COMPUTED = {
    "id", "ipv4_addresses", "ipv6_addresses", "mac_addresses", "network_interface_names",
    "network_device[0].mac_address", "disk[0].file_format", "disk[0].path_in_datastore",
    "initialization[0].meta_data_file_id", "initialization[0].network_data_file_id",
    "initialization[0].type", "initialization[0].vendor_data_file_id"
  };

  static JsonValue set(JsonValue v, String path, Object replacement) {
    return Mirrors.with(v, AttributePath.parse(path).get(), Json.of(replacement));
  }

  private static PlanBuilder tofuPlan() {
    return Plans.plan()
        .tofu(TOFU)
        .timestamp("2024-12-17T04:00:12Z")
        .variable("golden_image_vm_id", JsonValue.of(9000))
        .variable("proxmox_endpoint", JsonValue.of("https://192.168.0.10:8006/"))
        .sensitiveVariable("cloud_init_password", JsonValue.of(CLOUD_INIT_PASSWORD))
        .sensitiveVariable("proxmox_api_token", JsonValue.of(API_TOKEN))
        .variable("ssh_public_key", JsonValue.of(SSH_KEY));
  }

  private static ResourceChangeBuilder jellyfin(PlanBuilder p) {
    return p.resource(VM).provider(PROXMOX).sensitive(PASSWORD_PATH).expressions(vmExpressions());
  }

  /** Scenario 1: memory raised to 10240 in the Proxmox UI; apply would restore 8192. */
  static Plan memoryChanged() {
    JsonValue refreshed = set(vm(), "memory[0].dedicated", 10240);
    return jellyfin(tofuPlan()).update().before(refreshed).after(vm()).drift(vm()).and().configuration(config(true)).build();
  }

  /** Scenario 2: startup order changed from 1 to 2 outside OpenTofu. */
  static Plan startupOrder() {
    JsonValue refreshed = set(vm(), "startup[0].order", 2);
    return jellyfin(tofuPlan()).update().before(refreshed).after(vm()).drift(vm()).and().configuration(config(true)).build();
  }

  /** Scenario 3: tags changed from ["old-tag"] to ["new-tag"] outside OpenTofu. */
  static Plan tagsModified() {
    JsonValue configured = set(vm(), "tags", arr("old-tag"));
    JsonValue refreshed = set(vm(), "tags", arr("new-tag"));
    return jellyfin(tofuPlan()).update().before(refreshed).after(configured).drift(configured).and().configuration(config(true)).build();
  }

  /** Scenario 4, with ignore_changes: the key came back with a trailing newline; the plan is a no-op. */
  static Plan sshKeyIgnored() {
    JsonValue refreshed = set(vm(), "initialization[0].user_account[0].keys", arr(SSH_KEY + "\n"));
    return jellyfin(tofuPlan()).noOp().value(refreshed).drift(vm()).and().configuration(config(true)).build();
  }

  /** Scenario 4, without ignore_changes: the key came back with doubled spaces and CRLF; apply would rewrite it. */
  static Plan sshKeyNoIgnore() {
    JsonValue refreshed =
        set(vm(), "initialization[0].user_account[0].keys", arr(SSH_KEY.replace(" ", "  ") + "\r\n"));
    return jellyfin(tofuPlan()).update().before(refreshed).after(vm()).drift(vm()).and().configuration(config(true)).build();
  }

  /** Scenario 5, with ignore_changes: the golden image template moved from 9000 to 9001; no-op. */
  static Plan goldenImageRotation() {
    JsonValue refreshed = set(vm(), "clone[0].vm_id", 9001);
    return jellyfin(tofuPlan().variable("golden_image_vm_id", JsonValue.of(9001)))
        .noOp()
        .value(refreshed)
        .drift(vm())
        .and()
        .configuration(config(true))
        .build();
  }

  /** Scenario 5 without ignore_changes on clone: the new template ID forces a replacement. */
  static Plan goldenImageReplacement() {
    JsonValue planned = set(vm(), "clone[0].vm_id", 9001);
    return jellyfin(tofuPlan().variable("golden_image_vm_id", JsonValue.of(9001)))
        .replace()
        .before(vm())
        .after(planned)
        .unknown(COMPUTED)
        .replacePath("clone[0].vm_id")
        .reason("replace_because_cannot_update")
        .and()
        .configuration(config(true))
        .build();
  }

  /** Scenario 6: the VM was destroyed outside OpenTofu; apply would create it again. */
  static Plan vmDeletedOutside() {
    return jellyfin(tofuPlan()).create().after(vm()).unknown(COMPUTED).deletedOutside(vm()).and().configuration(config(true)).build();
  }

  /** Nothing drifted, nothing to do. */
  static Plan cleanRun() {
    return jellyfin(tofuPlan()).noOp().value(vm()).and().configuration(config(true)).build();
  }

  /** The VM block was removed from the module: apply would destroy the VM. */
  static Plan plainDestroy() {
    return jellyfin(tofuPlan())
        .delete()
        .before(vm())
        .reason("delete_because_no_resource_config")
        .and()
        .configuration(config(false))
        .build();
  }

  private static JsonValue ref(String... refs) {
    return obj("references", Json.arr((Object[]) refs));
  }

  private static JsonValue constant(Object v) {
    return obj("constant_value", v);
  }

  private static JsonValue vmExpressions() {
    return Json.sorted(obj(
        "name", ref("var.name"),
        "node_name", ref("var.node_name"),
        "vm_id", ref("var.vm_id"),
        "description", ref("var.description"),
        "tags", ref("var.tags"),
        "on_boot", constant(true),
        "started", constant(true),
        "agent", arr(obj("enabled", constant(true))),
        "clone", arr(obj("vm_id", ref("var.clone_vm_id"), "node_name", ref("var.node_name"), "full", constant(true))),
        "cpu", arr(obj("cores", ref("var.cores"), "type", constant("x86-64-v2-AES"))),
        "memory", arr(obj("dedicated", ref("var.memory"))),
        "startup", arr(obj("order", ref("var.startup_order"), "up_delay", constant(30), "down_delay", constant(60))),
        "disk",
            arr(
                obj(
                    "datastore_id", constant("local-lvm"), "interface", constant("scsi0"),
                    "size", ref("var.disk_size"), "iothread", constant(true), "ssd", constant(true),
                    "discard", constant("on"))),
        "network_device", arr(obj("bridge", constant("vmbr0"))),
        "operating_system", arr(obj("type", constant("l26"))),
        "initialization",
            arr(
                obj(
                    "datastore_id", constant("local-lvm"),
                    "dns", arr(obj("domain", constant("discus-moth.ts.net"), "servers", constant(arr("192.168.0.1")))),
                    "ip_config", arr(obj("ipv4", arr(obj("address", ref("var.ip_address"), "gateway", ref("var.gateway"))))),
                    "user_account",
                        arr(
                            obj(
                                "keys", ref("var.ssh_public_key"),
                                "password", ref("var.cloud_init_password"),
                                "username", constant("ansible")))))));
  }

  /** The configuration of infrastructure/terraform: the jellyfin module call, with or without its VM block. */
  static Configuration config(boolean withVm) {
    List<ResourceConfig> resources = new ArrayList<>();
    if (withVm) {
      resources.add(
          ResourceConfig.builder()
              .address("proxmox_virtual_environment_vm.vm")
              .mode(ResourceMode.MANAGED)
              .type("proxmox_virtual_environment_vm")
              .name("vm")
              .providerConfigKey("proxmox")
              .expressions(vmExpressions())
              .schemaVersion(JsonValue.of(0))
              .build());
    }
    ModuleConfig module = ModuleConfig.builder()
        .resources(resources)
        .putVariable("clone_vm_id", VariableConfig.builder().description("Golden image template").build())
        .putVariable("cloud_init_password", VariableConfig.builder().sensitive(true).build())
        .putVariable("cores", VariableConfig.builder().defaultValue(JsonValue.of(2)).build())
        .putVariable("description", VariableConfig.builder().defaultValue(JsonValue.of("")).build())
        .putVariable("disk_size", VariableConfig.builder().defaultValue(JsonValue.of(32)).build())
        .putVariable("gateway", VariableConfig.builder().defaultValue(JsonValue.of("192.168.0.1")).build())
        .putVariable("ip_address", VariableConfig.builder().build())
        .putVariable("memory", VariableConfig.builder().defaultValue(JsonValue.of(4096)).build())
        .putVariable("name", VariableConfig.builder().description("VM name").build())
        .putVariable("node_name", VariableConfig.builder().defaultValue(JsonValue.of("pve")).build())
        .putVariable("ssh_public_key", VariableConfig.builder().build())
        .putVariable("startup_order", VariableConfig.builder().defaultValue(JsonValue.of(10)).build())
        .putVariable("tags", VariableConfig.builder().defaultValue(arr()).build())
        .putVariable("vm_id", VariableConfig.builder().build())
        .build();
    ModuleCall call = ModuleCall.builder()
        .source("./modules/vm")
        .expressions(
            Json.sorted(obj(
                "name", constant("jellyfin"),
                "vm_id", constant(400),
                "description", constant("Jellyfin media server. Managed by OpenTofu."),
                "tags", constant(arr("jellyfin", "media")),
                "clone_vm_id", ref("var.golden_image_vm_id"),
                "cores", constant(4),
                "memory", constant(8192),
                "startup_order", constant(1),
                "disk_size", constant(64),
                "ip_address", constant("192.168.0.12/24"),
                "ssh_public_key", ref("var.ssh_public_key"),
                "cloud_init_password", ref("var.cloud_init_password"))))
        .module(module)
        .build();
    return Configuration.builder()
        .putProviderConfig(
            "proxmox",
            ProviderConfig.builder()
                .name("proxmox")
                .fullName(PROXMOX)
                .versionConstraint("~> 0.69.0")
                .expressions(
                    Json.sorted(obj(
                        "endpoint", ref("var.proxmox_endpoint"),
                        "api_token", ref("var.proxmox_api_token"),
                        "insecure", constant(true),
                        "ssh", arr(obj("agent", constant(true), "username", constant("root"))))))
                .build())
        .rootModule(
            ModuleConfig.builder()
                .putModuleCall("jellyfin", call)
                .putVariable("cloud_init_password", VariableConfig.builder().sensitive(true).build())
                .putVariable("golden_image_vm_id", VariableConfig.builder().defaultValue(JsonValue.of(9000)).build())
                .putVariable("proxmox_api_token", VariableConfig.builder().sensitive(true).build())
                .putVariable("proxmox_endpoint", VariableConfig.builder().defaultValue(JsonValue.of("https://192.168.0.10:8006/")).build())
                .putVariable("ssh_public_key", VariableConfig.builder().build())
                .build())
        .build();
  }
}
