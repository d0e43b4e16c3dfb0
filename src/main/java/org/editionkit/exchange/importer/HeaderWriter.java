package org.editionkit.exchange.importer;

import javax.xml.stream.XMLStreamException;

/**
 * Writes the draft's teiHeader: titles from the page's title line and the second translation's
 * head, funder, one respStmt per translation (and for whoever obtained the document), the
 * archive as repository, the record and rights from the document-information block, the
 * witnesses, the summary as abstract and the date as the sending date.
 */
final class HeaderWriter {
    private final XmlOut x;
    private final Draft d;

    HeaderWriter(XmlOut x, Draft d) {
        this.x = x;
        this.d = d;
    }

    void write() throws XMLStreamException {
        DocumentInfo info = d.info;
        x.block("teiHeader").block("fileDesc").block("titleStmt");
        x.leaf("title", d.title, "type", "main", "xml:lang", d.first.lang);
        if (d.secondTitle != null) {
            x.leaf("title", d.secondTitle, "type", "main", "xml:lang", d.second.lang);
        }
        if (d.funder != null) {
            x.leaf("funder", d.funder);
        }
        resp("resp-trans-" + d.first.lang, "translated into " + name(d.first.lang) + (info.translatedFor() == null ? "" : " for " + info.translatedFor()) + " by",
                info.translatedBy());
        if (d.second != null) {
            resp("resp-trans-" + d.second.lang, "translated into " + name(d.second.lang) + " by", null);
        }
        if (info.obtainedBy() != null) {
            resp("resp-obtained", "obtained" + (info.obtainedFor() == null ? "" : " for " + info.obtainedFor()) + " by", info.obtainedBy());
        }
        x.block("respStmt", "xml:id", "resp-encoding");
        x.leaf("resp", "TEI draft made by");
        x.leaf("name", "edition import", "type", "software");
        x.end();
        x.end();
        x.block("publicationStmt");
        x.leaf("authority", "Draft, not yet reviewed");
        if (d.info.uploaded() != null) {
            x.leaf("date", d.info.uploaded(), "when", d.info.uploaded(), "type", "uploaded");
        }
        if (!info.rights().isEmpty()) {
            x.block("availability");
            for (String r : info.rights()) {
                x.leaf("p", r);
            }
            x.end();
        }
        x.end();
        x.block("sourceDesc");
        x.block("msDesc").block("msIdentifier");
        x.leaf("repository", info.archive() == null ? "unknown archive" : info.archive());
        if (d.registry != null) {
            x.leaf("idno", d.registry, "type", "registry");
        }
        x.end().end();
        x.block("bibl", "type", "digital-archive");
        x.leaf("title", d.title);
        if (d.date != null) {
            x.text(" ");
            x.leaf("date", d.dateText, "when", d.date);
        }
        if (info.recordId() != null) {
            x.leaf("idno", info.recordId(), "type", "record");
        }
        if (info.archiveLine() != null) {
            x.leaf("note", info.archiveLine().text(), "type", "source");
        }
        x.end();
        x.block("listWit");
        x.leaf("witness", name(d.first.lang) + " translation", "xml:id", "wit-" + d.first.lang, "n", d.first.lang.toUpperCase(java.util.Locale.ROOT).substring(0, 1));
        if (d.second != null) {
            x.leaf("witness", name(d.second.lang) + " translation", "xml:id", "wit-" + d.second.lang, "n", d.second.lang.toUpperCase(java.util.Locale.ROOT).substring(0, 1));
        }
        x.end();
        x.end().end();
        x.block("encodingDesc").block("editorialDecl");
        x.leaf("p", "Imported by edition import. Square brackets of the source: translator notes → note type=\"translator\"; "
                + "letters completing a word → expan/ex; bracketed punctuation → supplied; a bracketed form after a name → "
                + "choice of reg in persName; a bracketed rendering after a term → gloss; anything else kept verbatim with a "
                + "note subtype=\"review\".");
        x.end().end();
        x.block("profileDesc");
        if (!d.summary.isEmpty()) {
            x.block("abstract", "xml:lang", d.first.lang);
            for (SourceLine s : d.summary) {
                x.leaf("p", s.text());
            }
            x.end();
        }
        if (d.date != null) {
            x.block("correspDesc").block("correspAction", "type", "sent");
            x.leaf("date", d.dateText, "when", d.date);
            x.end().end();
        }
        x.block("langUsage");
        x.leaf("language", name(d.first.lang), "ident", d.first.lang);
        if (d.second != null) {
            x.leaf("language", name(d.second.lang), "ident", d.second.lang);
        }
        x.end();
        x.end();
        x.end();
    }

    private void resp(String id, String resp, String name) throws XMLStreamException {
        x.block("respStmt", "xml:id", id);
        x.leaf("resp", resp);
        if (name == null) {
            x.leaf("name", "not named in the source", "type", "anonymous");
        } else {
            x.leaf("persName", name);
        }
        x.end();
    }

    static String name(String lang) {
        String n = java.util.Locale.forLanguageTag(lang).getDisplayLanguage(java.util.Locale.ENGLISH);
        return n.isEmpty() ? lang : n;
    }

}
