/**
 * The typed, immutable model of a Terraform/OpenTofu JSON plan ({@code show -json}).
 *
 * <p>Every type keeps the fields it does not know in {@code extras()}, so a plan read and written back
 * is equal to the input as a JSON tree. Vocabularies that grow between releases ({@link
 * io.github.tfdrift.core.model.Action}, {@link io.github.tfdrift.core.model.ActionReason}, {@link
 * io.github.tfdrift.core.address.ResourceMode}, {@link io.github.tfdrift.core.model.CheckStatus}) keep
 * unknown words as "other" values instead of failing. {@code toString()} never prints attribute
 * values, which may be secrets.
 */
@Value.Style(
    jdkOnly = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true, prehash = false),
    depluralize = true,
    depluralizeDictionary = {"extras:extra", "childModules:childModule", "dependsOn:dependsOn"})
@NullMarked
package io.github.tfdrift.core.model;

import org.jspecify.annotations.NullMarked;

import org.immutables.value.Value;
