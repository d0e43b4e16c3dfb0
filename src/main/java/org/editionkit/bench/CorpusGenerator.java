package org.editionkit.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.io.AtomicOutput;
import org.editionkit.xml.SecureXml;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ProcessingInstruction;

/**
 * Derives a synthetic corpus from one TEI master, so that a benchmark measures N different
 * documents rather than one document N times (nothing can be served from a cache by accident).
 * Document {@code i} differs from the master and from every other derived document in:
 * <ul>
 * <li>identifiers: the root {@code xml:id} and the ids of the register entries (persons, places,
 * organisations) get the suffix {@code -vNNNN}; every pointer to them ({@code @ref},
 * {@code @corresp}, {@code @target}… any attribute holding {@code #id} tokens) is rewritten, so
 * every pointer still resolves. Alignment and apparatus ids keep their conventional form;</li>
 * <li>person names: every name form, in the registers and in the text alike, gets a per-document
 * ending (Latin syllables, or Hangul syllables for Korean forms);</li>
 * <li>numbers: copy counts are multiplied (so they still add up) and registry numbers changed;</li>
 * <li>dates: every year of the 1950s moves by a multiple of four years, in attributes and text;</li>
 * <li>words: a few English words are swapped for synonyms, and the titles name the copy.</li>
 * </ul>
 * All changes are applied document-wide, so rules that compare two places (a name form in the
 * text against the register, a lemma against its passage) see the same change on both sides.
 */
