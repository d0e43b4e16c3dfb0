package org.editionkit.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringReader;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import org.xml.sax.XMLReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.FopFactoryBuilder;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.editionkit.core.IoReasons;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Severity;
import org.editionkit.core.Toolkit;
import org.editionkit.core.UserCache;
import org.editionkit.io.OutputDirectory;
import org.xml.sax.InputSource;

/**
 * Typesets a TEI edition as PDF: TEI to XSL-FO with {@code xslt/fo/edition.xsl}, streamed into
 * FOP. One renderer holds one {@link FopFactory} (fonts resolved once, FOP's font cache in the
 * user's cache directory) and may be shared by threads rendering different documents.
 */
public final class PdfRenderer {
    /** FOP reports through events (collected per document below); its log only repeats them. */
    private static final Logger FOP_LOG = Logger.getLogger("org.apache.fop");
    private static final Logger XMLGRAPHICS_LOG = Logger.getLogger("org.apache.xmlgraphics");

    /**
     * FOP sets up JVM-wide state lazily and not thread-safely (two first renderings at once fail
     * sporadically), so the first rendering in the process runs alone; later ones in parallel.
     */
    private static final Object FIRST_USE = new Object();
    private static volatile boolean fopWarm;

    static {
        FOP_LOG.setLevel(Level.OFF);
        XMLGRAPHICS_LOG.setLevel(Level.OFF);
    }

    private final Toolkit toolkit;
    private final PdfOptions options;
    private final FontSetup fonts;
    private final GlyphCheck glyphs;
    private final FopFactory fopFactory;
    private final Problem setupFailure;
    private final java.util.Optional<Path> hyphenation;
    /** Font files parsed once and reused by later documents (FOP would parse them per document). */
    private final ReusableFonts reusableFonts = new ReusableFonts();
    private final java.util.concurrent.atomic.AtomicInteger fopRuns = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger documents = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger fallbacks = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean onePass;

    /** Set once the font set-up's warnings went out with a document: they concern the run, not each document. */
    private final java.util.concurrent.atomic.AtomicBoolean setupWarningsGiven = new java.util.concurrent.atomic.AtomicBoolean();

    public PdfRenderer(Toolkit toolkit, PdfOptions options) {
        this(toolkit, options, FontSetup.load(toolkit.processor(), options.fontDirs()));
    }

    PdfRenderer(Toolkit toolkit, PdfOptions options, FontSetup fonts) {
        this.toolkit = toolkit;
        this.options = options;
        this.fonts = fonts;
        this.glyphs = new GlyphCheck(new GlyphCoverage(fonts.faces()), fonts.chains());
        this.hyphenation = Hyphenation.prepare(UserCache.dir());
        FopFactory factory = null;
        Problem failure = fonts.errors().isEmpty() ? null : fonts.errors().get(0);
        if (failure == null) {
            try {
                factory = buildFactory();
            } catch (Exception e) {
                failure = Problem.fileError(FontSetup.CONFIG, "cannot set up FOP: " + e.getMessage());
            }
        }
        this.fopFactory = factory;
        this.setupFailure = failure;
    }

    private FopFactory buildFactory() throws Exception {
        byte[] conf = fonts.fopConfig(hyphenation).getBytes(StandardCharsets.UTF_8);
        URI base = Path.of("").toAbsolutePath().toUri();
        FopFactoryBuilder builder = new FopConfParser(new ByteArrayInputStream(conf), base).getFopFactoryBuilder();
        Path cache = UserCache.dir().resolve("fop-fonts.cache");
        try {
            Files.createDirectories(cache.getParent());
            builder.getFontManager().setCacheFile(cache.toUri());
        } catch (java.io.IOException | SecurityException e) {
            // No writable cache (a user without a home directory): slower start, same output.
            builder.getFontManager().disableFontCache();
        }
        builder.setAccessibility(options.pdfa());
        builder.setStrictFOValidation(true);
        return builder.build();
    }

    /** Compiles the TEI → XSL-FO stylesheet now rather than at the first document (for parallel warm-up). */
    public void prepare() {
        toolkit.stylesheet("fo/edition.xsl");
    }

    /** How many font files FOP has parsed for this renderer so far (for tests). */
    int fontFilesParsed() {
        return reusableFonts.parses();
    }

    /** The font-family lists the stylesheet uses, by language key. */
    public Map<String, String> fontChains() {
        return Collections.unmodifiableMap(fonts.chains());
    }

