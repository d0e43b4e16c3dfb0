package org.editionkit.xml;

import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.ext.LexicalHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The only way the toolkit reads XML. Nothing is ever fetched: the external DTD subset is not
 * loaded (a DOCTYPE naming one only earns a warning), any external entity is a located error
 * rather than silently skipped or expanded (XXE), XInclude is off, and the JDK's secure
 * processing limits bound entity expansion (billion laughs) and element depth.
 */
public final class SecureXml {
    /**
     * Deeper than any real edition (the master is 12 deep), and low enough that the recursive
     * stylesheets survive it on a default 1 MB thread stack: HTML overflowed from about 650
     * nested elements and PDF from about 470, so 1000 let valid documents crash the renderers.
     */
    public static final int MAX_ELEMENT_DEPTH = 200;
    public static final int MAX_ENTITY_EXPANSIONS = 64_000;
    /**
     * Characters that entity references may add to a document in all, and one entity's text at
     * most: the number of expansions alone let 2.7 KB grow into 39 MB of text. Real documents
     * use entities for names and characters, far below this.
     */
    public static final int MAX_ENTITY_TEXT = 1_000_000;

    private static final String JDK_PROPS = "http://www.oracle.com/xml/jaxp/properties/";
    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

    private SecureXml() {
    }

    /**
     * A hardened reader for {@code file}. Parser warnings and recoverable errors go to
     * {@code sink}; fatal errors are thrown as {@link SAXParseException}s with their location.
     */
    public static XMLReader newReader(String displayName, List<Problem> sink) {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader parser = factory.newSAXParser().getXMLReader();
            parser.setProperty(JDK_PROPS + "entityExpansionLimit", String.valueOf(MAX_ENTITY_EXPANSIONS));
            parser.setProperty(JDK_PROPS + "maxElementDepth", String.valueOf(MAX_ELEMENT_DEPTH));
            parser.setProperty(JDK_PROPS + "totalEntitySizeLimit", String.valueOf(MAX_ENTITY_TEXT));
            parser.setProperty(JDK_PROPS + "maxGeneralEntitySizeLimit", String.valueOf(MAX_ENTITY_TEXT));
            parser.setProperty(JDK_PROPS + "maxParameterEntitySizeLimit", String.valueOf(MAX_ENTITY_TEXT));
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            GuardedReader guarded = new GuardedReader(parser, displayName, sink);
            guarded.setErrorHandler(new CollectingErrorHandler(displayName, sink));
            return guarded;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a required security feature", e);
        }
    }

    /**
     * A Saxon/JAXP source for {@code file} that parses through {@link #newReader}; a declared
     * 8-bit encoding that the bytes contradict (they are UTF-8) is a warning in {@code sink}.
     */
    public static SAXSource source(Path file, String displayName, List<Problem> sink) {
        EncodingCheck.check(file, displayName).ifPresent(sink::add);
        InputSource input = new InputSource(file.toUri().toString());
        return new SAXSource(newReader(displayName, sink), input);
    }

    /** Turns a parse failure (however deeply wrapped) into a located problem. */
    public static ProblemException toProblem(String displayName, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException spe) {
                return new ProblemException(Problem.error(displayName, spe.getLineNumber(), spe.getColumnNumber(),
                        cleanParserMessage(spe.getMessage())));
            }
            if (t instanceof java.io.UnsupportedEncodingException) {
                // The parser gives no position, but only the XML declaration names an encoding.
                return new ProblemException(Problem.error(displayName, 1, 1,
                        "unsupported encoding \"" + t.getMessage() + "\" in the XML declaration"));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new ProblemException(Problem.fileError(displayName, "not well-formed XML: " + cleanParserMessage(message)));
    }

    /** The JDK prefixes limit messages with codes such as "JAXP00010001: "; readers do not need them. */
    static String cleanParserMessage(String message) {
        if (message == null) {
            return "unknown parser error";
        }
        // The JDK names the property behind a limit ("set by \"legacy property\""): noise to readers.
        String clean = message.replaceFirst("^JAXP\\d+:\\s*", "").replaceFirst("\\s*set by \"[^\"]*\"", "").strip();
        java.util.regex.Matcher depth = DEPTH_MESSAGE.matcher(clean);
        return depth.find() ? "nested " + depth.group(1).replace(",", "") + " deep; the limit is " + depth.group(2).replace(",", "")
                : clean;
    }

    /** The JDK's maxElementDepth message: 'The element "x" has a depth of "1001" that exceeds the limit "1000" …'. */
    private static final java.util.regex.Pattern DEPTH_MESSAGE =
            java.util.regex.Pattern.compile("has a depth of \"([\\d,]+)\" that exceeds the limit \"([\\d,]+)\"");

    /**
     * Sits between the JDK parser and whoever consumes the events (Saxon, Jing) so that it can
     * reject external entities with the current location and notice an external DTD reference.
     */
    private static final class GuardedReader extends XMLFilterImpl {
        private final String displayName;
        private final List<Problem> sink;
        private Locator locator;

        GuardedReader(XMLReader parent, String displayName, List<Problem> sink) {
            super(parent);
            this.displayName = displayName;
            this.sink = sink;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }

        /**
         * An entity the parser could not expand: only the external DTD, which is never read,
         * could declare it. Its text would vanish silently, so it is an error.
         */
        @Override
        public void skippedEntity(String name) throws SAXException {
            if (!name.startsWith("%")) {
                int line = locator == null ? 0 : locator.getLineNumber();
                int column = locator == null ? 0 : locator.getColumnNumber();
                sink.add(Problem.error(displayName, line, column, "entity &" + name + "; is not declared in the document"
                        + " (only its external DTD, which is never read, could declare it), so its text would be lost;"
                        + " declare it in the internal subset or write its text"));
            }
            super.skippedEntity(name);
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
            String what = systemId != null ? systemId : publicId;
            throw new SAXParseException("external entity \"" + what + "\" refused: the toolkit never reads"
                    + " external entities (XXE protection); put the text in the document", locator);
        }

        @Override
        public void setProperty(String name, Object value) throws SAXNotRecognizedException, SAXNotSupportedException {
            if (LEXICAL_HANDLER.equals(name) && value instanceof LexicalHandler downstream) {
                super.setProperty(name, new DtdNoticingLexicalHandler(downstream));
            } else {
                super.setProperty(name, value);
            }
        }

        @Override
        public void parse(InputSource input) throws java.io.IOException, SAXException {
            if (getProperty(LEXICAL_HANDLER) == null) {
                super.setProperty(LEXICAL_HANDLER, new DtdNoticingLexicalHandler(new DefaultHandler2()));
            }
            super.parse(input);
        }

        private final class DtdNoticingLexicalHandler implements LexicalHandler {
            private final LexicalHandler downstream;

            DtdNoticingLexicalHandler(LexicalHandler downstream) {
                this.downstream = downstream;
            }

            @Override
            public void startDTD(String name, String publicId, String systemId) throws SAXException {
                if (systemId != null) {
                    int line = locator == null ? 0 : locator.getLineNumber();
                    int column = locator == null ? 0 : locator.getColumnNumber();
                    sink.add(Problem.warning(displayName, line, column, "external DTD \"" + systemId
                            + "\" not loaded: the toolkit never fetches DTDs; entities it declares are unavailable"));
                }
                downstream.startDTD(name, publicId, systemId);
            }

            @Override
            public void endDTD() throws SAXException {
                downstream.endDTD();
            }

            @Override
            public void startEntity(String name) throws SAXException {
                downstream.startEntity(name);
            }

            @Override
            public void endEntity(String name) throws SAXException {
                downstream.endEntity(name);
            }

            @Override
            public void startCDATA() throws SAXException {
                downstream.startCDATA();
            }

            @Override
            public void endCDATA() throws SAXException {
                downstream.endCDATA();
            }

            @Override
            public void comment(char[] ch, int start, int length) throws SAXException {
                downstream.comment(ch, start, length);
            }
        }
    }

    private record CollectingErrorHandler(String displayName, List<Problem> sink) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            sink.add(Problem.warning(displayName, e.getLineNumber(), e.getColumnNumber(), cleanParserMessage(e.getMessage())));
        }

        @Override
        public void error(SAXParseException e) {
            sink.add(Problem.error(displayName, e.getLineNumber(), e.getColumnNumber(), cleanParserMessage(e.getMessage())));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}
