package org.editionkit.exchange.importer;

import java.util.List;

/** Everything the TEI writer needs to know about an imported page. */
final class Draft {
    String id;
    String sourceName;
    String title;
    String secondTitle;
    String date;
    String dateText;
    String funder;
    String registry;
    DocumentInfo info;
    TextPlan first;
    TextPlan second;
    List<SourceLine> summary = List.of();
    Registers registers;
}
