package org.editionkit.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Which characters each font family can draw, read from the same TTF/OTF files FOP embeds
 * (their Unicode cmaps, through fontbox). Answers are cached per family and code point, so a
 * renderer checks many documents against a family while reading its cmap once. Thread-safe.
 */
final class GlyphCoverage {
    private final Map<String, List<Path>> filesByFamily = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Boolean>> answers = new ConcurrentHashMap<>();
    private final Map<Path, CmapLookup> cmaps = new ConcurrentHashMap<>();

    GlyphCoverage(List<FontSetup.Face> faces) {
        for (FontSetup.Face f : faces) {
            List<Path> files = filesByFamily.computeIfAbsent(f.family(), k -> new ArrayList<>());
            if (!files.contains(f.file())) {
                files.add(f.file());
            }
        }
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

    private boolean lookUp(String family, int cp) {
        for (Path file : filesByFamily.getOrDefault(family, List.of())) {
            CmapLookup cmap = cmaps.computeIfAbsent(file, GlyphCoverage::readCmap);
            if (cmap != null && cmap.getGlyphId(cp) > 0) {
                return true;
            }
        }
        return false;
    }

    private static CmapLookup readCmap(Path file) {
        boolean otf = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".otf");
        try (RandomAccessReadBufferedFile in = new RandomAccessReadBufferedFile(file.toFile());
                TrueTypeFont font = (otf ? new OTFParser(true) : new TTFParser(true)).parse(in)) {
            // The cmap subtable is read completely here, so it outlives the closed file.
            return font.getUnicodeCmapLookup(false);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
