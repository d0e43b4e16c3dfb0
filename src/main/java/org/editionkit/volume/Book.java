package org.editionkit.volume;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.build.TeiFacts;
import org.editionkit.core.Toolkit;
import org.editionkit.pdf.PdfRenderer;

/**
 * Typesets a volume as one book PDF. Each document is typeset on its own, as by edition pdf
 * (pass loop, foot tiers, line numbers) but through xslt/volume/book-document.xsl, its folios
 * continuing the volume's; only its PDF (in a temporary file) and its facts (book-facts.xsl:
 * titles, pages, index share with the page of every name, from the layout map) are kept, so
 * one document tree is in memory at a time. Then the back matter (index, sources) and the
 * front matter (title pages, contents with the known folios, preface) are typeset, and
 * {@link Binding} binds the parts into one PDF with outline and page labels.
 */
public final class Book {
    private static final Pattern PAGE = Pattern.compile("<page [^>]*>(.*?)</page>", Pattern.DOTALL);
    private static final Pattern SHORT = Pattern.compile("\\bshort=\"([^\"]*)\"");
    private static final Pattern FOLIO = Pattern.compile("<page [^>]*\\bn=\"([^\"]*)\"");

    /** What the book became: the parts in order, the documents' facts, where each heading is. */
    public record Result(int pages, int frontPages, List<Problem> warnings) {
    }

    /** Reports each typeset document (for progress output). */
    public interface Progress {
        void typeset(VolumeDescription.Document doc, int firstPage, int pages);
    }

    private final Toolkit toolkit;
    private final PdfRenderer renderer;

    public Book(Toolkit toolkit, PdfRenderer renderer) {
        this.toolkit = toolkit;
        this.renderer = renderer;
    }

    /** Typesets {@code vol} into {@code outPdf}; problems of documents are thrown together. */
    public Result make(VolumeDescription vol, Path outPdf, boolean pdfa, Progress progress) throws Exception {
        List<Problem> warnings = new ArrayList<>();
        Path work = Files.createTempDirectory("edition-volume-");
        try {
            String head = volumeTitle(vol);
            StringBuilder facts = new StringBuilder("<edv:volume xmlns:edv=\"urn:editionkit:volume\">");
            Map<String, Integer> partNumbers = new HashMap<>();
            for (VolumeDescription.Document d : vol.documents()) {
                if (d.part() != null && partNumbers.putIfAbsent(d.part().head() + "#" + d.part().number(), d.part().number()) == null) {
                    facts.append("<edv:part n=\"").append(d.part().number()).append("\" id=\"").append(esc(d.part().id()))
                            .append("\" head=\"").append(esc(d.part().head())).append("\"/>");
                }
            }
            List<Binding.Piece> pieces = new ArrayList<>();
            TeiFacts publishable = new TeiFacts(toolkit.processor());
            List<Problem> errors = new ArrayList<>();
            int next = 1;
            for (VolumeDescription.Document d : vol.documents()) {
                try {
                    XdmNode tei = toolkit.parse(d.path(), d.displayName(), warnings);
                    List<Problem> refused = publishable.unpublishable(tei, d.displayName());
                    if (!refused.isEmpty()) {
                        throw new ProblemException(refused);
                    }
                    Map<QName, XdmValue> params = new HashMap<>();
                    params.put(new QName("vol-number"), new XdmAtomicValue(d.number()));
                    params.put(new QName("vol-first-page"), new XdmAtomicValue(next));
                    params.put(new QName("vol-head"), new XdmAtomicValue(head));
                    PdfRenderer.Part part = renderer.renderPart(tei, d.displayName(), "volume/book-document.xsl", params);
                    warnings.addAll(part.warnings());
                    int pages = pageCount(part.layoutMap());
                    Path file = work.resolve("doc-" + d.number() + ".pdf");
                    Files.write(file, part.pdf());
                    String docFacts = docFacts(tei, d, next, next + pages - 1, part.layoutMap());
                    facts.append(docFacts);
                    Matcher shortTitle = SHORT.matcher(docFacts);
                    pieces.add(new Binding.Piece(file, pages, shortTitle.find() ? unesc(shortTitle.group(1)) : "", d));
                    if (progress != null) {
                        progress.typeset(d, next, pages);
                    }
                    next += pages;
                } catch (ProblemException e) {
                    errors.addAll(e.problems());
                }
            }
            if (!errors.isEmpty()) {
                List<Problem> all = new ArrayList<>(warnings);
                all.addAll(errors);
                throw new ProblemException(all);
            }
            XdmNode docsOnly = parse(facts + "</edv:volume>");
            Map<QName, XdmValue> backParams = new HashMap<>();
            backParams.put(new QName("vol-facts"), docsOnly);
            backParams.put(new QName("vol-first-page"), new XdmAtomicValue(next));
            PdfRenderer.Part back = renderer.renderPart(vol.tree(), vol.displayName(), "volume/book-back.xsl", backParams);
            warnings.addAll(back.warnings());
            int backPages = pageCount(back.layoutMap());
            Path backFile = work.resolve("back.pdf");
            Files.write(backFile, back.pdf());
            String indexFolio = folioOf(back.layoutMap(), "vol-index");
            String sourcesFolio = folioOf(back.layoutMap(), "vol-sources");
            facts.append("<edv:back id=\"vol-index\" title=\"Index of persons, places and organisations\" page=\"")
                    .append(indexFolio).append("\"/>");
            facts.append("<edv:back id=\"vol-sources\" title=\"Sources and archives\" page=\"").append(sourcesFolio).append("\"/>");
            XdmNode all = parse(facts + "</edv:volume>");
            PdfRenderer.Part front = renderer.renderPart(vol.tree(), vol.displayName(), "volume/book-front.xsl",
                    Map.of(new QName("vol-facts"), all));
            warnings.addAll(front.warnings());
            int frontPages = pageCount(front.layoutMap());
            Binding binding = new Binding(vol, head);
            int total = binding.bind(front.pdf(), front.layoutMap(), pieces,
                    new Binding.Piece(backFile, backPages, "back", null), back.layoutMap(), outPdf, pdfa);
            return new Result(total, frontPages, warnings);
        } finally {
            deleteTree(work);
        }
    }

