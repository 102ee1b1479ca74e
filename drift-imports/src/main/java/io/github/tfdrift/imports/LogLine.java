package io.github.tfdrift.imports;

/**
 * A line of plain text in a log, cleaned of colour codes and CI timestamps.
 *
 * @param number the 1-based line number
 * @param text the cleaned text
 */
record LogLine(int number, String text) {}