    /**
     * Renders one document to {@code outPdf} (and, with {@code keepFo}, the XSL-FO beside it as
     * NAME.fo). Returns warnings; throws when the document cannot be typeset as promised, for
     * example a character that no configured font can draw.
     */
    public List<Problem> render(XdmNode tei, String displayName, Path outPdf) throws ProblemException {
        if (setupFailure != null) {
            throw new ProblemException(setupFailure);
        }
        if (!fopWarm) {
            synchronized (FIRST_USE) {
                if (!fopWarm) {
                    try {
                        return renderNow(tei, displayName, outPdf);
                    } finally {
                        fopWarm = true;
                    }
                }
            }
        }
        return renderNow(tei, displayName, outPdf);
    }

    /**
     * Text a PDF may hold, in characters (the master has about 40,000; this is some 500 pages).
     * FOP keeps a whole page sequence in memory until it ends, so a document of 100,000
     * paragraphs ran for minutes into gigabytes; it is refused up front instead.
     */
    public static final long MAX_TEXT_CHARS = 1_000_000;

    /** The document's text length, summed over its text nodes (no copy of the text is made). */
    private static long textLength(XdmNode tei) {
        return tei.select(net.sf.saxon.s9api.streams.Steps.descendant()
                .where(n -> n.getNodeKind() == net.sf.saxon.s9api.XdmNodeKind.TEXT))
                .mapToLong(n -> n.getUnderlyingNode().getUnicodeStringValue().length()).sum();
    }

    private List<Problem> renderNow(XdmNode tei, String displayName, Path outPdf) throws ProblemException {
        long text = textLength(tei);
        if (text > MAX_TEXT_CHARS) {
            throw new ProblemException(Problem.fileError(displayName, String.format(java.util.Locale.ROOT,
                    "too large to typeset: %,d characters of text, over the PDF limit of %,d (FOP would hold it all in memory);"
                            + " split the document (HTML and the other outputs have no such limit)", text, MAX_TEXT_CHARS)));
        }
        // A missing optional font or an unreadable --font-dir file is said once per run, with the first document.
        List<Problem> setup = setupWarningsGiven.getAndSet(true) ? List.of() : fonts.warnings();
        try {
            return renderChecked(tei, displayName, outPdf, new ArrayList<>(setup));
        } catch (ProblemException e) {
            List<Problem> all = new ArrayList<>(setup);
            all.addAll(e.problems());
            throw new ProblemException(all);
        }
    }

    private List<Problem> renderChecked(XdmNode tei, String displayName, Path outPdf, List<Problem> warnings)
            throws ProblemException {
        Severity glyphSeverity = options.allowMissingGlyphs() ? Severity.WARNING : Severity.ERROR;
        List<Problem> missing = glyphs.check(tei, displayName, glyphSeverity);
        if (!options.allowMissingGlyphs() && !missing.isEmpty()) {
            throw new ProblemException(missing);
        }
        warnings.addAll(missing);
        try {
            PassLoop.Result result;
            try (ReusableFonts.Lease fonts = reusableFonts.lease()) {
                result = PassLoop.run(map -> foBytes(tei, displayName, map),
                        (fo, pdf, rec) -> runFop(fo, pdf, rec, displayName, fonts), onePass, displayName);
            }
            count(result, warnings);
            if (options.keepFo()) {
                Path fo = outPdf.resolveSibling(baseName(outPdf) + ".fo");
                OutputDirectory.write(fo, out -> out.write(result.fo()));
            }
            OutputDirectory.write(outPdf, out -> out.write(result.pdf()));
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            if (writingFailed(e, outPdf)) {
                throw new ProblemException(Problem.fileError(outPdf.toString(), "cannot write the PDF: " + IoReasons.of(e)));
            }
            throw new ProblemException(Problem.fileError(displayName, "PDF rendering failed: " + rootMessage(e)));
        }
        return warnings;
    }

    /** Adds the loop's runs and fallback to the renderer's counts and its warnings to {@code warnings}; throws on errors. */
    private void count(PassLoop.Result result, List<Problem> warnings) throws ProblemException {
        fopRuns.addAndGet(result.fopRuns());
        documents.incrementAndGet();
        warnings.addAll(result.warnings());
        if (!result.settled()) {
            fallbacks.incrementAndGet();
        }
        failOnErrors(warnings);
    }

    /** A part of a book (edition volume): its PDF, the layout map of the pass that wrote it, warnings. */
    public record Part(byte[] pdf, String layoutMap, List<Problem> warnings) {
    }

