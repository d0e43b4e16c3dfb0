package org.editionkit.exchange.importer;

import java.util.List;

/**
 * One translation cut into the parts of the document: opener lines, the document head, the
 * paragraphs before section 1 (section 0), the numbered sections, the copy distribution and
 * the closer lines.
 */
public record Translation(String language, List<SourceLine> opener, List<SourceLine> head, List<SourceLine> opening,
                          List<Section> sections, List<SourceLine> distribution, List<SourceLine> closer) {

    /** A numbered section: its heading line (absent when the number opens a paragraph) and its paragraphs. */
    public record Section(int n, SourceLine head, List<SourceLine> paragraphs, SourceLine start) {
    }

    public int paragraphCount() {
        return opening.size() + sections.stream().mapToInt(s -> s.paragraphs().size()).sum();
    }
}
