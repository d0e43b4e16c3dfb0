package org.editionkit.volume;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.editionkit.core.IoReasons;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Toolkit;
import org.editionkit.io.OutputDirectory;

/**
 * Writes a volume as a static site through {@code xslt/volume/site.xsl}: {@code index.html}
 * (contents), one page per document ({@code docN.html}, the document's HTML edition with the
 * volume's navigation, and its TEI as {@code docN.xml}) and {@code volume-index.html} (the
 * cumulative index). Documents are read one at a time: each is parsed, its page written and its
 * summary and index part kept (small trees), then dropped, so memory does not grow with the
 * documents' size. Every file goes through {@link OutputDirectory#write}.
 */
public final class VolumeSite {
    static final String STYLESHEET = "volume/site.xsl";
    static final String ED = "urn:editionkit:functions";
    static final String VS = "urn:editionkit:volume-site";
    public static final String CONTENTS_PAGE = "index.html";
    public static final String INDEX_PAGE = "volume-index.html";

    private final Toolkit toolkit;

    public VolumeSite(Toolkit toolkit) {
        this.toolkit = toolkit;
    }

    /** The base name of document {@code n}'s page and TEI copy (1-based): {@code docN}. */
    public static String page(int n) {
        return "doc" + n;
    }

    /**
     * Writes the site for {@code volume} (the volume description) and its {@code documents} in
     * volume order into {@code out}; {@code book} is the file name of the book PDF beside the
     * pages, linked from every page, or null. Returns the names written, in order.
     */
    public List<String> write(Path volume, List<Path> documents, OutputDirectory out, String book) throws ProblemException {
        List<Problem> warnings = new ArrayList<>();
        XdmNode vol = toolkit.parse(volume, shown(volume), warnings);
        Map<QName, XdmValue> common = new HashMap<>();
        common.put(new QName(VS, "volume"), vol);
        common.put(new QName(VS, "count"), new XdmAtomicValue(documents.size()));
        common.put(new QName(VS, "book"), new XdmAtomicValue(book == null ? "" : book));

        List<XdmItem> summaries = new ArrayList<>();
        List<XdmItem> parts = new ArrayList<>();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            int n = i + 1;
            Path file = documents.get(i);
            XdmNode doc = toolkit.parse(file, shown(file), warnings);
            summaries.add(call("document-summary", VS, doc, new XdmAtomicValue(n)));
            parts.add(call("document-index", ED, doc, new XdmAtomicValue(n)));
            Map<QName, XdmValue> params = new HashMap<>(common);
            params.put(new QName("name"), new XdmAtomicValue(page(n)));
            params.put(new QName(VS, "n"), new XdmAtomicValue(n));
            written.add(page(out, page(n) + ".html", params, doc, null));
            written.add(copy(out, file, page(n) + ".xml"));
        }
        XdmValue summaryValue = new XdmValue(summaries);
        common.put(new QName(VS, "summaries"), summaryValue);
        XdmItem index = call("merge-indexes", ED, new XdmValue(parts));
        common.put(new QName(VS, "index"), index);
        written.add(0, page(out, CONTENTS_PAGE, common, null, new QName(VS, "contents")));
        written.add(page(out, INDEX_PAGE, common, null, new QName(VS, "index")));
        return written;
    }

    /** A function of the site stylesheet (or the register model it includes), on one item. */
    private XdmItem call(String local, String ns, XdmValue... args) throws ProblemException {
        try {
            Xslt30Transformer t = toolkit.stylesheet(STYLESHEET).load30();
            XdmValue v = t.callFunction(new QName(ns, local), args);
            return v.itemAt(0);
        } catch (SaxonApiException e) {
            throw new ProblemException(Problem.fileError(STYLESHEET, "volume site: " + local + " failed: " + e.getMessage()));
        }
    }

    /** Writes one page: the document's page (apply-templates to {@code doc}) or a named template. */
    private String page(OutputDirectory out, String name, Map<QName, XdmValue> params, XdmNode doc, QName template)
            throws ProblemException {
        Path target = out.path().resolve(name);
        Xslt30Transformer t = toolkit.stylesheet(STYLESHEET).load30();
        try {
            t.setStylesheetParameters(params);
            OutputDirectory.write(target, stream -> {
                var serializer = toolkit.processor().newSerializer(stream);
                if (doc != null) {
                    t.setGlobalContextItem(doc);
                    t.applyTemplates(doc, serializer);
                } else {
                    t.callTemplate(template, serializer);
                }
            });
        } catch (SaxonApiException e) {
            throw new ProblemException(Problem.fileError(shown(target), "cannot render the volume page: " + e.getMessage()));
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            throw new ProblemException(Problem.fileError(shown(target), "cannot write the volume page: " + IoReasons.of(e)));
        }
        return name;
    }

    private static String copy(OutputDirectory out, Path source, String name) throws ProblemException {
        Path target = out.path().resolve(name);
        try {
            OutputDirectory.write(target, Files.readAllBytes(source));
        } catch (ProblemException e) {
            throw e;
        } catch (Exception e) {
            throw new ProblemException(Problem.fileError(shown(target), "cannot copy the TEI source: " + IoReasons.of(e)));
        }
        return name;
    }

    /** A path as the user would write it: relative to the working directory when inside it. */
    static String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

}
