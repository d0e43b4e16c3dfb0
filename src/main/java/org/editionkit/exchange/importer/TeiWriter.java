package org.editionkit.exchange.importer;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * Writes the TEI draft (ENCODING.md shape): the header ({@link HeaderWriter}), the registers of
 * persons, places and organisations from the classified name variants ({@link Registers}), and
 * the two translations as aligned units with their phrase-level markup. Doubts become
 * {@code note type="editorial" subtype="review"}; an unclassified name is a plain {@code name}
 * with such a note.
 */
final class TeiWriter {
    /** A reference number in an opener line: "No. 267/37/2421/57/", "제 41/1956호", "第88号". */
    private static final Pattern REGISTRY = Pattern.compile("(?:\\b(?:No\\.?|Nr\\.?)|№|제|第)\\s*\\d[\\d/.-]*[^\\s\\[,]*");
    private static final Pattern SIGNATURE = Pattern.compile("(?i).*(signature|signed|서명|署名|签名|подпись|podpis).*");

    private final Draft d;
    private final Map<SourceLine, List<Inline>> inlines;
    private XmlOut x;
    private String currentLang;

    TeiWriter(Draft draft, Map<SourceLine, List<Inline>> inlines) {
        this.d = draft;
        this.inlines = inlines;
    }

    void write(OutputStream out) throws XMLStreamException {
        x = new XmlOut(out);
        x.block("TEI", "xml:lang", d.first.lang, "xml:id", d.id);
        x.comment(KnownNames.DRAFT_MARK + " from " + d.sourceName + ". Search for subtype=\"review\" for what the editor must check.");
        new HeaderWriter(x, d).write();
        standOff();
        x.block("text").block("group");
        text(d.first, d.second);
        if (d.second != null) {
            text(d.second, d.first);
        }
        x.end().end();
        x.end();
        x.finish();
    }

    /** reg/@type and persName/@type values (ENCODING.md); any other form type is a language code. */
    private static final java.util.Set<String> FORM_TYPES = java.util.Set.of("rr", "mr", "latin", "ko", "alt");

    private void standOff() throws XMLStreamException {
        Registers r = d.registers;
        if (r.of(Registers.Kind.PERSON).isEmpty() && r.of(Registers.Kind.PLACE).isEmpty() && r.of(Registers.Kind.ORG).isEmpty()) {
            return;
        }
        x.block("standOff");
        register(r.of(Registers.Kind.PERSON), "listPerson", "type", "historical");
        register(r.of(Registers.Kind.PLACE), "listPlace");
        register(r.of(Registers.Kind.ORG), "listOrg");
        x.end();
    }

    private void register(List<Registers.Entry> entries, String list, String... attrs) throws XMLStreamException {
        if (entries.isEmpty()) {
            return;
        }
        x.block(list, attrs);
        for (Registers.Entry e : entries) {
            x.block(e.kind().element, "xml:id", e.id(), "type", e.kind() == Registers.Kind.PERSON ? null : e.type());
            for (Map.Entry<String, String> f : e.forms().entrySet()) {
                boolean typed = FORM_TYPES.contains(f.getKey());
                boolean latin = Script.of(f.getValue()) == Script.LATIN;
                x.leaf(e.kind().nameElement, f.getValue(), "type", typed ? f.getKey() : null,
                        "xml:lang", typed ? (latin ? null : f.getKey()) : f.getKey());
            }
            x.end();
        }
        x.end();
    }

