package io.github.tfdrift.cli;

import io.github.tfdrift.config.model.ConfigModule;
import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.config.model.Lifecycle;
import io.github.tfdrift.config.model.ResourceBlock;
import io.github.tfdrift.config.source.SourceRange;
import io.github.tfdrift.rules.lifecycle.ConfiguredLifecycle;
import java.util.ArrayList;
import java.util.List;

/**
 * The lifecycle blocks of a configuration read by drift-config, as the engine's {@link
 * ConfiguredLifecycle} values: one per managed resource block of every module read, addressed
 * without instance keys ({@code module.vm.proxmox_virtual_environment_vm.vm}).
 */
final class ConfiguredLifecycles {

  private ConfiguredLifecycles() {}

  static List<ConfiguredLifecycle> of(Configuration config) {
    List<ConfiguredLifecycle> out = new ArrayList<>();
    for (ConfigModule m : config.modules()) {
      for (ResourceBlock r : m.resources()) {
        if (!r.mode().text().equals("managed")) {
          continue;
        }
        String address = (m.isRoot() ? "" : m.path() + ".") + r.localAddress();
        out.add(of(address, r));
      }
    }
    return out;
  }

  static ConfiguredLifecycle of(String address, ResourceBlock r) {
    Lifecycle lc = r.lifecycle();
    ConfiguredLifecycle c = ConfiguredLifecycle.of(address, r.type(), place(r.range()));
    if (lc.ignoreChanges().isPresent()) {
      Lifecycle.IgnoreChanges ic = lc.ignoreChanges().get();
      c = ic.all() ? c.ignoringAll(place(ic.range())) : c.ignoring(ic.paths(), place(ic.range()));
    }
    if (lc.preventsDestroy()) {
      c = c.preventingDestroy(place(lc.preventDestroy().get().range()));
    }
    if (lc.createBeforeDestroy().map(Lifecycle.Flag::value).orElse(false)) {
      c = c.creatingBeforeDestroy();
    }
    if (lc.replaceTriggeredBy().isPresent()) {
      c = c.replacedBy(lc.replaceTriggeredBy().get().references());
    }
    return c;
  }

  private static ConfiguredLifecycle.Place place(SourceRange r) {
    return new ConfiguredLifecycle.Place(r.file(), r.startLine(), r.startColumn());
  }
}
