package org.editionkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Toolkit;
import org.editionkit.pdf.PdfRenderer;
import org.editionkit.volume.Book;
import org.editionkit.volume.VolumeDescription;

/**
 * The volume phase of bench (issue 13): a volume description over generated documents, in
 * parts of 40, typeset as one book by {@link Book}: how long it takes and how much heap it
 * needs (one document tree at a time, so the peak should not grow with the volume).
 */
final class GeneratedVolume {
    private GeneratedVolume() {
    }

    /** Writes {@code project/tei/volumes/bench-volume.xml} listing {@code docs} (which lie in project/tei). */
    static Path write(Path project, List<Path> docs) throws IOException {
        Path file = project.resolve("tei/volumes/bench-volume.xml");
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
                  <teiHeader><fileDesc>
                    <titleStmt><title type="main">Generated volume</title><editor><persName>edition bench</persName></editor></titleStmt>
                    <publicationStmt><publisher>editionkit project</publisher><date when="2026">2026</date></publicationStmt>
                    <sourceDesc><p>Documents derived from the master by the bench's corpus generator.</p></sourceDesc>
                  </fileDesc></teiHeader>
                  <text type="volume">
                    <front><div type="preface"><head>Preface</head><p>A volume made to be measured.</p></div></front>
                    <body>
                """);
        for (int i = 0; i < docs.size(); i++) {
            if (i % 40 == 0) {
                sb.append(i == 0 ? "" : "      </div>\n").append("      <div type=\"part\"><head>Part ").append(i / 40 + 1).append("</head>\n");
            }
            sb.append("        <ptr type=\"document\" target=\"../").append(docs.get(i).getFileName()).append("\"/>\n");
        }
        sb.append("      </div>\n    </body>\n  </text>\n</TEI>\n");
        Files.writeString(file, sb);
        return file;
    }

    /** Typesets the volume; returns its page count. */
    static int typeset(Toolkit toolkit, PdfRenderer renderer, Path description, Path pdf) throws Exception {
        try {
            VolumeDescription vol = VolumeDescription.read(toolkit, description, new java.util.ArrayList<>());
            return new Book(toolkit, renderer).make(vol, pdf, false, null).pages();
        } catch (ProblemException e) {
            throw new IllegalStateException(e.problems().get(0).toString(), e);
        }
    }
}
