package org.editionkit.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.editionkit.core.Problem;
import org.editionkit.core.Severity;

/**
 * Finds characters of the TEI that no font of their font-family chain can draw, before FOP
 * would silently print a "#" or nothing. Checks the parts the PDF prints: the text, the
 * apparatus in standOff and the header parts of the title page. Each finding is located at the
 * element holding the text (line and column as the parser reported them).
 */
final class GlyphCheck {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final QName XML_LANG = new QName("http://www.w3.org/XML/1998/namespace", "lang");
    /** Header parts the title page prints (see xslt/fo/titlepage.xsl). */
    private static final Set<String> HEADER_PARTS = Set.of("titleStmt", "publicationStmt", "msIdentifier", "bibl");
    private static final int MAX_REPORTED = 50;

    private final GlyphCoverage coverage;
    private final Map<String, String> chains;

    GlyphCheck(GlyphCoverage coverage, Map<String, String> chains) {
        this.coverage = coverage;
        this.chains = chains;
    }

    /**
     * The chain key for a language tag, as xslt/fo/fonts.xsl maps it: "ko", "ja", "zh" (Chinese,
     * traditional forms unless marked simplified), "zh-hans" (Hans, CN, SG) or "default".
     */
    static String chainKey(String lang) {
        List<String> tags = List.of((lang == null ? "" : lang.toLowerCase(java.util.Locale.ROOT)).split("[-_]"));
        String primary = tags.get(0);
        if (List.of("zh", "lzh", "cmn", "yue").contains(primary)) {
            boolean simplified = tags.subList(1, tags.size()).stream().anyMatch(t -> List.of("hans", "cn", "sg").contains(t));
            return simplified ? "zh-hans" : "zh";
        }
        return primary.equals("ko") || primary.equals("ja") ? primary : "default";
    }

    String chainFor(String lang) {
        return chains.getOrDefault(chainKey(lang), chains.getOrDefault("default", ""));
    }

    List<Problem> check(XdmNode doc, String displayName, Severity severity) {
        List<Problem> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        walk(doc, "", displayName, severity, found, seen);
        if (found.size() > MAX_REPORTED) {
            int more = found.size() - MAX_REPORTED;
            List<Problem> cut = new ArrayList<>(found.subList(0, MAX_REPORTED));
            cut.add(new Problem(displayName, 0, 0, severity, more + " more characters without a glyph not listed"));
            return cut;
        }
        return found;
    }

    private void walk(XdmNode node, String lang, String file, Severity severity,
            List<Problem> found, Set<String> seen) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                String l = child.getAttributeValue(XML_LANG);
                String local = child.getNodeName().getLocalName();
                boolean tei = TEI.equals(child.getNodeName().getNamespace());
                if (tei && local.equals("teiHeader")) {
                    walkHeader(child, l != null ? l : lang, file, severity, found, seen);
                } else if (tei && (local.equals("listPerson") || local.equals("listPlace") || local.equals("listOrg"))
                        && node.getNodeName() != null && node.getNodeName().getLocalName().equals("standOff")) {
                    // registers are not printed
                    continue;
                } else {
                    walk(child, l != null ? l : lang, file, severity, found, seen);
                }
            } else if (child.getNodeKind() == XdmNodeKind.TEXT) {
                checkText(child, node, lang, file, severity, found, seen);
            }
        }
    }

    private void walkHeader(XdmNode header, String lang, String file, Severity severity, List<Problem> found,
            Set<String> seen) {
        for (XdmNode d : header.children()) {
            if (d.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            String l = d.getAttributeValue(XML_LANG);
            if (HEADER_PARTS.contains(d.getNodeName().getLocalName())) {
                walk(d, l != null ? l : lang, file, severity, found, seen);
            } else if (!d.getNodeName().getLocalName().equals("listBibl")) {
                walkHeader(d, l != null ? l : lang, file, severity, found, seen);
            }
        }
    }

    private void checkText(XdmNode text, XdmNode element, String lang, String file, Severity severity,
            List<Problem> found, Set<String> seen) {
        String s = text.getStringValue();
        String chain = chainFor(lang);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (drawsNothing(cp) || coverage.chainHas(chain, cp)) {
                continue;
            }
            String key = cp + "@" + element.getLineNumber() + ":" + element.getColumnNumber();
            if (seen.add(key)) {
                found.add(new Problem(file, element.getLineNumber(), element.getColumnNumber(), severity,
                        String.format("no glyph for U+%04X '%s' in font-family \"%s\" (text of <%s>)", cp,
                                new String(Character.toChars(cp)), chain, element.getNodeName().getLocalName())));
            }
        }
    }

    /** Spaces and invisible formatting characters need no glyph. */
    private static boolean drawsNothing(int cp) {
        if (Character.isWhitespace(cp) || cp == 0xA0 || cp == 0x202F) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
