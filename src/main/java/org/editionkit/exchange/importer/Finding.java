package org.editionkit.exchange.importer;

/** What the importer did or what the editor must check, at a line of the input (0 = the whole page). */
public record Finding(int line, String message) {
    @Override
    public String toString() {
        return line + ": " + message;
    }
}
