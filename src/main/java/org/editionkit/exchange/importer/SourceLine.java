package org.editionkit.exchange.importer;

/** One non-empty line of the imported page, with its 1-based line number in the input file. */
public record SourceLine(int number, String text) {
    public SourceLine {
        text = text.strip();
    }
}