    private void text(TextPlan t, TextPlan other) throws XMLStreamException {
        String otherLang = other == null ? null : other.lang;
        currentLang = t.lang;
        x.block("text", "xml:id", t.lang, "xml:lang", t.lang, "type", "translation", "corresp", otherLang == null ? null : "#" + otherLang);
        x.block("body");
        x.block("div", "type", "document", "xml:id", t.doc.id, "corresp", ref(t.doc));
        if (t.opener != null) {
            opener(t);
        }
        if (t.head != null) {
            x.mixed("head", "xml:id", t.head.id, "corresp", ref(t.head));
            for (int i = 0; i < t.head.lines.size(); i++) {
                SourceLine line = t.head.lines.get(i);
                if (i > 0) {
                    x.empty("lb");
                }
                if (Structurer.isLetterSpaced(line.text())) {
                    x.mixed("choice").leaf("orig", line.text()).leaf("reg", line.text().replace(" ", "")).end();
                } else {
                    line(line, false);
                }
            }
            pairingNote(t.head, otherLang);
            x.end();
        }
        for (Unit p : t.opening) {
            paragraph("p", p, otherLang);
        }
        for (TextPlan.SectionPlan s : t.sections) {
            x.block("div", "type", "section", "n", String.valueOf(s.n()), "xml:id", s.div().id, "corresp", ref(s.div()));
            if (s.head() != null) {
                paragraph("head", s.head(), otherLang);
            }
            for (Unit p : s.paragraphs()) {
                paragraph("p", p, otherLang);
            }
            x.end();
        }
        if (t.dist != null) {
            distribution(t, otherLang);
        }
        if (t.closer != null) {
            closer(t);
        }
        x.end().end().end();
    }

    private void opener(TextPlan t) throws XMLStreamException {
        x.mixed("opener", "xml:id", t.opener.id, "corresp", ref(t.opener));
        for (int i = 0; i < t.opener.lines.size(); i++) {
            SourceLine line = t.opener.lines.get(i);
            if (i > 0) {
                x.lineBreak().empty("lb");
            }
            if (Dates.find(line.text()).isPresent()) {
                x.mixed("dateline");
                line(line, true);
                x.end();
            } else {
                x.mixed("seg");
                openerLine(line);
                x.end();
            }
        }
        x.end();
    }

    private void distribution(TextPlan t, String otherLang) throws XMLStreamException {
        x.block("div", "type", "distribution", "xml:id", t.dist.id, "corresp", ref(t.dist));
        copies("p", t.distTotal, otherLang);
        if (t.distList != null) {
            x.block("list", "type", "distribution", "xml:id", t.distList.id, "corresp", ref(t.distList));
            for (Unit item : t.distItems) {
                copies("item", item, otherLang);
            }
            x.end();
        }
        x.end();
    }

    /** A distribution line: its leading number becomes a measure of copies. */
    private void copies(String element, Unit u, String otherLang) throws XMLStreamException {
        SourceLine line = u.lines.get(0);
        x.mixed(element, "xml:id", u.id, "corresp", ref(u));
        List<Inline> parts = inlines.get(line);
        if (!parts.isEmpty() && parts.get(0) instanceof Inline.Text first && first.text().matches("^\\d+.*")) {
            Matcher m = Pattern.compile("^(\\d+)").matcher(first.text());
            m.find();
            x.leaf("measure", m.group(1), "type", "copies", "quantity", m.group(1), "unit", "copy");
            x.text(first.text().substring(m.end()));
            inline(parts.subList(1, parts.size()), false);
        } else {
            inline(parts, false);
        }
        pairingNote(u, otherLang);
        x.end();
    }

    private void closer(TextPlan t) throws XMLStreamException {
        x.mixed("closer", "xml:id", t.closer.id, "corresp", ref(t.closer));
        boolean signed = false;
        for (int i = 0; i < t.closer.lines.size(); i++) {
            SourceLine line = t.closer.lines.get(i);
            List<Inline> parts = inlines.get(line);
            if (!signed && parts.size() == 1 && parts.get(0) instanceof Inline.Note n && SIGNATURE.matcher(n.text()).matches()) {
                x.mixed("signed");
                x.empty("gap", "reason", "signature");
                signed = true;
                inline(parts, false);
                continue;
            } else if (i > 0) {
                x.lineBreak().empty("lb");
            }
            x.mixed("seg");
            inline(parts, false);
            x.end();
        }
        if (signed) {
            x.end();
        }
        x.end();
    }

