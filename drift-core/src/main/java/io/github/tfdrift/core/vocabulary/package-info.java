/**
 * The open vocabularies of the formats: {@link io.github.tfdrift.core.vocabulary.Vocabulary}, the
 * interface of every word type (actions, reasons, modes, UI levels…), and
 * {@link io.github.tfdrift.core.vocabulary.KnownWords}, the table each of them keeps of its known words.
 *
 * <p>This package depends on nothing else in tfdrift: it is the bottom layer with {@code value}. See
 * {@code docs/architecture.md} for the layering of drift-core.
 */
@NullMarked
package io.github.tfdrift.core.vocabulary;

import org.jspecify.annotations.NullMarked;
