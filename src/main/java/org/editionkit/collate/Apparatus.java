package org.editionkit.collate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.editionkit.io.AtomicOutput;

/**
 * Writes proposals into the TEI as apparatus entries (tei/ENCODING.md): an {@code app} with
 * resp="#edition-collate" and @cert in the listApp, its passages wrapped in divergence segs, and
 * the respStmt the pointer names. The file is edited as text, so every byte an editor wrote
 * (their entries included) stays as it was; it is written atomically and only if it still holds
 * the bytes that were collated.
 */
public final class Apparatus {
    public static final String RESP = "edition-collate";

    /** The file's bytes as collated. */
    public record Snapshot(byte[] bytes) {
    }

    /** The file changed between reading and writing; nothing was written. */
    public static final class ChangedException extends Exception {
        ChangedException(String message) {
            super(message);
        }
    }

    private record Insert(int at, int rank, String text) {
    }

    private Apparatus() {
    }

    public static Snapshot snapshot(Path file) throws java.io.IOException {
        return new Snapshot(Files.readAllBytes(file));
    }

    /** Writes the proposals of {@code r} (collated from {@code before}) into the file; returns how many entries were written. */
    public static int apply(Path file, Snapshot before, Collator.Result r) throws Exception {
        if (r.proposals().isEmpty()) {
            return 0;
        }
        String src = new String(before.bytes(), StandardCharsets.UTF_8);
        String edited = edit(src, r);
        if (!Arrays.equals(Files.readAllBytes(file), before.bytes())) {
            throw new ChangedException("changed since collate read it; nothing written (run collate again)");
        }
        AtomicOutput.write(file, edited.getBytes(StandardCharsets.UTF_8));
        return r.proposals().size();
    }

    static String edit(String src, Collator.Result r) {
        UnitText.Source source = new UnitText.Source(src);
        Set<String> ids = new HashSet<>();
        collectIds(r.root(), ids);
        List<Insert> inserts = new ArrayList<>();
        List<int[]> wrapped = new ArrayList<>();
        StringBuilder apps = new StringBuilder();
        int n = 0;
        for (Proposal p : r.proposals()) {
            String num;
            do {
                num = String.format("c%02d", ++n);
            } while (ids.contains("app-" + num) || ids.contains("en-" + num) || ids.contains("ko-" + num));
            String app = "app-" + num;
            String lem = reading("lem", witness(r, 0), anchor(p.e(), "en-" + num, app, source, inserts, wrapped));
            String rdg = reading("rdg", witness(r, 1), anchor(p.k(), "ko-" + num, app, source, inserts, wrapped));
            apps.append("\n        <app xml:id=\"").append(app).append("\" type=\"").append(type(p.kind()))
                    .append("\" resp=\"#").append(RESP).append("\" cert=\"").append(p.cert()).append("\">")
                    .append("\n          ").append(lem.replace("%TEXT%", escape(p.e().text())))
                    .append("\n          ").append(rdg.replace("%TEXT%", escape(p.k().text())))
                    .append("\n          <note type=\"editorial\" resp=\"#").append(RESP).append("\">")
                    .append(escape(p.kind() + ": " + p.reason())).append("</note>\n        </app>");
        }
        int close = src.lastIndexOf("</listApp>");
        if (close >= 0) {
            inserts.add(new Insert(close, 3, apps.append("\n      ").toString()));
        } else if (src.lastIndexOf("</standOff>") >= 0) {
            inserts.add(new Insert(src.lastIndexOf("</standOff>"), 3, "  <listApp type=\"translation-divergences\">" + apps + "\n    </listApp>\n  "));
        } else {
            TeiTree.Node text = outerText(r.root());
            int at = text == null ? -1 : source.index(text.line, text.col, "<text");
            if (at < 0) {
                throw new IllegalStateException("no place for a standOff found");
            }
            inserts.add(new Insert(at, 3, "<standOff>\n    <listApp type=\"translation-divergences\">" + apps + "\n    </listApp>\n  </standOff>\n  "));
        }
        if (!ids.contains(RESP)) {
            int end = src.indexOf("</titleStmt>");
            if (end < 0) {
                throw new IllegalStateException("no titleStmt to declare the collation's respStmt in");
            }
            inserts.add(new Insert(end, 3, "  <respStmt xml:id=\"" + RESP + "\">\n          <resp>apparatus entries proposed by machine"
                    + " collation of the translations, for the editors to review, by</resp>\n          <name>edition collate</name>\n"
                    + "        </respStmt>\n      "));
        }
        inserts.sort((a, b) -> a.at() != b.at() ? Integer.compare(a.at(), b.at()) : Integer.compare(a.rank(), b.rank()));
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (Insert i : inserts) {
            out.append(src, from, i.at()).append(i.text());
            from = i.at();
        }
        return out.append(src.substring(from)).toString();
    }

