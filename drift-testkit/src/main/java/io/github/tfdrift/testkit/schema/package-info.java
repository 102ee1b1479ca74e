/**
 * Provider schemas as {@code terraform providers schema -json} (or {@code tofu providers schema
 * -json}) writes them, read into {@link io.github.tfdrift.testkit.schema.ProviderSchemas}: resource
 * types with their attributes (cty types, required, optional, computed, sensitive) and nested blocks,
 * for the schema-driven generators of {@link io.github.tfdrift.testkit.gen.SchemaGens}.
 */
@NullMarked
package io.github.tfdrift.testkit.schema;

import org.jspecify.annotations.NullMarked;
