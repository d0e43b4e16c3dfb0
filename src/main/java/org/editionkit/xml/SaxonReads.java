package org.editionkit.xml;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.Configuration;
import net.sf.saxon.expr.XPathContext;
import net.sf.saxon.lib.CollectionFinder;
import net.sf.saxon.lib.Feature;
import net.sf.saxon.lib.ResourceCollection;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.lib.StandardUnparsedTextResolver;
import net.sf.saxon.lib.UnparsedTextURIResolver;
import net.sf.saxon.s9api.NullDestination;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.trans.XPathException;
import org.editionkit.xml.ReadPolicy.Refusal;
import org.xml.sax.InputSource;

/**
 * Every way Saxon reads a resource, held to a {@link ReadPolicy}: stylesheet modules
 * ({@code xsl:include}/{@code xsl:import}), {@code doc()}, {@code document()},
 * {@code xsl:source-document}, {@code unparsed-text()} and its relatives, {@code json-doc()}.
 * {@code collection()} is always refused, as are external entities and DTDs, and
 * {@code xsl:result-document} writes nothing. XML is parsed through {@link SecureXml}. Each
 * refusal is remembered (even when Saxon swallows it, as {@code doc-available()} does) so that
 * the caller can report it with a location.
 */
public final class SaxonReads implements ResourceResolver, UnparsedTextURIResolver, CollectionFinder {
    /** The reads in charge on this thread, for requests that reach the process-wide defaults. */
    private static final ThreadLocal<SaxonReads> CURRENT = new ThreadLocal<>();

    private final ReadPolicy policy;
    private final List<Refusal> refusals = new ArrayList<>();
    private final boolean keep;

    public SaxonReads(ReadPolicy policy) {
        this(policy, true);
    }

    private SaxonReads(ReadPolicy policy, boolean keep) {
        this.policy = policy;
        this.keep = keep;
    }

    /**
     * Makes the toolkit-only policy the default of {@code config}, so that a stylesheet run
     * without its own resolvers (the HTML, FO and export renderers) can read nothing but the
     * toolkit's resources, and no Saxon component may use a network protocol at all.
     */
    public static void installDefaults(Configuration config) {
        config.setConfigurationProperty(Feature.ALLOWED_PROTOCOLS, "file,jar:file");
        // Shared by every run of the process: nobody collects its refusals, the exception says it all.
        SaxonReads reads = new SaxonReads(ReadPolicy.toolkitOnly(), false);
        config.setResourceResolver(reads);
        config.setUnparsedTextURIResolver(reads);
        config.setCollectionFinder(reads);
    }

    /** Something Saxon does that may throw its own exception. */
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs {@code work} with this object answering also the requests that reach the
     * process-wide resolvers on this thread, such as static expressions ({@code use-when},
     * static variables) evaluated while a stylesheet compiles, so they are recorded too.
     */
    public <T, E extends Exception> T during(Work<T, E> work) throws E {
        SaxonReads previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.run();
        } finally {
            CURRENT.set(previous);
        }
    }

    /** The process-wide default hands over to the reads in charge on this thread, if any. */
    private SaxonReads delegate() {
        SaxonReads current = keep ? null : CURRENT.get();
        return current == null ? this : current;
    }

    /** Holds a compilation (stylesheet modules, static expressions) to this policy. */
    public void applyTo(XsltCompiler compiler) {
        compiler.setResourceResolver(this);
    }

    /** Holds a run to this policy; {@code xsl:result-document} output is discarded and noted. */
    public void applyTo(Xslt30Transformer transformer) {
        transformer.setResourceResolver(this);
        transformer.setUnparsedTextResolver(this);
        transformer.getUnderlyingController().setCollectionFinder(this);
        transformer.setResultDocumentHandler(uri -> {
            remember(new Refusal(uri.toString(), null, null, "xsl:result-document writes nothing: validation never writes files"));
            return new NullDestination();
        });
    }

    /** Refusals so far, in order. */
    public synchronized List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    private synchronized void remember(Refusal refusal) {
        if (keep) {
            refusals.add(refusal);
        }
    }

    private XPathException refuse(String uri, String href, String base, String reason, String code) {
        Refusal r = new Refusal(uri, href, base, reason);
        remember(r);
        return new XPathException(r.message(), code);
    }

    @Override
    public Source resolve(ResourceRequest request) throws XPathException {
        if (delegate() != this) {
            return delegate().resolve(request);
        }
        String uri = absolute(request.uri, request.relativeUri, request.baseUri);
        String nature = request.nature == null ? "" : request.nature;
        if (nature.equals(ResourceRequest.DTD_NATURE) || nature.equals(ResourceRequest.EXTERNAL_ENTITY_NATURE)) {
            throw refuse(uri, request.relativeUri, request.baseUri, "external entities and DTDs are never read", "FODC0002");
        }
        String why = policy.refusal(uri);
        if (why != null) {
            throw refuse(uri, request.relativeUri, request.baseUri, why, "FODC0002");
        }
        try {
            if (nature.equals(ResourceRequest.TEXT_NATURE) || nature.equals(ResourceRequest.BINARY_NATURE)) {
                StreamSource text = new StreamSource(policy.open(uri), uri);
                return text;
            }
            InputSource in = new InputSource(policy.open(uri));
            in.setSystemId(uri);
            return new SAXSource(SecureXml.newReader(uri, new ArrayList<>()), in);
        } catch (IOException e) {
            throw new XPathException("cannot read \"" + uri + "\": " + e.getMessage(), "FODC0002");
        }
    }

    @Override
    public Reader resolve(URI absoluteURI, String encoding, Configuration config) throws XPathException {
        if (delegate() != this) {
            return delegate().resolve(absoluteURI, encoding, config);
        }
        String uri = absoluteURI.toString();
        String why = policy.refusal(uri);
        if (why != null) {
            throw refuse(uri, null, null, why, "FOUT1170");
        }
        return new StandardUnparsedTextResolver().resolve(absoluteURI, encoding, config);
    }

    @Override
    public ResourceCollection findCollection(XPathContext context, String collectionURI) throws XPathException {
        if (delegate() != this) {
            return delegate().findCollection(context, collectionURI);
        }
        String uri = collectionURI == null ? "(the default collection)" : collectionURI;
        throw refuse(uri, null, null, "collection() and uri-collection() are never read", "FODC0002");
    }

    private static String absolute(String uri, String relative, String base) {
        String ref = uri != null && !uri.isEmpty() ? uri : relative;
        try {
            return base == null || ref == null || new URI(ref).isAbsolute() ? ref : new URI(base).resolve(new URI(ref)).toString();
        } catch (Exception e) {
            return ref;
        }
    }
}
