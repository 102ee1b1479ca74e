/** Implementation of generation and shrinking: the recording choice source and the shrinker. Not API. */
package io.github.tfdrift.testkit.gen.internal;
