package org.editionkit.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Which characters each font family can draw, read from the same TTF/OTF files FOP embeds
 * (their Unicode cmaps, through fontbox). Answers are cached per family and code point, so a
 * renderer checks many documents against a family while reading its cmap once. Thread-safe.
 */
final class GlyphCoverage {
    /** A font: a file, and for a collection (.ttc) the full name of its member. */
    private record Source(Path file, String subFont) {
    }

    private final Map<String, List<Source>> filesByFamily = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Boolean>> answers = new ConcurrentHashMap<>();
    private final Map<Source, Optional<CmapLookup>> cmaps = new ConcurrentHashMap<>();

    GlyphCoverage(List<FontSetup.Face> faces) {
        for (FontSetup.Face f : faces) {
            List<Source> files = filesByFamily.computeIfAbsent(f.family(), k -> new ArrayList<>());
            Source source = new Source(f.file(), f.subFont());
            if (!files.contains(source)) {
                files.add(source);
            }
        }
    }

    /** The families, in configuration order. */
    List<String> families() {
        return List.copyOf(filesByFamily.keySet());
    }

    /** True when some face of the family maps the code point to a real glyph. */
    boolean has(String family, int codePoint) {
        return answers.computeIfAbsent(family, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(codePoint, cp -> lookUp(family, cp));
    }

    /** True when some family of a font-family list ("A, B, C") has the code point. */
    boolean chainHas(String chain, int codePoint) {
        for (String family : chain.split(",")) {
            if (has(family.strip(), codePoint)) {
                return true;
            }
        }
        return false;
    }

    /** Uncached: for reports that walk whole blocks. */
    boolean lookUp(String family, int cp) {
        for (Source source : filesByFamily.getOrDefault(family, List.of())) {
            CmapLookup cmap = cmaps.computeIfAbsent(source, s -> Optional.ofNullable(readCmap(s))).orElse(null);
            if (cmap != null && cmap.getGlyphId(cp) > 0) {
                return true;
            }
        }
        return false;
    }

    private static CmapLookup readCmap(Source source) {
        Path file = source.file();
        if (source.subFont() != null) {
            return readMemberCmap(file, source.subFont());
        }
        boolean otf = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".otf");
        try (RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(file.toFile());
                TrueTypeFont font = (otf ? new OTFParser(true) : new TTFParser(true)).parse(in)) {
            // The cmap subtable is read completely here, so it outlives the closed file.
            return font.getUnicodeCmapLookup(false);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The cmap of the collection member whose full name (as FOP's sub-font matches it) or family is given. */
    private static CmapLookup readMemberCmap(Path file, String subFont) {
        CmapLookup[] found = new CmapLookup[1];
        try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
            ttc.processAllFonts(font -> {
                NamingTable n = font.getNaming();
                if (found[0] == null && n != null && (subFont.equals(n.getName(NameRecord.NAME_FULL_FONT_NAME,
                        NameRecord.PLATFORM_WINDOWS, 1, 0x409)) || subFont.equals(n.getFontFamily()))) {
                    found[0] = font.getUnicodeCmapLookup(false);
                }
            });
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return found[0];
    }
}
