package org.editionkit.pdf;

import java.awt.Rectangle;
import java.io.IOException;
import java.net.URI;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.CMapSegment;
import org.apache.fop.fonts.CustomFont;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.EncodingMode;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.fonts.FontLoader;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.fonts.FontUris;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.Typeface;

/**
 * TrueType fonts parsed once and reused by later documents. FOP parses every font file again
 * for each document it typesets (a fresh {@link LazyFont} per rendering); here each file is
 * parsed once per {@link Lease} and every document gets a fresh {@link MultiByteFont} built from
 * the parsed data, so its glyph subset, private-use mappings and missing-glyph warnings are its
 * own.
 *
 * <p>The fresh font shares the parsed glyph tables (widths, bounding boxes, kerning, GSUB, GPOS,
 * GDEF). FOP reads most of them only, but the GSUB/GPOS/GDEF tables cache lookups in unsynchronised
 * maps, so a parsed font must never serve two documents at once: a document typesets with a lease
 * it holds alone, and there are as many leases as documents were ever typeset at the same time.
 */
final class ReusableFonts {
    private final Deque<Lease> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger parses = new AtomicInteger();

    /** The fonts one document typesets with; give them back with {@link Lease#close()}. */
    Lease lease() {
        Lease lease = idle.pollFirst();
        return lease != null ? lease : new Lease();
    }

    /** How many font files were parsed so far (for tests). */
    int parses() {
        return parses.get();
    }

    /** What FOP's font loader is given, apart from the embedding mode (applied per document). */
    private record Key(URI file, String subFont, boolean embedded, EncodingMode encoding, boolean kerning,
            boolean advanced, boolean simulateStyle, boolean embedAsType1, boolean svg) {
    }

    /** Parsed fonts for one document at a time; not thread-safe, handed between threads by the pool. */
    final class Lease implements AutoCloseable {
        private final Map<Key, Parsed> parsed = new HashMap<>();

        private Lease() {
        }

        /**
         * The fonts of FOP's configuration, registered under the same internal names ("F" + number)
         * and triplets as FOP's own collection, but each loaded through this lease on first use.
         */
        FontCollection collection(InternalResourceResolver resolver, List<EmbedFontInfo> fonts, boolean complexScripts) {
            return (start, fontInfo) -> {
                int num = start;
                for (EmbedFontInfo info : fonts) {
                    String name = "F" + num++;
                    fontInfo.addMetrics(name, isOpenType(info.getFontUris())
                            ? new DocumentFont(info, resolver, complexScripts, () -> load(info, resolver, complexScripts))
                            : new LazyFont(info, resolver, complexScripts));
                    for (FontTriplet triplet : info.getFontTriplets()) {
                        fontInfo.addFontProperties(name, triplet);
                    }
                }
                return num;
            };
        }

        /** A font for one document: a fresh copy of the parsed font, or FOP's own load for odd ones. */
        Typeface load(EmbedFontInfo info, InternalResourceResolver resolver, boolean complexScripts) {
            // The same choices LazyFont makes from an EmbedFontInfo.
            boolean advanced = resolver != null ? complexScripts : info.getAdvanced();
            EncodingMode encoding = info.getEncodingMode() != null ? info.getEncodingMode() : EncodingMode.AUTO;
            EmbeddingMode embedding = info.getEmbeddingMode() != null ? info.getEmbeddingMode() : EmbeddingMode.AUTO;
            Key key = new Key(info.getFontUris().getEmbed(), info.getSubFontName(), info.isEmbedded(), encoding,
                    info.getKerning(), advanced, info.getSimulateStyle(), info.getEmbedAsType1(), info.getUseSVG());
            try {
                Parsed p = parsed.get(key);
                if (p == null) {
                    // Parsed with full embedding: then the font answers bounding boxes by glyph index.
                    p = new Parsed(loadFont(key, EmbeddingMode.FULL, resolver));
                    parsed.put(key, p);
                }
                return p.reusable() ? p.copy(resolver, embedding) : loadFont(key, embedding, resolver);
            } catch (IOException | RuntimeException e) {
                throw new RuntimeException("Failed to read font file " + key.file() + " " + e.getMessage(), e);
            }
        }

        private CustomFont loadFont(Key k, EmbeddingMode embedding, InternalResourceResolver resolver)
                throws IOException {
            parses.incrementAndGet();
            return FontLoader.loadFont(new FontUris(k.file(), null), k.subFont(), k.embedded(), embedding,
                    k.encoding(), k.kerning(), k.advanced(), resolver, k.simulateStyle(), k.embedAsType1(), k.svg());
        }

