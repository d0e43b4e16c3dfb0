package org.editionkit.build;

import java.nio.file.Path;
import net.sf.saxon.s9api.XdmNode;

/**
 * One parsed TEI document on its way through the build: where it came from, the name its
 * outputs get, and its tree (parsed once, shared by every step, dropped when the document is done).
 */
public record SourceDocument(Path source, String displayName, String name, XdmNode tree) {
}
