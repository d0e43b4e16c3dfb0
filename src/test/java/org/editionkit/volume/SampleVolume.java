package org.editionkit.volume;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.editionkit.core.Toolkit;

/**
 * The sample volume of tei/volumes and its documents in volume order, resolved here from the
 * description's ptr targets (the reader with the path checks is VolumeDescription's job).
 */
final class SampleVolume {
    static final Path PROJECT = Path.of(System.getProperty("edition.projectDir", ".")).toAbsolutePath().normalize();
    static final Path VOLUME = PROJECT.resolve("tei/volumes/sample-volume.xml");

    private SampleVolume() {
    }

    static List<Path> documents(Toolkit toolkit) throws Exception {
        XdmNode vol = toolkit.parse(VOLUME, VOLUME.toString(), new ArrayList<>());
        XPathCompiler c = toolkit.processor().newXPathCompiler();
        c.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
        List<Path> docs = new ArrayList<>();
        for (XdmItem target : c.evaluate("//tei:ptr[@type = 'document']/@target/string()", vol)) {
            docs.add(VOLUME.getParent().resolve(target.getStringValue()).normalize());
        }
        return docs;
    }
}