    private XdmNode parse(String xml) throws SaxonApiException {
        return toolkit.processor().newDocumentBuilder().build(new StreamSource(new StringReader(xml)));
    }

    private String docFacts(XdmNode tei, VolumeDescription.Document d, int first, int last, String map)
            throws SaxonApiException {
        Xslt30Transformer t = toolkit.stylesheet("volume/book-facts.xsl").load30();
        Map<QName, XdmValue> params = new HashMap<>();
        params.put(new QName("vol-number"), new XdmAtomicValue(d.number()));
        params.put(new QName("vol-first-page"), new XdmAtomicValue(first));
        params.put(new QName("vol-last-page"), new XdmAtomicValue(last));
        params.put(new QName("vol-file"), new XdmAtomicValue(d.displayName()));
        params.put(new QName("layout-map"), parse(map));
        t.setStylesheetParameters(params);
        t.setGlobalContextItem(tei);
        java.io.StringWriter out = new java.io.StringWriter();
        Serializer ser = toolkit.processor().newSerializer(out);
        ser.setOutputProperty(Serializer.Property.OMIT_XML_DECLARATION, "yes");
        t.applyTemplates(tei, ser);
        String xml = out.toString();
        if (d.part() != null) {
            xml = xml.replaceFirst("<edv:doc ", "<edv:doc part=\"" + d.part().number() + "\" ");
        }
        return xml;
    }

    /** Pages in a part, from its layout map (every page is recorded, even an empty one). */
    static int pageCount(String layoutMap) {
        int n = 0;
        for (int i = layoutMap.indexOf("<page "); i >= 0; i = layoutMap.indexOf("<page ", i + 1)) {
            n++;
        }
        return n;
    }

    /** The 0-based page within a part on which the id's first line stands, or -1. */
    static int pageIndexOf(String layoutMap, String id) {
        Matcher m = PAGE.matcher(layoutMap);
        Pattern ids = Pattern.compile("ids=\"(?:[^\"]* )?" + Pattern.quote(id) + "(?: [^\"]*)?\"");
        for (int i = 0; m.find(); i++) {
            if (ids.matcher(m.group(1)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The folio printed on the page of an id, or "" when the id is not in the map. */
    static String folioOf(String layoutMap, String id) {
        int index = pageIndexOf(layoutMap, id);
        if (index < 0) {
            return "";
        }
        Matcher m = FOLIO.matcher(layoutMap);
        for (int i = 0; m.find(); i++) {
            if (i == index) {
                return m.group(1);
            }
        }
        return "";
    }

    private static String volumeTitle(VolumeDescription vol) {
        XdmNode ts = vol.tree().select(net.sf.saxon.s9api.streams.Steps.descendant(VolumeDescription.TEI, "titleStmt"))
                .findFirst().orElse(null);
        if (ts == null) {
            return "";
        }
        String main = null;
        String shortTitle = null;
        for (XdmNode t : ts.select(net.sf.saxon.s9api.streams.Steps.child(VolumeDescription.TEI, "title")).toList()) {
            String type = t.attribute("type");
            String text = t.getStringValue().strip().replaceAll("\\s+", " ");
            if ("short".equals(type) && shortTitle == null) {
                shortTitle = text;
            } else if (("main".equals(type) || type == null) && main == null) {
                main = text;
            }
        }
        String title = shortTitle != null ? shortTitle : main == null ? "" : main;
        return title.length() > 70 ? title.substring(0, 67) + "…" : title;
    }

    private static String unesc(String s) {
        return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // A temporary file left behind is harmless.
                }
            });
        } catch (IOException e) {
            // Same.
        }
    }
}