    /**
     * Wraps the passage in a divergence seg and returns the reading's corresp, or "" for an empty
     * passage. A passage that does not lie in one text node (or would cross an earlier seg) gets
     * an empty seg where it starts, so the reading is still anchored in the text.
     */
    private static String anchor(Proposal.Passage p, String id, String app, UnitText.Source source, List<Insert> inserts,
            List<int[]> wrapped) {
        if (p.text().isEmpty()) {
            return "";
        }
        String open = "<seg type=\"divergence\" xml:id=\"" + id + "\" corresp=\"#" + app + "\">";
        int[] range = null;
        if (p.note() != null) {
            TeiTree.Node note = noteAt(p);
            int at = note == null ? -1 : source.index(note.line, note.col, "<note");
            int end = at < 0 ? -1 : source.text.indexOf("</note>", at);
            range = end < 0 ? null : new int[] {at, end + "</note>".length()};
        } else {
            range = p.unit().sourceRange(p.start(), p.end(), source);
        }
        if (range != null && !overlaps(wrapped, range)) {
            wrapped.add(range);
            inserts.add(new Insert(range[0], 2, open));
            inserts.add(new Insert(range[1], 0, "</seg>"));
        } else {
            int[] start = p.unit().sourceRange(p.start(), p.start(), source);
            if (start == null) {
                start = p.unit().sourceRange(Math.max(0, p.start() - 1), Math.max(0, p.start() - 1), source);
            }
            if (start == null) {
                throw new IllegalStateException("cannot anchor \"" + p.text() + "\" in the source");
            }
            inserts.add(new Insert(start[0], 1, open.replace(">", "/>").replace("\"/>", "\"/>")));
        }
        return id;
    }

    private static TeiTree.Node noteAt(Proposal.Passage p) {
        for (UnitText.Note n : p.unit().notes) {
            if (n.at() == p.start() && n.text().equals(p.note())) {
                return n.element();
            }
        }
        return null;
    }

    private static boolean overlaps(List<int[]> ranges, int[] r) {
        for (int[] x : ranges) {
            if (r[0] < x[1] && x[0] < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static String reading(String element, String wit, String segId) {
        return segId.isEmpty() ? "<" + element + " wit=\"" + wit + "\"/>"
                : "<" + element + " wit=\"" + wit + "\" corresp=\"#" + segId + "\">%TEXT%</" + element + ">";
    }

    /** The witness of the n-th translation: listWit's n-th witness, or the conventional #wit-en / #wit-ko. */
    private static String witness(Collator.Result r, int n) {
        List<TeiTree.Node> wits = r.root().elements("witness");
        if (wits.size() > n && wits.get(n).id() != null) {
            return "#" + wits.get(n).id();
        }
        return n == 0 ? "#wit-en" : "#wit-ko";
    }

    private static String type(String kind) {
        return kind.equals("spelling") ? "name" : kind;
    }

    private static TeiTree.Node outerText(TeiTree.Node root) {
        for (TeiTree.Node tei : root.children) {
            if (tei.is("TEI")) {
                for (TeiTree.Node c : tei.children) {
                    if (c.is("text")) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static void collectIds(TeiTree.Node n, Set<String> ids) {
        if (n.id() != null) {
            ids.add(n.id());
        }
        for (TeiTree.Node c : n.children) {
            if (!c.isText()) {
                collectIds(c, ids);
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
