package org.editionkit.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.editionkit.core.Problem;

/**
 * The faces of a font file found in a {@code --font-dir}, named as the font names itself
 * (family; italic and bold from its subfamily). A TrueType collection gives one face per member,
 * chosen by its full name; members FOP cannot read (CFF outlines, as in Noto CJK's .ttc) and
 * files that are no font at all are reported in one line each and left out.
 */
final class UserFonts {
    private UserFonts() {
    }

    static List<FontSetup.Face> faces(Path file, List<Problem> warnings) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<FontSetup.Face> faces = new ArrayList<>();
        try {
            if (name.endsWith(".ttc")) {
                List<String> cff = new ArrayList<>();
                try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
                    ttc.processAllFonts(font -> {
                        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
                            cff.add(font.getName());
                        } else {
                            FontSetup.Face f = face(font, file, true);
                            if (f != null) {
                                faces.add(f);
                            }
                        }
                    });
                }
                if (!cff.isEmpty()) {
                    warnings.add(Problem.warning(file.toString(), 0, 0, "a collection of CFF fonts, which FOP cannot read ("
                            + String.join(", ", cff) + "); ignored"));
                    return faces;
                }
            } else {
                boolean otf = name.endsWith(".otf");
                try (RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(file.toFile());
                        TrueTypeFont font = (otf ? new OTFParser(true) : new TTFParser(true)).parse(in)) {
                    FontSetup.Face f = face(font, file, false);
                    if (f != null) {
                        faces.add(f);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            faces.clear();
        }
        if (faces.isEmpty()) {
            warnings.add(Problem.warning(file.toString(), 0, 0, "not a readable TrueType/OpenType font; ignored"));
        }
        return faces;
    }

    private static FontSetup.Face face(TrueTypeFont font, Path file, boolean member) throws IOException {
        NamingTable naming = font.getNaming();
        if (naming == null || naming.getFontFamily() == null) {
            return null;
        }
        String sub = String.valueOf(naming.getFontSubFamily()).toLowerCase(Locale.ROOT);
        String style = sub.contains("italic") || sub.contains("oblique") ? "italic" : "normal";
        String weight = sub.contains("bold") ? "bold" : "normal";
        String full = naming.getName(NameRecord.NAME_FULL_FONT_NAME, NameRecord.PLATFORM_WINDOWS, 1, 0x409);
        full = full != null ? full : naming.getName(NameRecord.NAME_FULL_FONT_NAME, NameRecord.PLATFORM_MACINTOSH, 0, 0);
        return new FontSetup.Face(naming.getFontFamily(), style, weight, file, member ? (full != null ? full : naming.getFontFamily()) : null);
    }
}
