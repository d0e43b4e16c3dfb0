package org.editionkit.exchange.importer;

import java.util.List;

/** The body of a page cut into the leading translation, the second one, and the summary after them. */
public record Split(String firstLanguage, List<SourceLine> first, String secondLanguage, List<SourceLine> second,
                    List<SourceLine> summary) {
}
