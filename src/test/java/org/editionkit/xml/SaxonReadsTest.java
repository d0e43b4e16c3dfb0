package org.editionkit.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The toolkit's Saxon processor reads nothing but the toolkit's resources unless a run is given
 * its own resolvers: what keeps the HTML, FO and export stylesheets from reading on a document's
 * behalf, whatever a future template might call.
 */
class SaxonReadsTest {
    private LoopbackServer server;
    private List<String> requests;
    private String base;
    private final Toolkit toolkit = new Toolkit();

    @BeforeEach
    void startServer() throws IOException {
        server = LoopbackServer.start(path -> "<x>FETCHED</x>");
        requests = server.requests();
        base = server.base();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private String run(String select) throws SaxonApiException {
        String xslt = """
                <xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:template name="xsl:initial-template"><xsl:sequence select="%s"/></xsl:template>
                </xsl:stylesheet>
                """.formatted(select);
        Xslt30Transformer t = toolkit.processor().newXsltCompiler()
                .compile(new StreamSource(new StringReader(xslt), "file:///tmp/test.xsl")).load30();
        StringWriter out = new StringWriter();
        t.callTemplate(null, toolkit.processor().newSerializer(out));
        return out.toString();
    }

    @Test
    void docOverHttpIsRefusedByDefault() {
        SaxonApiException e = assertThrows(SaxonApiException.class, () -> run("doc('" + base + "/a.xml')"));
        assertEquals(List.of(), requests);
        assertTrue(e.getMessage().contains("\"" + base + "/a.xml\" not read: the toolkit never fetches anything over a network"),
                e.getMessage());
    }

    @Test
    void unparsedTextOfALocalFileIsRefusedByDefault() {
        SaxonApiException e = assertThrows(SaxonApiException.class, () -> run("unparsed-text('file:///etc/passwd')"));
        assertTrue(e.getMessage().contains("not read: outside the document's folder"), e.getMessage());
    }

    @Test
    void collectionAndJsonDocAreRefusedByDefault() {
        assertThrows(SaxonApiException.class, () -> run("collection('file:///etc/')"));
        assertThrows(SaxonApiException.class, () -> run("json-doc('" + base + "/j.json')"));
        assertThrows(SaxonApiException.class, () -> run("document('" + base + "/d.xml')"));
        assertEquals(List.of(), requests);
    }

    @Test
    void parseXmlExpandsNoExternalEntityAndTransformLoadsNoStylesheet() {
        SaxonApiException e = assertThrows(SaxonApiException.class, () -> run("parse-xml('&lt;!DOCTYPE x [&lt;!ENTITY e SYSTEM &quot;file:///etc/passwd&quot;>]>&lt;x>&amp;e;&lt;/x>')"));
        assertTrue(!e.getMessage().contains("root:") && e.getMessage().contains("never read"), e.getMessage());
        assertThrows(SaxonApiException.class, () -> run("transform(map{'stylesheet-location': '" + base + "/t.xsl'})"));
        assertEquals(List.of(), requests);
    }

    @Test
    void theToolkitsOwnResourcesStayReadable() throws SaxonApiException {
        String pages = getClass().getClassLoader().getResource("schema/edition.rng").toExternalForm();
        assertTrue(run("exists(doc('" + pages + "')/*)").contains("true"));
    }
}