    /**
     * Typesets {@code source} with the stylesheet {@code xslt/<stylesheet>} (one that imports
     * fo/edition.xsl, so the pass loop and fonts work as for a single document), with the extra
     * stylesheet parameters {@code extra}, and returns the PDF in memory with the layout map of
     * the pass that wrote it (page numbers of ids, see LayoutRecorder). Used by edition volume.
     */
    public Part renderPart(XdmNode source, String displayName, String stylesheet, Map<QName, XdmValue> extra)
            throws ProblemException {
        if (setupFailure != null) {
            throw new ProblemException(setupFailure);
        }
        List<Problem> warnings = new ArrayList<>(setupWarningsGiven.getAndSet(true) ? List.of() : fonts.warnings());
        Severity glyphSeverity = options.allowMissingGlyphs() ? Severity.WARNING : Severity.ERROR;
        List<Problem> missing = glyphs.check(source, displayName, glyphSeverity);
        if (!options.allowMissingGlyphs() && !missing.isEmpty()) {
            throw new ProblemException(missing);
        }
        warnings.addAll(missing);
        LayoutRecorder[] written = new LayoutRecorder[1];
        try {
            PassLoop.Result result;
            synchronized (FIRST_USE) {
                try (ReusableFonts.Lease lease = reusableFonts.lease()) {
                    result = PassLoop.run(map -> partFo(source, displayName, stylesheet, extra, map), (fo, pdf, rec) -> {
                        if (pdf != null) {
                            written[0] = rec;
                        }
                        return runFop(fo, pdf, rec, displayName, lease);
                    }, onePass, displayName);
                } finally {
                    fopWarm = true;
                }
            }
            count(result, warnings);
            return new Part(result.pdf(), written[0].toXml(), warnings);
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            throw new ProblemException(Problem.fileError(displayName, "PDF rendering failed: " + rootMessage(e)));
        }
    }

