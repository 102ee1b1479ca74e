/**
 * Normalisers that decide whether a change is cosmetic: SSH public keys, JSON documents in strings,
 * and any normaliser registered and attached per resource type and path glob.
 */
@NullMarked
package io.github.tfdrift.rules.normalize;

import org.jspecify.annotations.NullMarked;
