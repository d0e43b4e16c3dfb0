package org.editionkit.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.streams.Steps;
import org.editionkit.core.Problem;
import org.editionkit.core.Resources;
import org.editionkit.core.Severity;
import org.editionkit.core.UserCache;
import org.editionkit.xml.ReadPolicy;
import org.editionkit.xml.ReadPolicy.Refusal;
import org.editionkit.xml.SaxonReads;
import org.editionkit.xml.SecureXml;
import org.xml.sax.InputSource;

/**
 * Schematron through SchXslt2: each {@code .sch} is transpiled once into an XSLT 3 stylesheet
 * (kept in the user cache across runs, compiled once per process; executables are thread-safe), run on the line-numbered Saxon tree, and
 * every failed assert or successful report in the SVRL becomes a {@link Problem} located at the
 * node its {@code @location} names (a {@code generate-id()}, mapped back in one walk).
 */
final class Schematron {
    private static final String SCHXSLT = "http://dmaus.name/ns/2023/schxslt";
    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    static final String NS = "http://purl.oclc.org/dsdl/schematron";
    private static final String TRANSPILER = "content/transpile.xsl";
    /** How the transpiled rules name the node of a finding; part of the cache key. */
    private static final String LOCATION_FUNCTION = "generate-id";

    private final Processor processor;
    private final Map<String, Loaded<XsltExecutable>> rules = new ConcurrentHashMap<>();
    private final TranspiledCache transpiledCache;
    private volatile XsltExecutable transpiler;

    Schematron(Processor processor) {
        this(processor, UserCache.dir().resolve("schematron"));
    }

    Schematron(Processor processor, Path cacheDir) {
        this.processor = processor;
        this.transpiledCache = new TranspiledCache(processor, cacheDir, TRANSPILER, "location-function=" + LOCATION_FUNCTION);
    }

    /** The compiled rules of the schema at {@code uri}, which may read files in its own folder tree. */
    Loaded<XsltExecutable> rules(String uri, String displayName) {
        return rules(uri, displayName, ReadPolicy.forDocument(java.net.URI.create(uri)), null);
    }

    /**
     * The compiled rules of the schema at {@code uri}. Transpiling ({@code sch:include},
     * {@code sch:extends}) and compiling ({@code xsl:include}, {@code xsl:import}, static
     * expressions) may read only what {@code policy} allows; refusals are reported at the line
     * that makes them, or else at {@code origin} (may be null). Cached per schema and policy.
     */
    Loaded<XsltExecutable> rules(String uri, String displayName, ReadPolicy policy, Problem origin) {
        return rules.computeIfAbsent(uri + "\n" + policy.key(), k -> transpile(uri, displayName, policy, origin));
    }

    private XsltExecutable transpiler() {
        XsltExecutable t = transpiler;
        if (t == null) {
            synchronized (this) {
                if (transpiler == null) {
                    XsltCompiler compiler = processor.newXsltCompiler();
                    // Only failures matter to us; a compact SVRL is smaller and faster to walk.
                    compiler.setParameter(new QName(SCHXSLT, "compact-report"), new XdmAtomicValue(true));
                    // SVRL locations as generate-id() instead of path(): path() counts preceding
                    // siblings, so n findings among n siblings cost O(n²); ids map back in one walk.
                    compiler.setParameter(new QName(SCHXSLT, "location-function"), new XdmAtomicValue(LOCATION_FUNCTION));
                    try {
                        transpiler = compiler.compile(new StreamSource(Resources.url(TRANSPILER).toExternalForm()));
                    } catch (SaxonApiException e) {
                        throw new IllegalStateException("SchXslt2 transpiler does not compile", e);
                    }
                }
                t = transpiler;
            }
        }
        return t;
    }

