package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.EncodingMode;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontLoader;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.fonts.FontUris;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.Typeface;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The per-document fonts made from parsed ones are the fonts FOP would load itself, and files
 * are parsed once per lease. FOP's classes are inspected by reflection here (tests only), so an
 * upgrade of FOP that adds state or methods the copy does not know about fails these tests.
 */
class ReusableFontsTest {
    /** Parsed OpenType layout tables, shared by the copies of one lease. */
    private static final Set<String> SHARED_TABLES = Set.of("gdef", "gsub", "gpos");
    /** Line metrics whose getters fall back to defaults for 0: compared through the getters. */
    private static final Set<String> LINE_METRICS = Set.of("underlinePosition", "underlineThickness",
            "strikeoutPosition", "strikeoutThickness");

    static List<Path> files = new ArrayList<>();
    static InternalResourceResolver resolver;

    @BeforeAll
    static void setUp() {
        Toolkit tk = new Toolkit();
        FontSetup setup = FontSetup.load(tk.processor(), List.of());
        // Latin with kerning and GSUB/GPOS, a Korean, a Japanese and a mathematical face.
        for (String family : List.of("Noto Serif", "NanumMyeongjo", "IPAMincho", "Noto Sans Math")) {
            setup.faces().stream().filter(f -> f.family().equals(family)).findFirst()
                    .ifPresent(f -> files.add(f.file()));
        }
        // None of those has a legacy kern table; Nanum Gothic (same Debian package) has.
        setup.faces().stream().filter(f -> f.family().equals("NanumMyeongjo")).findFirst()
                .map(f -> f.file().resolveSibling("NanumGothic.ttf")).filter(Files::isRegularFile)
                .ifPresent(files::add);
        resolver = ResourceResolverFactory.createDefaultInternalResourceResolver(Path.of("").toUri());
    }

    private static EmbedFontInfo info(Path file, EmbeddingMode mode) {
        return new EmbedFontInfo(new FontUris(file.toUri(), null), true, true,
                List.of(new FontTriplet("Test", "normal", 400)), null, EncodingMode.AUTO, mode, false, false, true, false);
    }

