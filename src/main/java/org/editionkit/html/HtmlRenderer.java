package org.editionkit.html;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;
import org.editionkit.core.IoReasons;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Toolkit;
import org.editionkit.io.OutputDirectory;

/**
 * Renders a parsed TEI document as the self-contained HTML edition {@code outDir/NAME.html}
 * through {@code xslt/html/edition.xsl} (compiled once by the {@link Toolkit}). Safe to share
 * between threads: each call gets its own transformer. A failed transformation leaves no
 * output file and is reported as a located problem.
 */
public final class HtmlRenderer {
    private static final String STYLESHEET = "html/edition.xsl";
    private final Toolkit toolkit;

    public HtmlRenderer(Toolkit toolkit) {
        this.toolkit = toolkit;
    }

    /** Compiles the stylesheet now rather than at the first document (for parallel warm-up). */
    public void prepare() {
        toolkit.stylesheet(STYLESHEET);
    }

    /**
     * Writes {@code outDir/NAME.html}. {@code name} must already be a sanitised output name
     * (see {@code OutputNames.sanitise}); the page links to {@code NAME.xml} and {@code NAME.pdf}.
     */
    public void render(XdmNode tei, String name, Path outDir) throws ProblemException {
        if (!name.matches("[A-Za-z0-9._-]+") || name.matches("\\.+")) {
            throw new IllegalArgumentException("not a sanitised output name: " + name);
        }
        String display = displayName(tei, name);
        XsltExecutable stylesheet = toolkit.stylesheet(STYLESHEET);
        Xslt30Transformer transformer = stylesheet.load30();
        Path target = outDir.resolve(name + ".html");
        try {
            transformer.setStylesheetParameters(Map.<QName, XdmValue>of(new QName("name"), new XdmAtomicValue(name)));
            OutputDirectory.write(target, out -> {
                Serializer serializer = toolkit.processor().newSerializer(out);
                transformer.setGlobalContextItem(tei);
                transformer.applyTemplates(tei, serializer);
            });
        } catch (SaxonApiException e) {
            throw new ProblemException(problem(display, e));
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            throw new ProblemException(Problem.fileError(target.toString(), "cannot write the HTML edition: " + IoReasons.of(e)));
        }
    }

    /** A Saxon failure located in the TEI when Saxon knows where; else the stylesheet place in the message. */
    static Problem problem(String display, SaxonApiException e) {
        QName code = e.getErrorCode();
        String message = "HTML rendering failed" + (code == null ? "" : " (" + code.getLocalName() + ")") + ": " + e.getMessage();
        String at = e.getSystemId();
        if (at != null && !at.contains("/xslt/")) {
            return Problem.error(display, e.getLineNumber(), 0, message);
        }
        if (at != null) {
            message += " (at " + at.replaceAll("^.*/(xslt/.*)$", "$1") + ":" + e.getLineNumber() + ")";
        }
        return Problem.error(display, 0, 0, message);
    }

    /** The file the tree came from, as the user named it where possible. */
    static String displayName(XdmNode tei, String name) {
        URI uri = tei.getDocumentURI();
        if (uri != null && "file".equals(uri.getScheme())) {
            Path file = Path.of(uri);
            Path cwd = Path.of("").toAbsolutePath();
            return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
        }
        return name + ".xml";
    }
}