    private Loaded<XsltExecutable> transpile(String uri, String displayName, ReadPolicy policy, Problem origin) {
        List<Problem> problems = new ArrayList<>();
        SaxonReads reads = new SaxonReads(policy);
        byte[] bytes;
        XdmNode sch;
        try (InputStream in = policy.open(uri)) {
            bytes = in.readAllBytes();
            DocumentBuilder builder = processor.newDocumentBuilder();
            builder.setLineNumbering(true);
            InputSource input = new InputSource(new ByteArrayInputStream(bytes));
            input.setSystemId(uri);
            sch = builder.build(new SAXSource(SecureXml.newReader(displayName, problems), input));
        } catch (ReadPolicy.Refused e) {
            return Loaded.failed(Refusals.problems(List.of(new Refusal(e.uri(), null, null, e.reason())), uri, displayName,
                    origin, policy));
        } catch (IOException e) {
            problems.add(Problem.fileError(displayName, "cannot read Schematron schema: " + e.getMessage()));
            return Loaded.failed(problems);
        } catch (SaxonApiException e) {
            problems.addAll(SecureXml.toProblem(displayName, e).problems());
            return Loaded.failed(problems);
        }
        XdmNode root = sch.select(Steps.child()).filter(n -> n.getNodeKind() == XdmNodeKind.ELEMENT).findFirst().orElse(null);
        if (root == null || !NS.equals(root.getNodeName().getNamespace()) || !"schema".equals(root.getNodeName().getLocalName())) {
            problems.add(Problem.fileError(displayName, "not a Schematron schema (expected a root element schema in " + NS + ")"));
            return Loaded.failed(problems);
        }
        Optional<Path> cached = transpiledCache.lookup(bytes, sch);
        Optional<String> reusable = cached.flatMap(transpiledCache::read);
        if (reusable.isPresent()) {
            try {
                List<String> messages = new ArrayList<>();
                XsltExecutable exec = compile(new StreamSource(new StringReader(reusable.get())), uri, messages, reads);
                if (reads.refusals().isEmpty()) {
                    return Loaded.of(exec);
                }
            } catch (SaxonApiException e) {
                // A damaged or foreign cache entry: transpile afresh below and replace it.
            }
        }
        List<String> messages = new ArrayList<>();
        try {
            XdmDestination xslt = new XdmDestination();
            Xslt30Transformer t = transpiler().load30();
            reads.applyTo(t);
            t.setErrorReporter(e -> messages.add(e.getMessage()));
            reads.during(() -> {
                t.applyTemplates(sch, xslt);
                return null;
            });
            // Compiled from text, like a cached entry: the transpiler's tree would give the rules
            // the transpiler's base URI, and relative doc() calls would resolve inside its jar.
            String text = transpiledCache.text(xslt.getXdmNode());
            XsltExecutable exec = compile(new StreamSource(new StringReader(text)), uri, messages, reads);
            List<Refusal> refused = reads.refusals();
            if (!refused.isEmpty()) {
                return Loaded.failed(Refusals.problems(refused, uri, displayName, origin, policy));
            }
            cached.ifPresent(file -> transpiledCache.store(file, text));
            return Loaded.of(exec);
        } catch (SaxonApiException e) {
            List<Refusal> refused = reads.refusals();
            if (!refused.isEmpty()) {
                return Loaded.failed(Refusals.problems(refused, uri, displayName, origin, policy));
            }
            String why = messages.isEmpty() ? e.getMessage() : String.join("; ", messages);
            problems.add(Problem.fileError(displayName, "Schematron rules do not compile: " + why));
            return Loaded.failed(problems);
        }
    }

    /** Compiles transpiled rules with the schema's own base URI (for its relative references). */
    private XsltExecutable compile(Source transpiled, String uri, List<String> messages, SaxonReads reads)
            throws SaxonApiException {
        transpiled.setSystemId(uri);
        XsltCompiler compiler = processor.newXsltCompiler();
        reads.applyTo(compiler);
        compiler.setErrorReporter(e -> {
            if (!e.isWarning()) {
                messages.add(e.getMessage());
            }
        });
        return reads.during(() -> compiler.compile(transpiled));
    }

    /** Runs compiled rules on {@code doc} and adds each finding to {@code out}; reads only what {@code policy} allows. */
    void validate(XsltExecutable exec, XdmNode doc, String displayName, List<Problem> out) {
        validate(exec, doc, displayName, out, ReadPolicy.toolkitOnly(), null, null, null);
    }

