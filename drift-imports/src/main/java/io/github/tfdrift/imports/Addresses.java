package io.github.tfdrift.imports;

import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ModuleInstance;
import io.github.tfdrift.core.address.ResourceAddress;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Address normalisation and the order entries are listed in. */
final class Addresses {
  private Addresses() {}

  /** The address as Terraform renders it, when it parses; else as given, stripped. */
  static String normalize(String address) {
    String a = address.strip();
    return ResourceAddress.parse(a).map(ResourceAddress::render).getOrElse(a);
  }

  /** Module path (name, then key), mode, type, name, key: numeric keys in numeric order. */
  static final Comparator<String> ORDER =
      (x, y) -> {
        Optional<ResourceAddress> a = ResourceAddress.parse(x).toJavaOptional();
        Optional<ResourceAddress> b = ResourceAddress.parse(y).toJavaOptional();
        if (a.isEmpty() || b.isEmpty()) {
          return a.isPresent() ? -1 : b.isPresent() ? 1 : x.compareTo(y);
        }
        int c = compare(a.get(), b.get());
        return c != 0 ? c : x.compareTo(y);
      };

  private static int compare(ResourceAddress a, ResourceAddress b) {
    List<ModuleInstance> ma = a.modulePath();
    List<ModuleInstance> mb = b.modulePath();
    for (int i = 0; i < Math.min(ma.size(), mb.size()); i++) {
      int c = ma.get(i).name().compareTo(mb.get(i).name());
      if (c == 0) {
        c = compareKeys(ma.get(i).key(), mb.get(i).key());
      }
      if (c != 0) {
        return c;
      }
    }
    if (ma.size() != mb.size()) {
      return Integer.compare(ma.size(), mb.size());
    }
    int c = a.mode().text().compareTo(b.mode().text());
    if (c == 0) {
      c = a.type().compareTo(b.type());
    }
    if (c == 0) {
      c = a.name().compareTo(b.name());
    }
    return c != 0 ? c : compareKeys(a.key(), b.key());
  }

  private static int compareKeys(Optional<InstanceKey> a, Optional<InstanceKey> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return Boolean.compare(a.isPresent(), b.isPresent());
    }
    InstanceKey x = a.get();
    InstanceKey y = b.get();
    if (x instanceof InstanceKey.IntKey i && y instanceof InstanceKey.IntKey j) {
      return Long.compare(i.index(), j.index());
    }
    if (x instanceof InstanceKey.StringKey s && y instanceof InstanceKey.StringKey t) {
      return s.key().compareTo(t.key());
    }
    return x.render().compareTo(y.render());
  }
}