    private void paragraph(String element, Unit u, String otherLang) throws XMLStreamException {
        x.mixed(element, "xml:id", u.id, "corresp", ref(u));
        for (SourceLine line : u.lines) {
            line(line, false);
        }
        pairingNote(u, otherLang);
        x.end();
    }

    private void pairingNote(Unit u, String otherLang) throws XMLStreamException {
        if (otherLang == null) {
            return;
        }
        if (u.corresp == null) {
            review("No counterpart found in the " + otherLang + " translation; check the alignment.");
        } else if (u.reviewPairing) {
            review("Paired with #" + u.corresp + " on weak evidence; check the alignment.");
        }
    }

    private void line(SourceLine line, boolean dates) throws XMLStreamException {
        inline(inlines.get(line), dates);
    }

    /** An opener line: its reference number, if any, becomes idno type="registry". */
    private void openerLine(SourceLine line) throws XMLStreamException {
        List<Inline> parts = inlines.get(line);
        for (int i = 0; i < parts.size(); i++) {
            Matcher m = parts.get(i) instanceof Inline.Text t ? REGISTRY.matcher(t.text()) : null;
            if (m != null && m.find()) {
                String text = ((Inline.Text) parts.get(i)).text();
                inline(parts.subList(0, i), false);
                x.text(text.substring(0, m.start()));
                x.leaf("idno", m.group(), "type", "registry");
                x.text(text.substring(m.end()));
                inline(parts.subList(i + 1, parts.size()), false);
                return;
            }
        }
        inline(parts, false);
    }

    private void inline(List<Inline> parts, boolean dates) throws XMLStreamException {
        for (Inline p : parts) {
            if (p instanceof Inline.Text t) {
                text(t.text(), dates);
            } else if (p instanceof Inline.Note n) {
                x.leaf("note", n.text(), "type", "translator", "resp", "#resp-trans-" + currentLang);
            } else if (p instanceof Inline.Expan e) {
                x.mixed("expan").text(e.stem()).leaf("ex", e.ex()).text(e.tail()).end();
            } else if (p instanceof Inline.Supplied s) {
                x.leaf("supplied", s.text(), "reason", s.text().matches("\\p{P}+") ? "punctuation" : null);
            } else if (p instanceof Inline.Gloss g) {
                x.leaf("gloss", g.text());
            } else if (p instanceof Inline.NameVariant v) {
                Registers.Entry e = d.registers.entry(v.key());
                x.mixed(e.kind() == null ? "name" : e.kind().nameElement, "ref", e.kind() == null ? null : "#" + e.id()).mixed("choice");
                for (Inline.Form f : v.forms()) {
                    boolean typed = FORM_TYPES.contains(f.type());
                    x.leaf("reg", f.text(), "type", typed ? f.type() : null, "xml:lang", typed ? null : f.type());
                }
                x.end().end();
                if (e.kind() == null) {
                    review("Not classified: a person, a place or an organisation? Make this name a persName, placeName or orgName with @ref and add its entry to the register.");
                }
            } else if (p instanceof Inline.Name n) {
                Registers.Entry e = d.registers.entry(n.key());
                x.leaf(e.kind().nameElement, n.text(), "ref", "#" + e.id());
            } else if (p instanceof Inline.Review r) {
                x.text(r.literal());
                review(r.message());
            }
        }
    }

    private void text(String s, boolean dates) throws XMLStreamException {
        var found = dates ? Dates.find(s) : java.util.Optional.<Dates.Found>empty();
        if (found.isEmpty()) {
            x.text(s);
            return;
        }
        Dates.Found f = found.get();
        x.text(s.substring(0, f.start()));
        x.leaf("date", s.substring(f.start(), f.end()), "when", f.iso());
        x.text(s.substring(f.end()));
    }

    private void review(String message) throws XMLStreamException {
        x.leaf("note", message, "type", "editorial", "subtype", "review", "resp", "#resp-encoding");
    }

    private static String ref(Unit u) {
        return u.corresp == null ? null : "#" + u.corresp;
    }
}