    @Test
    void documentFontOverridesEveryPublicMethodOfLazyFont() {
        List<String> missing = new ArrayList<>();
        for (Method m : LazyFont.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.getName().equals("toString")) {
                continue;
            }
            try {
                DocumentFont.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
            } catch (NoSuchMethodException e) {
                missing.add(m.toString());
            }
        }
        assertEquals(List.of(), missing, "LazyFont methods DocumentFont would leave to LazyFont's own loader");
    }

    @Test
    void aCopyHoldsWhatFopsOwnLoaderBuildsFromTheFile() throws Exception {
        assertTrue(files.size() >= 2, "fonts of fo/fonts.xml not installed: " + files);
        ReusableFonts fonts = new ReusableFonts();
        boolean kerned = false;
        for (Path file : files) {
            for (EmbeddingMode mode : List.of(EmbeddingMode.SUBSET, EmbeddingMode.AUTO)) {
                MultiByteFont own = (MultiByteFont) FontLoader.loadFont(new FontUris(file.toUri(), null), null, true,
                        mode, EncodingMode.AUTO, true, true, resolver, false, false, true);
                try (ReusableFonts.Lease lease = fonts.lease()) {
                    Typeface copy = lease.load(info(file, mode), resolver, true);
                    assertSame(MultiByteFont.class, copy.getClass());
                    assertSameState(own, (MultiByteFont) copy, file.getFileName() + " " + mode);
                    kerned |= copy.hasKerningInfo();
                }
            }
        }
        assertTrue(kerned, "no font with a kern table compared: " + files);
    }

    @Test
    void eachDocumentGetsItsOwnFontButAFileIsParsedOncePerLease() {
        ReusableFonts fonts = new ReusableFonts();
        Path file = files.get(0);
        MultiByteFont first;
        try (ReusableFonts.Lease lease = fonts.lease()) {
            first = (MultiByteFont) lease.load(info(file, EmbeddingMode.SUBSET), resolver, true);
            first.mapChar('A');
            MultiByteFont second = (MultiByteFont) lease.load(info(file, EmbeddingMode.SUBSET), resolver, true);
            assertNotSame(first, second, "two font entries of one document are two fonts");
        }
        MultiByteFont later;
        try (ReusableFonts.Lease lease = fonts.lease()) {
            later = (MultiByteFont) lease.load(info(file, EmbeddingMode.SUBSET), resolver, true);
        }
        assertEquals(1, fonts.parses(), "the file is parsed once and the lease reused");
        assertNotSame(first.getCIDSet(), later.getCIDSet());
        assertTrue(first.getUsedGlyphs().size() > later.getUsedGlyphs().size(),
                "the glyph used by the first document must not be in the later one's subset");
        assertSame(first.getGSUB(), later.getGSUB(), "the parsed tables are shared within a lease");
    }

    @Test
    void aCffFontIsLoadedByFopForEachDocumentAsBefore() {
        Path cff = Path.of("/usr/share/fonts/opentype/urw-base35/C059-Roman.otf");
        Assumptions.assumeTrue(Files.isRegularFile(cff), cff + " not installed (fonts-urw-base35): skipping");
        ReusableFonts fonts = new ReusableFonts();
        for (int document = 1; document <= 2; document++) {
            try (ReusableFonts.Lease lease = fonts.lease()) {
                Typeface font = lease.load(info(cff, EmbeddingMode.SUBSET), resolver, true);
                assertTrue(font instanceof MultiByteFont m && m.isOTFFile() && m.isSubsetEmbedded(), font.toString());
            }
        }
        assertEquals(3, fonts.parses(), "parsed once to find it is CFF, then by FOP for each document");
    }

    @Test
    void leasesInUseAtTheSameTimeNeverShareParsedFonts() {
        ReusableFonts fonts = new ReusableFonts();
        Path file = files.get(0);
        try (ReusableFonts.Lease a = fonts.lease(); ReusableFonts.Lease b = fonts.lease()) {
            assertNotSame(a, b);
            MultiByteFont fa = (MultiByteFont) a.load(info(file, EmbeddingMode.SUBSET), resolver, true);
            MultiByteFont fb = (MultiByteFont) b.load(info(file, EmbeddingMode.SUBSET), resolver, true);
            assertNotSame(fa.getGSUB(), fb.getGSUB(), "GSUB caches lookups unsynchronised: one per concurrent document");
        }
        assertEquals(2, fonts.parses());
    }

    @Test
    void theCollectionRegistersFontsAsFopsOwnDoes() {
        List<EmbedFontInfo> infos = files.stream().map(f -> info(f, EmbeddingMode.SUBSET)).toList();
        FontInfo ours = new FontInfo();
        FontInfo fops = new FontInfo();
        try (ReusableFonts.Lease lease = new ReusableFonts().lease()) {
            int next = lease.collection(resolver, infos, true).setup(7, ours);
            assertEquals(new org.apache.fop.fonts.CustomFontCollection(resolver, infos, true).setup(7, fops), next);
        }
        assertEquals(fops.getFontTriplets(), ours.getFontTriplets());
        assertEquals(fops.getFonts().keySet(), ours.getFonts().keySet());
        assertTrue(ours.getFonts().values().stream().allMatch(DocumentFont.class::isInstance));
    }

    /**
     * Every field of the class hierarchy compared by value, the per-document ones (used glyphs,
     * private-use mappings, warned characters) included: both fonts are unused, so they must agree.
     */
    private static void assertSameState(MultiByteFont own, MultiByteFont copy, String what) throws Exception {
        for (Class<?> c = MultiByteFont.class; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object a = f.get(own);
                Object b = f.get(copy);
                String where = what + ": " + c.getSimpleName() + "." + f.getName();
                if (SHARED_TABLES.contains(f.getName())) {
                    assertEquals(a == null, b == null, where);
                } else if (f.getName().equals("cidSet")) {
                    assertSame(a.getClass(), b.getClass(), where);
                    assertEquals(own.getUsedGlyphs(), copy.getUsedGlyphs(), where);
                } else if (!LINE_METRICS.contains(f.getName())) {
                    assertTrue(Arrays.deepEquals(new Object[] {a}, new Object[] {b}) || Objects.equals(a, b), where);
                }
            }
        }
        for (int size : new int[] {1, 7, 10000, 12345}) {
            assertEquals(own.getUnderlinePosition(size), copy.getUnderlinePosition(size), what);
            assertEquals(own.getUnderlineThickness(size), copy.getUnderlineThickness(size), what);
            assertEquals(own.getStrikeoutPosition(size), copy.getStrikeoutPosition(size), what);
            assertEquals(own.getStrikeoutThickness(size), copy.getStrikeoutThickness(size), what);
        }
    }
}
