package org.editionkit.build;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Whether a file is a volume description (its {@code TEI/text} carries type="volume"): build,
 * html, pdf and export leave such files to {@code edition volume} instead of publishing them as
 * documents. Reads with a streaming parser that resolves no DTD and no entity and stops at the
 * first element after the header; a file it cannot read is not a volume (the document build
 * then reports what is wrong with it).
 */
final class VolumeMarker {
    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        FACTORY.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    private VolumeMarker() {
    }

    static boolean isVolume(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = FACTORY.createXMLStreamReader(in);
            try {
                int depth = 0;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (depth == 1 && !(TEI.equals(r.getNamespaceURI()) && "TEI".equals(r.getLocalName()))) {
                            return false;
                        }
                        if (depth == 2 && !"teiHeader".equals(r.getLocalName())) {
                            return TEI.equals(r.getNamespaceURI()) && "text".equals(r.getLocalName())
                                    && "volume".equals(r.getAttributeValue(null, "type"));
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
                return false;
            } finally {
                r.close();
            }
        } catch (Exception e) {
            return false;
        }
    }
}
