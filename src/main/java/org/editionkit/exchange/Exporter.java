package org.editionkit.exchange;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.streams.Predicates;
import net.sf.saxon.s9api.streams.Steps;
import org.editionkit.build.OutputNames;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Toolkit;
import org.editionkit.io.OutputDirectory;

/**
 * Writes the data exports of one TEI edition: registers, occurrences, notes, apparatus and
 * reading text, as JSON, CSV tables or plain text per language. All extraction happens in
 * {@code xslt/export/export.xsl} (one mode per output file); this class only picks the modes,
 * names the files and writes each one atomically. Safe to share between threads.
 */
public final class Exporter {
    static final String NS = "urn:editionkit:export";
    private static final String STYLESHEET = "export/export.xsl";

    private final Toolkit toolkit;

    public Exporter(Toolkit toolkit) {
        this.toolkit = toolkit;
    }

    /** One output file: the stylesheet mode that writes it, its file-name suffix, and the language for txt. */
    private record Part(String mode, String suffix, String language) {
    }

    /**
     * Exports {@code file} in {@code format} into {@code outDir} and returns the files written.
     * Parse warnings are added to {@code warnings}; a document that cannot be read is thrown.
     */
    public List<Path> export(Path file, String displayName, ExportFormat format, Path outDir, List<Problem> warnings)
            throws ProblemException, Exception {
        XdmNode doc = toolkit.parse(file, displayName, warnings);
        String name = OutputNames.sanitise(file);
        XsltExecutable xsl = toolkit.stylesheet(STYLESHEET);
        requireTei(doc, displayName);
        // Render every part before writing any, so a failure leaves no partial set of files.
        Map<Path, byte[]> rendered = new LinkedHashMap<>();
        for (Part part : parts(format, xsl, doc)) {
            Xslt30Transformer t = transformer(xsl, name, part.language());
            t.setGlobalContextItem(doc);
            t.setInitialMode(new QName(NS, part.mode()));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            t.applyTemplates(doc, t.newSerializer(bytes));
            // A translation without text gives no txt file rather than an empty one.
            if (format != ExportFormat.TXT || !bytes.toString(java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                rendered.put(OutputNames.inside(outDir, name + part.suffix()), bytes.toByteArray());
            }
        }
        if (rendered.isEmpty()) {
            XdmNode root = doc.select(Steps.child(Predicates.isElement())).findFirst().orElseThrow();
            throw new ProblemException(Problem.error(displayName, root.getLineNumber(), root.getColumnNumber(),
                    "no text to export as txt: the document has no text outside its teiHeader; nothing written"));
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, byte[]> e : rendered.entrySet()) {
            OutputDirectory.write(e.getKey(), e.getValue());
            written.add(e.getKey());
        }
        return written;
    }

    private List<Part> parts(ExportFormat format, XsltExecutable xsl, XdmNode doc) throws SaxonApiException {
        return switch (format) {
            case JSON -> List.of(new Part("json", ".json", null));
            case CSV -> List.of(new Part("persons", ".persons.csv", null), new Part("occurrences", ".occurrences.csv", null),
                    new Part("notes", ".notes.csv", null), new Part("apparatus", ".apparatus.csv", null));
            case TXT -> languages(xsl, doc).stream().map(lang -> new Part("txt", "." + lang + ".txt", lang)).toList();
        };
    }

    /** The translations' language codes, as the stylesheet sees them, made safe for a file name. */
    private List<String> languages(XsltExecutable xsl, XdmNode doc) throws SaxonApiException {
        Xslt30Transformer t = transformer(xsl, "", null);
        t.setGlobalContextItem(doc);
        t.setInitialMode(new QName(NS, "languages"));
        StringWriter w = new StringWriter();
        t.applyTemplates(doc, t.newSerializer(w));
        return w.toString().lines().map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.replaceAll("[^A-Za-z0-9-]", "_")).distinct().toList();
    }

    private Xslt30Transformer transformer(XsltExecutable xsl, String name, String language) throws SaxonApiException {
        Xslt30Transformer t = xsl.load30();
        Map<QName, XdmValue> params = new HashMap<>();
        params.put(new QName("document-name"), new XdmAtomicValue(name));
        if (language != null) {
            params.put(new QName("language"), new XdmAtomicValue(language));
        }
        t.setStylesheetParameters(params);
        return t;
    }

    private static void requireTei(XdmNode doc, String displayName) throws ProblemException {
        XdmNode root = doc.select(Steps.child(Predicates.isElement())).findFirst().orElse(null);
        if (root == null || !"TEI".equals(root.getNodeName().getLocalName())
                || !"http://www.tei-c.org/ns/1.0".equals(root.getNodeName().getNamespace())) {
            throw new ProblemException(Problem.error(displayName, root == null ? 0 : root.getLineNumber(), 0,
                    "not a TEI document: the root element must be TEI in the namespace http://www.tei-c.org/ns/1.0"));
        }
    }
}
