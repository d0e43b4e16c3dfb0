package org.editionkit.exchange.importer;

import java.util.List;

/**
 * An alignment unit of the draft (ENCODING.md): its xml:id, the source lines it holds and, once
 * aligned, the xml:id of its counterpart in the other translation (null when unpaired).
 */
public final class Unit {
    final String id;
    final List<SourceLine> lines;
    String corresp;
    boolean reviewPairing;

    Unit(String id, List<SourceLine> lines) {
        this.id = id;
        this.lines = lines;
    }

    String text() {
        return String.join(" ", lines.stream().map(SourceLine::text).toList());
    }

    int line() {
        return lines.isEmpty() ? 0 : lines.get(0).number();
    }
}