    private byte[] partFo(XdmNode source, String displayName, String stylesheet, Map<QName, XdmValue> extra,
            String layoutMap) throws SaxonApiException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        Serializer ser = toolkit.processor().newSerializer(out);
        ser.setOutputProperty(Serializer.Property.INDENT, "no");
        Xslt30Transformer t = toolkit.stylesheet(stylesheet).load30();
        Map<QName, XdmValue> params = new HashMap<>(parameters(displayName));
        params.putAll(extra);
        if (layoutMap != null) {
            params.put(new QName("layout-map"),
                    toolkit.processor().newDocumentBuilder().build(new StreamSource(new StringReader(layoutMap))));
        }
        t.setStylesheetParameters(params);
        t.setGlobalContextItem(source);
        t.applyTemplates(source, ser);
        return out.toByteArray();
    }

    /** FOP runs (layout and PDF passes) of all documents this renderer typeset (for bench). */
    public int fopRuns() {
        return fopRuns.get();
    }

    /**
     * Typesets every document in one pass, as before the pass loop (no line numbers, apparatus
     * keyed to §): for bench, which measures what the passes cost.
     */
    public PdfRenderer onePass() {
        onePass = true;
        return this;
    }

    /** Documents whose layout did not settle and that were printed in the fallback (for bench). */
    public int fallbacks() {
        return fallbacks.get();
    }

    /** Documents this renderer typeset (for bench). */
    public int documents() {
        return documents.get();
    }

    private byte[] foBytes(XdmNode tei, String displayName, String layoutMap) throws SaxonApiException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        Serializer ser = toolkit.processor().newSerializer(out);
        ser.setOutputProperty(Serializer.Property.INDENT, "no");
        Xslt30Transformer t = transformer(tei, displayName);
        if (layoutMap != null) {
            XdmNode map = toolkit.processor().newDocumentBuilder().build(new StreamSource(new StringReader(layoutMap)));
            t.setStylesheetParameters(Map.of(new QName("layout-map"), map));
        }
        t.applyTemplates(tei, ser);
        return out.toByteArray();
    }

    /** One FOP run: lays {@code fo} out, recording its lines; writes the PDF when {@code pdf} is given. */
    private List<Problem> runFop(byte[] fo, OutputStream pdf, LayoutRecorder rec, String displayName,
            ReusableFonts.Lease fonts) throws Exception {
        List<Problem> found = new ArrayList<>();
        FOUserAgent ua = userAgent(displayName, found);
        if (pdf != null) {
            RecordingPdfRenderer renderer = new RecordingPdfRenderer(ua, rec);
            renderer.setDocumentHandler(ReusingPdfHandler.create(ua, fonts));
            ua.setRendererOverride(renderer);
        } else {
            ua.setRendererOverride(new LayoutOnlyRenderer(ua, ReusingPdfHandler.fontSource(ua, fonts), rec));
        }
        Fop fop = pdf != null ? fopFactory.newFop(MimeConstants.MIME_PDF, ua, pdf) : fopFactory.newFop(MimeConstants.MIME_PDF, ua);
        SAXParserFactory spf = SAXParserFactory.newInstance();
        spf.setNamespaceAware(true);
        XMLReader reader = spf.newSAXParser().getXMLReader();
        reader.setContentHandler(fop.getDefaultHandler());
        reader.parse(new InputSource(new ByteArrayInputStream(fo)));
        return found;
    }

    /** Errors found while typesetting abort the write, so no PDF with a missing glyph is left. */
    private static void failOnErrors(List<Problem> found) throws ProblemException {
        if (found.stream().anyMatch(Problem::isError)) {
            throw new ProblemException(found.stream().filter(Problem::isError).distinct().toList());
        }
    }

    private FOUserAgent userAgent(String displayName, List<Problem> warnings) {
        FOUserAgent ua = fopFactory.newFOUserAgent();
        ua.setProducer("editionkit (Apache FOP)");
        ua.setCreator("edition pdf");
        if (options.pdfa()) {
            ua.getRendererOptions().put("pdf-a-mode", "PDF/A-2b");
            ua.getRendererOptions().put("pdf-ua-mode", "PDF/UA-1");
            ua.setAccessibility(true);
        }
        ua.getEventBroadcaster().addEventListener(event -> {
            EventSeverity s = event.getSeverity();
            if (event.getEventID().endsWith(".glyphNotAvailable")) {
                // A safety net behind GlyphCheck: FOP chooses one font per word, so a word
                // mixing scripts can still miss a glyph the chain as a whole has.
                Object ch = event.getParam("ch");
                int cp = ch instanceof Character c ? c : '?';
                warnings.add(new Problem(displayName, 0, 0, options.allowMissingGlyphs() ? Severity.WARNING : Severity.ERROR,
                        String.format("no glyph for U+%04X '%s' in font \"%s\" chosen by FOP for a word mixing scripts"
                                + " or for generated text", cp, new String(Character.toChars(cp)), event.getParam("fontName"))));
            } else if (s == EventSeverity.WARN || s == EventSeverity.ERROR || s == EventSeverity.FATAL) {
                warnings.add(Problem.warning(displayName, 0, 0, "typesetting: " + EventFormatter.format(event)));
            }
        });
        return ua;
    }

    private Xslt30Transformer transformer(XdmNode tei, String displayName) {
        Xslt30Transformer t = toolkit.stylesheet("fo/edition.xsl").load30();
        Map<QName, XdmValue> params = parameters(displayName);
        try {
            t.setStylesheetParameters(params);
            t.setGlobalContextItem(tei);
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
        return t;
    }

    /** The stylesheet parameters that carry the PDF options. */
    private Map<QName, XdmValue> parameters(String displayName) {
        Map<QName, XdmValue> params = new HashMap<>();
        params.put(new QName("page"), new XdmAtomicValue(PdfOptions.name(options.page())));
        params.put(new QName("layout"), new XdmAtomicValue(PdfOptions.name(options.layout())));
        params.put(new QName("apparatus"), new XdmAtomicValue(PdfOptions.name(options.apparatus())));
        params.put(new QName("pdfa"), new XdmAtomicValue(options.pdfa()));
        params.put(new QName("display-name"), new XdmAtomicValue(displayName));
        params.put(new QName("hyphenate-en"), new XdmAtomicValue(hyphenation.isPresent()));
        Map<XdmAtomicValue, XdmValue> chains = new HashMap<>();
        fonts.chains().forEach((k, v) -> chains.put(new XdmAtomicValue(k), new XdmAtomicValue(v)));
        params.put(new QName("font-chains"), new XdmMap(chains));
        return params;
    }

    private static String baseName(Path pdf) {
        String n = pdf.getFileName().toString();
        return n.endsWith(".pdf") ? n.substring(0, n.length() - 4) : n;
    }

    /** The most specific message: a broken stylesheet's own report, else the innermost cause. */
    /** Whether {@code e} is a file-system failure on the output directory (so an I/O error, not the document's fault). */
    private static boolean writingFailed(Throwable e, Path outPdf) {
        Path dir = outPdf.toAbsolutePath().getParent();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
                Path file = Path.of(f.getFile()).toAbsolutePath();
                return file.startsWith(dir) || dir.startsWith(file);
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (true) {
            if (t instanceof IllegalStateException && t.getMessage() != null) {
                return t.getMessage();
            }
            if (t.getCause() == null || t.getCause() == t) {
                return t.getMessage() == null ? t.toString() : t.getMessage();
            }
            t = t.getCause();
        }
    }
}
