package org.editionkit.exchange.importer;

import java.util.List;

/**
 * An archive page with the web noise removed, cut into its parts: the record's date and title
 * lines, the funder line, the body (both translations and the summary after them) and the
 * document-information block.
 */
public record Page(SourceLine dateLine, SourceLine titleLine, SourceLine funderLine,
                   List<SourceLine> body, List<SourceLine> info) {
}
