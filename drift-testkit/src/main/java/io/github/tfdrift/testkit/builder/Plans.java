package io.github.tfdrift.testkit.builder;

/**
 * Entry point of the plan builder: plans that are valid by construction, for tests.
 *
 * <pre>{@code
 * Plan plan = Plans.plan().tofu()
 *     .resource("module.jellyfin.proxmox_virtual_environment_vm.vm").update()
 *         .before(Json.obj("memory", Json.arr(Json.obj("dedicated", 10240))))
 *         .after(Json.obj("memory", Json.arr(Json.obj("dedicated", 8192))))
 *         .drift(Json.obj("memory", Json.arr(Json.obj("dedicated", 8192))))
 *     .build();
 * }</pre>
 */
public final class Plans {
  private Plans() {}

  /** A builder for a Terraform plan (switch to OpenTofu with {@link PlanBuilder#tofu()}). */
  public static PlanBuilder plan() {
    return new PlanBuilder();
  }
}
