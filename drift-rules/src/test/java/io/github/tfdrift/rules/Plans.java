package io.github.tfdrift.rules;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;

/**
 * Plans shaped like OpenTofu's {@code show -json} for the runbook's scenarios: {@code
 * module.jellyfin.proxmox_virtual_environment_vm.vm}, provider {@code registry.opentofu.org/bpg/proxmox}.
 */
final class Plans {
  static final String VM = "module.jellyfin.proxmox_virtual_environment_vm.vm";
  static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHb1nF3xkOQk8c2pW7sLq9vRj0dZyT4mEuXaB6oC5hGi admin@jellybuntu";

  private Plans() {}

  /** The VM's attributes; every argument is JSON text. */
  static String vm(int memory, int order, String tags, int cloneId, String keys) {
    return """
        {"vm_id":101,"name":"jellyfin","node_name":"pve","started":true,
         "memory":[{"dedicated":%d,"floating":0,"shared":0}],
         "startup":[{"order":%d,"up_delay":0,"down_delay":0}],
         "tags":%s,
         "clone":[{"vm_id":%d,"full":true,"datastore_id":""}],
         "initialization":[{"datastore_id":"local-lvm","user_account":[{"keys":%s,"username":"ubuntu","password":null}]}]}
        """
        .formatted(memory, order, tags, cloneId, keys);
  }

  static String vm() {
    return vm(8192, 1, "[\"media\"]", 9000, "[\"" + KEY + "\"]");
  }

  /** A resource change for an address, with raw JSON for actions, before, after and extra members. */
  static String rc(String address, String type, String actions, String before, String after, String extra) {
    int dot = address.lastIndexOf('.');
    String name = address.substring(dot + 1).replaceAll("\\[.*", "");
    String module = address.startsWith("module.") ? address.substring(0, address.indexOf('.', 7)) : null;
    return """
        {"address":"%s",%s"mode":"managed","type":"%s","name":"%s",
         "provider_name":"registry.opentofu.org/bpg/proxmox",
         "change":{"actions":%s,"before":%s,"after":%s,"after_unknown":{},
                   "before_sensitive":%s,"after_sensitive":%s%s}}
        """
        .formatted(
            address,
            module == null ? "" : "\"module_address\":\"" + module + "\",",
            type,
            name,
            actions,
            before,
            after,
            before.equals("null") ? "false" : "{}",
            after.equals("null") ? "false" : "{}",
            extra.isEmpty() ? "" : "," + extra);
  }

  static String vmChange(String actions, String before, String after, String extra) {
    return rc(VM, "proxmox_virtual_environment_vm", actions, before, after, extra);
  }

  /** A plan with the given drift and change entries (JSON objects, comma separated). */
  static String planJson(String drift, String changes) {
    return """
        {"format_version":"1.2","terraform_version":"1.8.8",
         "planned_values":{"root_module":{}},
         "resource_drift":[%s],
         "resource_changes":[%s],
         "configuration":{"provider_config":{"proxmox":{"name":"proxmox","full_name":"registry.opentofu.org/bpg/proxmox"}},"root_module":{}},
         "timestamp":"2026-11-22T04:00:00Z","errored":false}
        """
        .formatted(drift, changes);
  }

  static Plan plan(String drift, String changes) {
    return read(planJson(drift, changes));
  }

  static Plan read(String json) {
    return PlanReader.create()
        .read(json, "test")
        .getOrElseThrow((io.github.tfdrift.core.read.PlanError e) -> new AssertionError(e.describe()));
  }
}