public final class CorpusGenerator {
    static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
    private static final String XML_NS = XMLConstants.XML_NS_URI;
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(195\\d)(?!\\d)");
    private static final Pattern FOUR_DIGITS = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*([\"'])([^\"']*)\\1");
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final String HANGUL = "가나다라마바사아자차카타파하";
    /** English words and the synonyms that replace them, picked per document. */
    private static final String[][] SYNONYMS = {
        {"conversation", "conversation", "talk", "discussion"},
        {"discussed", "discussed", "talked about", "went over"},
        {"issue", "issue", "question", "matter"},
        {"removed", "removed", "dismissed", "released"},
        {"meeting", "meeting", "session", "talk"},
        {"activists", "activists", "functionaries", "cadres"},
    };
    private static final List<Pattern> SYNONYM_WORDS = java.util.Arrays.stream(SYNONYMS)
            .map(choice -> Pattern.compile("\\b" + choice[0] + "\\b")).toList();
    private static final List<String> REGISTER_LISTS = List.of("listPerson", "listPlace", "listOrg");

    private final Document master;
    /** Pointers the master itself leaves dangling: not the generator's doing. */
    private final List<String> masterDangling;
    private final Transformer serialiser = identity();

    private CorpusGenerator(Document master) {
        this.master = master;
        this.masterDangling = unresolvedPointers(master);
    }

    /** Reads the master through the hardened parser; a master that is not well-formed is a located problem. */
    public static CorpusGenerator of(Path master) throws ProblemException {
        List<Problem> problems = new ArrayList<>();
        DOMResult result = new DOMResult();
        try {
            identity().transform(SecureXml.source(master, master.toString(), problems), result);
        } catch (TransformerException e) {
            throw SecureXml.toProblem(master.toString(), e);
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new ProblemException(problems);
        }
        Document doc = (Document) result.getNode();
        anchorSchemaReferences(doc, master.toAbsolutePath().getParent().toUri());
        return new CorpusGenerator(doc);
    }

    /**
     * The master's {@code <?xml-model href="schema/edition.rng"?>} is relative to its own folder;
     * derived documents live elsewhere, so relative hrefs become absolute {@code file:} URIs and the
     * derived documents are validated against exactly the master's schemas.
     */
    private static void anchorSchemaReferences(Document doc, URI masterDir) {
        for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof ProcessingInstruction pi && pi.getTarget().equals("xml-model")) {
                Matcher m = HREF.matcher(pi.getData());
                if (m.find() && URI.create(m.group(2)).getScheme() == null) {
                    String absolute = masterDir.resolve(m.group(2)).toString();
                    pi.setData(pi.getData().substring(0, m.start(2)) + absolute + pi.getData().substring(m.end(2)));
                }
            }
        }
    }

    /** The file name of document {@code index} (1-based): {@code bench-0001.xml}. */
    public static String fileName(int index) {
        return String.format(Locale.ROOT, "bench-%04d.xml", index);
    }

    /**
     * Writes documents 1..{@code count} into {@code dir} (created if needed) and returns their
     * paths in order. Existing files of the same names are replaced.
     */
    public List<Path> generate(int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Path file = dir.resolve(fileName(i));
            Document doc = derive(i);
            try {
                AtomicOutput.write(file, out -> serialise(serialiser, doc, out));
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            files.add(file);
        }
        return files;
    }

    /** Document {@code index} as a tree (the master itself is never changed). */
    Document derive(int index) {
        if (index < 1) {
            throw new IllegalArgumentException("documents are numbered from 1");
        }
        Document doc = (Document) master.cloneNode(true);
        Map<String, String> ids = renameIds(doc, index);
        rewritePointers(doc.getDocumentElement(), ids);
        varyNames(doc, index);
        varyCopyCounts(doc, index);
        varyRegistryNumbers(doc, index);
        varyTextAndDates(doc.getDocumentElement(), index, "en");
        nameTheCopy(doc, index);
        List<String> dangling = unresolvedPointers(doc);
        dangling.removeAll(masterDangling);
        if (!dangling.isEmpty()) {
            throw new IllegalStateException("derived document " + index + " has unresolved pointers: " + dangling);
        }
        return doc;
    }

    /** Root and register ids get the document suffix; the edition idno follows the root id. */
    private static Map<String, String> renameIds(Document doc, int index) {
        String suffix = String.format(Locale.ROOT, "-v%04d", index);
        Map<String, String> renamed = new HashMap<>();
        Element root = doc.getDocumentElement();
        String rootId = root.getAttributeNS(XML_NS, "id");
        if (!rootId.isEmpty()) {
            renamed.put(rootId, rootId + suffix);
            root.setAttributeNS(XML_NS, "xml:id", rootId + suffix);
            for (Element idno : elements(doc, "idno")) {
                if ("edition".equals(idno.getAttribute("type")) && idno.getTextContent().trim().equals(rootId)) {
                    idno.setTextContent(rootId + suffix);
                }
            }
        }
        for (String list : REGISTER_LISTS) {
            for (Element registry : elements(doc, list)) {
                for (Element entry : descendants(registry)) {
                    String id = entry.getAttributeNS(XML_NS, "id");
                    if (!id.isEmpty()) {
                        renamed.put(id, id + suffix);
                        entry.setAttributeNS(XML_NS, "xml:id", id + suffix);
                    }
                }
            }
        }
        return renamed;
    }

    /** Every attribute token {@code #id} (or {@code #id} inside a longer URI-less pointer) follows a renamed id. */
    private static void rewritePointers(Element e, Map<String, String> ids) {
        NamedNodeMap attrs = e.getAttributes();
        for (int a = 0; a < attrs.getLength(); a++) {
            Attr attr = (Attr) attrs.item(a);
            if (isIdAttribute(attr) || attr.getValue().indexOf('#') < 0) {
                continue;
            }
            String[] tokens = attr.getValue().trim().split("\\s+");
            boolean changed = false;
            for (int t = 0; t < tokens.length; t++) {
                if (tokens[t].startsWith("#") && ids.containsKey(tokens[t].substring(1))) {
                    tokens[t] = "#" + ids.get(tokens[t].substring(1));
                    changed = true;
                }
            }
            if (changed) {
                attr.setValue(String.join(" ", tokens));
            }
        }
        for (Element child : children(e)) {
            rewritePointers(child, ids);
        }
    }

    /** Each name form (each {@code reg} of a choice, else the whole persName) ends in a per-document syllable pair. */
    private static void varyNames(Document doc, int index) {
        String latin = latinCode(index);
        String hangul = hangulCode(index);
        for (Element name : elements(doc, "persName")) {
            List<Element> regs = elements(name, "reg");
            for (Element form : regs.isEmpty() ? List.of(name) : regs) {
                Node last = lastText(form);
                if (last != null) {
                    String text = last.getNodeValue();
                    String trimmed = text.stripTrailing();
                    boolean korean = trimmed.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
                    last.setNodeValue(trimmed + (korean ? hangul : "-" + latin) + text.substring(trimmed.length()));
                }
            }
        }
    }

    /** Multiplies every copy count, in the attribute and in the figure shown, so that totals still add up. */
    private static void varyCopyCounts(Document doc, int index) {
        int factor = 1 + index % 7;
        for (Element measure : elements(doc, "measure")) {
            String quantity = measure.getAttribute("quantity");
            if (!quantity.matches("\\d+")) {
                continue;
            }
            long q = Long.parseLong(quantity);
            measure.setAttribute("quantity", Long.toString(q * factor));
            Node first = firstText(measure);
            if (first != null) {
                first.setNodeValue(first.getNodeValue().replaceFirst("(?<!\\d)" + q + "(?!\\d)", Long.toString(q * factor)));
            }
        }
    }

    /** Every four-digit group of every registry number becomes the document's own number. */
    private static void varyRegistryNumbers(Document doc, int index) {
        String number = String.format(Locale.ROOT, "%04d", (2421 + index * 37) % 10_000);
        for (Element idno : elements(doc, "idno")) {
            if ("registry".equals(idno.getAttribute("type"))) {
                for (Node text : texts(idno)) {
                    text.setNodeValue(FOUR_DIGITS.matcher(text.getNodeValue()).replaceAll(number));
                }
            }
        }
    }

    /** Years in date attributes and in all text; English synonyms in English text (xml:lang inherited). */
    private static void varyTextAndDates(Element e, int index, String inheritedLang) {
        String lang = e.hasAttributeNS(XML_NS, "lang") ? e.getAttributeNS(XML_NS, "lang") : inheritedLang;
        int shift = 4 * (index % 10);
        for (String attr : List.of("when", "from", "to", "notBefore", "notAfter")) {
            if (e.hasAttribute(attr)) {
                e.setAttribute(attr, shiftYears(e.getAttribute(attr), shift));
            }
        }
        for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = shiftYears(child.getNodeValue(), shift);
                if (lang.equals("en")) {
                    text = synonyms(text, index);
                }
                child.setNodeValue(text);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                varyTextAndDates((Element) child, index, lang);
            }
        }
    }

    /** The main titles and the running head say which synthetic copy this is. */
    private static void nameTheCopy(Document doc, int index) {
        for (Element title : elements(doc, "title")) {
            String type = title.getAttribute("type");
            if (!(type.equals("main") || type.equals("short")) || !(title.getParentNode() instanceof Element parent)
                    || !parent.getLocalName().equals("titleStmt")) {
                continue;
            }
            boolean korean = "ko".equals(title.getAttributeNS(XML_NS, "lang"));
            title.appendChild(doc.createTextNode(korean ? " (사본 " + index + ")" : " (copy " + index + ")"));
        }
    }

    private static String shiftYears(String s, int shift) {
        if (shift == 0) {
            return s;
        }
        Matcher m = YEAR.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(Integer.parseInt(m.group(1)) + shift));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String synonyms(String s, int index) {
        String out = s;
        for (int w = 0; w < SYNONYMS.length; w++) {
            String[] choice = SYNONYMS[w];
            String replacement = choice[1 + (index / (w + 1)) % (choice.length - 1)];
            if (!replacement.equals(choice[0]) && out.contains(choice[0])) {
                out = SYNONYM_WORDS.get(w).matcher(out).replaceAll(replacement);
            }
        }
        return out;
    }

    /** Two Latin syllables, title case: distinct for the first 4,900 documents. */
    static String latinCode(int index) {
        int n = index % (CONSONANTS.length() * VOWELS.length() * CONSONANTS.length() * VOWELS.length());
        int s1 = n / (CONSONANTS.length() * VOWELS.length());
        int s2 = n % (CONSONANTS.length() * VOWELS.length());
        String code = syllable(s1) + syllable(s2);
        return Character.toUpperCase(code.charAt(0)) + code.substring(1);
    }

    private static String syllable(int n) {
        return "" + CONSONANTS.charAt(n / VOWELS.length()) + VOWELS.charAt(n % VOWELS.length());
    }

    /** Three common Hangul syllables: distinct for the first 2,744 documents. */
    static String hangulCode(int index) {
        int b = HANGUL.length();
        int n = index % (b * b * b);
        return "" + HANGUL.charAt(n / (b * b)) + HANGUL.charAt(n / b % b) + HANGUL.charAt(n % b);
    }

    /**
     * Every {@code #id} token of every attribute (other than xml:id) that names no {@code xml:id}
     * of the document, as {@code element/@attribute=#id}.
     */
    public static List<String> unresolvedPointers(Document doc) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<Element> all = descendants(doc.getDocumentElement());
        all.add(0, doc.getDocumentElement());
        for (Element e : all) {
            String id = e.getAttributeNS(XML_NS, "id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        List<String> dangling = new ArrayList<>();
        for (Element e : all) {
            NamedNodeMap attrs = e.getAttributes();
            for (int a = 0; a < attrs.getLength(); a++) {
                Attr attr = (Attr) attrs.item(a);
                if (isIdAttribute(attr)) {
                    continue;
                }
                for (String token : attr.getValue().trim().split("\\s+")) {
                    if (token.startsWith("#") && !ids.contains(token.substring(1))) {
                        dangling.add(e.getLocalName() + "/@" + attr.getName() + "=" + token);
                    }
                }
            }
        }
        return dangling;
    }

    /** Serialises a derived document as UTF-8 XML (one transformer per generator, which is used by one thread). */
    private static void serialise(Transformer t, Document doc, OutputStream out) throws TransformerException {
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.setOutputProperty(OutputKeys.METHOD, "xml");
        t.transform(new DOMSource(doc), new StreamResult(out));
    }

    /** The JDK's own identity transformer (not whichever one the class path offers), locked down. */
    private static Transformer identity() {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newTransformer();
        } catch (Exception e) {
            throw new IllegalStateException("the JDK's XML transformer is unavailable", e);
        }
    }

    private static boolean isIdAttribute(Attr attr) {
        return XML_NS.equals(attr.getNamespaceURI()) && "id".equals(attr.getLocalName());
    }

    static List<Element> elements(Node scope, String teiLocalName) {
        NodeList list = scope instanceof Document d ? d.getElementsByTagNameNS(TEI_NS, teiLocalName)
                : ((Element) scope).getElementsByTagNameNS(TEI_NS, teiLocalName);
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) c);
            }
        }
        return out;
    }

    private static List<Element> descendants(Element e) {
        NodeList list = e.getElementsByTagName("*");
        List<Element> out = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<Node> texts(Node n) {
        List<Node> out = new ArrayList<>();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) {
                out.add(c);
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                out.addAll(texts(c));
            }
        }
        return out;
    }

    private static Node firstText(Node n) {
        for (Node t : texts(n)) {
            if (!t.getNodeValue().isBlank()) {
                return t;
            }
        }
        return null;
    }

    private static Node lastText(Node n) {
        List<Node> all = texts(n);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!all.get(i).getNodeValue().isBlank()) {
                return all.get(i);
            }
        }
        return null;
    }
}