        @Override
        public void close() {
            idle.offerFirst(this);
        }
    }

    /** Type 1 and XML-metrics fonts keep FOP's own loading; FontLoader treats everything else as OpenType. */
    private static boolean isOpenType(FontUris uris) {
        return uris.getMetrics() == null && uris.getEmbed() != null && uris.getAfm() == null && uris.getPfm() == null
                && !uris.getEmbed().toASCIIString().toLowerCase(Locale.ROOT).endsWith(".pfb");
    }

    /** One parsed font file and the tables every copy shares. */
    private static final class Parsed {
        private final MultiByteFont font;
        private final int[] widths;
        private final Rectangle[] boxes;
        private final CMapSegment[] cmap;

        Parsed(CustomFont loaded) {
            // Only plain TrueType CID fonts are copied; CFF, single-byte and SVG-glyph fonts carry
            // data a copy could not take over through FOP's API, so those are loaded per document.
            boolean plain = loaded.getClass() == MultiByteFont.class && !((MultiByteFont) loaded).isOTFFile()
                    && !loaded.hasSVG() && loaded.getEmbedFileURI() != null;
            this.font = plain ? (MultiByteFont) loaded : null;
            this.widths = plain ? font.getWidths() : null;
            this.cmap = plain ? font.getCMap() : null;
            this.boxes = plain ? new Rectangle[widths.length] : null;
            for (int g = 0; plain && g < widths.length; g++) {
                boxes[g] = font.getBoundingBox(g, 1);
            }
        }

        boolean reusable() {
            return font != null;
        }

        /** What OFFontLoader.buildFont sets on a TrueType CID font, taken from the parsed one. */
        MultiByteFont copy(InternalResourceResolver resolver, EmbeddingMode mode) {
            MultiByteFont f = new MultiByteFont(resolver, mode == EmbeddingMode.AUTO ? EmbeddingMode.SUBSET : mode);
            f.setIsOTFFile(false);
            f.setTTCName(font.getTTCName());
            f.setSimulateStyle(font.getSimulateStyle());
            f.setFontURI(font.getFontURI());
            f.setFontName(font.getFontName());
            f.setFullName(font.getFullName());
            f.setFamilyNames(font.getFamilyNames());
            f.setFontSubFamilyName(font.getFontSubName());
            f.setCapHeight(font.getCapHeight());
            f.setXHeight(font.getXHeight(1));
            f.setAscender(font.getAscender());
            f.setDescender(font.getDescender());
            f.setFontBBox(font.getFontBBox().clone());
            f.setUnderlinePosition(raw(font::getUnderlinePosition));
            f.setUnderlineThickness(raw(font::getUnderlineThickness));
            f.setStrikeoutPosition(raw(font::getStrikeoutPosition));
            f.setStrikeoutThickness(raw(font::getStrikeoutThickness));
            f.setFlags(font.getFlags());
            f.setStemV(font.getStemV());
            f.setItalicAngle(font.getItalicAngle());
            f.setMissingWidth(font.getMissingWidth());
            f.setWeight(font.getWeight());
            f.setFontType(font.getFontType());
            f.setFirstChar(font.getFirstChar());
            f.setLastChar(font.getLastChar());
            f.setCIDType(font.getCIDType());
            f.setDefaultWidth(font.getDefaultWidth());
            f.setWidthArray(widths.clone());
            f.setBBoxArray(boxes);
            f.setCMap(cmap);
            f.setKerningEnabled(font.isKerningEnabled());
            f.setAdvancedEnabled(font.isAdvancedEnabled());
            if (font.hasKerningInfo()) {
                font.getKerningInfo().forEach(f::putKerningEntry);
            }
            f.setGDEF(font.getGDEF());
            f.setGSUB(font.getGSUB());
            f.setGPOS(font.getGPOS());
            f.setEmbedURI(font.getEmbedFileURI());
            return f;
        }

        /**
         * A value for a line metric whose getter answers the same at every size. The getter gives
         * size × value, or where the value is 0 a default derived from other metrics. Where that
         * default is not proportional to the size (checked at sizes 1 and 2) the value must be 0;
         * otherwise the getter's answer at size 1 reproduces it at every size.
         */
        private static int raw(IntUnaryOperator getter) {
            int one = getter.applyAsInt(1);
            return getter.applyAsInt(2) == 2 * one ? one : 0;
        }
    }
}
