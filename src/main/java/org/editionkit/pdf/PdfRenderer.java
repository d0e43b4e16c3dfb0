package org.editionkit.pdf;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
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
import net.sf.saxon.s9api.SAXDestination;
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
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Severity;
import org.editionkit.core.Toolkit;
import org.editionkit.core.UserCache;
import org.editionkit.io.AtomicOutput;
import org.editionkit.xml.SecureXml;
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

    public PdfRenderer(Toolkit toolkit, PdfOptions options) {
        this.toolkit = toolkit;
        this.options = options;
        this.fonts = FontSetup.load(toolkit.processor(), options.fontDirs());
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
        List<Problem> warnings = new ArrayList<>(fonts.warnings());
        Severity glyphSeverity = options.allowMissingGlyphs() ? Severity.WARNING : Severity.ERROR;
        List<Problem> missing = glyphs.check(tei, displayName, glyphSeverity);
        if (!options.allowMissingGlyphs() && !missing.isEmpty()) {
            throw new ProblemException(missing);
        }
        warnings.addAll(missing);
        try {
            if (options.keepFo()) {
                Path fo = outPdf.resolveSibling(baseName(outPdf) + ".fo");
                AtomicOutput.write(fo, out -> {
                    Serializer ser = toolkit.processor().newSerializer(out);
                    ser.setOutputProperty(Serializer.Property.INDENT, "no");
                    transformer(tei, displayName).applyTemplates(tei, ser);
                });
                AtomicOutput.write(outPdf, out -> typesetFile(fo, displayName, out, warnings));
            } else {
                AtomicOutput.write(outPdf, out -> typeset(tei, displayName, out, warnings));
            }
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            throw new ProblemException(Problem.fileError(displayName, "PDF rendering failed: " + rootMessage(e)));
        }
        return warnings;
    }

    private void typeset(XdmNode tei, String displayName, OutputStream out, List<Problem> warnings) throws Exception {
        try (ReusableFonts.Lease fonts = reusableFonts.lease()) {
            Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, userAgent(displayName, warnings, fonts), out);
            transformer(tei, displayName).applyTemplates(tei, new SAXDestination(fop.getDefaultHandler()));
        }
        failOnErrors(warnings);
    }

    /** Errors found while typesetting abort the write, so no PDF with a missing glyph is left. */
    private static void failOnErrors(List<Problem> found) throws ProblemException {
        if (found.stream().anyMatch(Problem::isError)) {
            throw new ProblemException(found.stream().filter(Problem::isError).distinct().toList());
        }
    }

    private void typesetFile(Path fo, String displayName, OutputStream out, List<Problem> warnings) throws Exception {
        try (ReusableFonts.Lease fonts = reusableFonts.lease()) {
            Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, userAgent(displayName, warnings, fonts), out);
            List<Problem> sink = new ArrayList<>();
            var reader = SecureXml.newReader(fo.toString(), sink);
            reader.setContentHandler(fop.getDefaultHandler());
            reader.parse(new InputSource(fo.toUri().toString()));
        }
        failOnErrors(warnings);
    }

    private FOUserAgent userAgent(String displayName, List<Problem> warnings, ReusableFonts.Lease fonts)
            throws FOPException {
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
        ReusingPdfHandler.install(ua, fonts);
        return ua;
    }

    private Xslt30Transformer transformer(XdmNode tei, String displayName) {
        Xslt30Transformer t = toolkit.stylesheet("fo/edition.xsl").load30();
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
        try {
            t.setStylesheetParameters(params);
            t.setGlobalContextItem(tei);
        } catch (SaxonApiException e) {
            throw new IllegalStateException(e);
        }
        return t;
    }

    private static String baseName(Path pdf) {
        String n = pdf.getFileName().toString();
        return n.endsWith(".pdf") ? n.substring(0, n.length() - 4) : n;
    }

    /** The most specific message: a broken stylesheet's own report, else the innermost cause. */
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
