package org.editionkit.core;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.streams.Steps;
import org.editionkit.xml.SaxonReads;
import org.editionkit.xml.SecureXml;

/**
 * What every command shares, built once per process and safe to use from many threads: the
 * Saxon processor (which reads nothing but the toolkit's own resources, see {@link SaxonReads}),
 * each stylesheet compiled once, and hardened parsing of TEI into trees.
 * Renderers (HTML, PDF, validation) are built on top of one Toolkit.
 */
public final class Toolkit {
    private static final String XINCLUDE = "http://www.w3.org/2001/XInclude";
    private final Processor processor = new Processor(false);
    private final Map<String, XsltExecutable> stylesheets = new ConcurrentHashMap<>();

    public Toolkit() {
        // No stylesheet run through this processor reads anything but the toolkit's resources
        // unless it is given its own resolvers (validation does, per document).
        SaxonReads.installDefaults(processor.getUnderlyingConfiguration());
    }

    public Processor processor() {
        return processor;
    }

    /**
     * The compiled stylesheet at {@code xslt/<name>} on the class path (packaged from the
     * repository's {@code xslt/} folder), compiled on first use and then reused.
     */
    public XsltExecutable stylesheet(String name) {
        return stylesheets.computeIfAbsent(name, this::compile);
    }

    private XsltExecutable compile(String name) {
        URL url = Resources.url("xslt/" + name);
        XsltCompiler compiler = processor.newXsltCompiler();
        List<String> errors = new ArrayList<>();
        compiler.setErrorReporter(e -> errors.add(e.getMessage() + " at " + e.getLocation().getSystemId()
                + ":" + e.getLocation().getLineNumber()));
        try {
            return compiler.compile(new StreamSource(url.toExternalForm()));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("stylesheet xslt/" + name + " does not compile: " + String.join("; ", errors), e);
        }
    }

    /**
     * Parses a TEI file into a tree with line numbers. Warnings (such as an ignored external
     * DTD) are added to {@code warnings}, and so is an error for each {@code xi:include}: the
     * tree is usable, but that content is missing from it. A document that is not well-formed
     * is thrown as a located problem.
     */
    public XdmNode parse(Path file, String displayName, List<Problem> warnings) throws ProblemException {
        DocumentBuilder builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        List<Problem> found = new ArrayList<>();
        try {
            XdmNode doc = builder.build(SecureXml.source(file, displayName, found));
            if (found.stream().anyMatch(Problem::isError)) {
                // Each problem once: the warnings here, the errors in the exception.
                warnings.addAll(found.stream().filter(p -> !p.isError()).toList());
                throw new ProblemException(found.stream().filter(Problem::isError).toList());
            }
            warnings.addAll(found);
            warnings.addAll(xincludes(doc, displayName));
            return doc;
        } catch (SaxonApiException e) {
            found.addAll(SecureXml.toProblem(displayName, e).problems());
            throw new ProblemException(found.stream().filter(Problem::isError).toList());
        }
    }

    /** One error per {@code xi:include}: the toolkit never reads other files, so their content is left out. */
    private static List<Problem> xincludes(XdmNode doc, String displayName) {
        List<Problem> found = new ArrayList<>();
        doc.select(Steps.descendant(XINCLUDE, "include")).forEach(include -> {
            String href = include.attribute("href");
            found.add(Problem.error(displayName, include.getLineNumber(), include.getColumnNumber(),
                    "xi:include of \"" + (href == null ? "" : href) + "\" not processed: the toolkit never reads"
                            + " other files, so that content is missing from the outputs; put it in the document"));
        });
        return found;
    }
}