    /**
     * As above; a refused read is reported at the line of {@code schemaUri} (named
     * {@code schemaName}) that makes it, else at {@code origin}.
     */
    void validate(XsltExecutable exec, XdmNode doc, String displayName, List<Problem> out, ReadPolicy policy,
            String schemaUri, String schemaName, Problem origin) {
        XdmDestination svrl = new XdmDestination();
        SaxonReads reads = new SaxonReads(policy);
        List<String> messages = new ArrayList<>();
        try {
            Xslt30Transformer t = exec.load30();
            reads.applyTo(t);
            // SchXslt2 reports a failing rule with xsl:message; it belongs in our error, not on stderr.
            t.setMessageHandler(m -> messages.add(m.getContent().getStringValue().strip()));
            t.setErrorReporter(e -> { });  // the failure itself is thrown, and reported below
            t.setGlobalContextItem(doc);
            reads.during(() -> {
                t.applyTemplates(doc, svrl);
                return null;
            });
        } catch (SaxonApiException e) {
            if (reads.refusals().isEmpty()) {
                String why = messages.isEmpty() ? e.getMessage() : String.join("; ", messages);
                out.add(Problem.fileError(displayName, "Schematron rules failed to run: " + why));
            }
            return;
        } finally {
            if (!reads.refusals().isEmpty()) {
                out.addAll(Refusals.problems(reads.refusals(), schemaUri, schemaName == null ? displayName : schemaName,
                        origin, policy));
            }
        }
        List<XdmNode> findings = svrl.getXdmNode().select(Steps.descendant().where(n -> n.getNodeKind() == XdmNodeKind.ELEMENT
                && SVRL.equals(n.getNodeName().getNamespace())
                && ("failed-assert".equals(n.getNodeName().getLocalName())
                    || "successful-report".equals(n.getNodeName().getLocalName())))).toList();
        if (findings.isEmpty()) {
            return;
        }
        Map<String, XdmNode> located = locate(findings, doc);
        for (XdmNode finding : findings) {
            out.add(toProblem(finding, located.get(finding.attribute("location")), displayName));
        }
    }

    private static Problem toProblem(XdmNode finding, XdmNode at, String displayName) {
        String message = finding.select(Steps.child(SVRL, "text")).findFirst()
                .map(n -> n.getStringValue().strip().replaceAll("\\s+", " ")).orElse("Schematron rule violated");
        String role = finding.attribute("role");
        Severity severity = role != null && role.strip().toLowerCase(java.util.Locale.ROOT).matches("warn(ing)?|info(rmation)?")
                ? Severity.WARNING : Severity.ERROR;
        int line = at == null ? 0 : at.getLineNumber();
        int column = at == null ? 0 : at.getColumnNumber();
        return new Problem(displayName, line, column, severity, message);
    }

    /**
     * The node each finding's location (a generate-id()) names, found in one walk over the
     * document: an attribute or text node gives way to its element, which carries the position.
     */
    static Map<String, XdmNode> locate(List<XdmNode> findings, XdmNode doc) {
        Set<String> wanted = new HashSet<>();
        for (XdmNode f : findings) {
            String id = f.attribute("location");
            if (id != null && !id.isBlank()) {
                wanted.add(id);
            }
        }
        Map<String, XdmNode> found = new HashMap<>();
        StringBuilder id = new StringBuilder();
        Iterator<XdmNode> nodes = doc.select(Steps.descendantOrSelf()).iterator();
        while (nodes.hasNext() && found.size() < wanted.size()) {
            XdmNode node = nodes.next();
            match(node, node, wanted, found, id);
            if (node.getNodeKind() == XdmNodeKind.ELEMENT) {
                for (XdmNode attribute : node.select(Steps.attribute()).toList()) {
                    match(attribute, node, wanted, found, id);
                }
            }
        }
        return found;
    }

    private static void match(XdmNode node, XdmNode element, Set<String> wanted, Map<String, XdmNode> found, StringBuilder id) {
        id.setLength(0);
        node.getUnderlyingNode().generateId(id);
        String key = id.toString();
        if (wanted.contains(key)) {
            XdmNode at = node.getNodeKind() == XdmNodeKind.ATTRIBUTE ? element : node;
            while (at != null && at.getNodeKind() != XdmNodeKind.ELEMENT && at.getLineNumber() <= 0) {
                at = at.getParent();
            }
            found.put(key, at);
        }
    }
}
