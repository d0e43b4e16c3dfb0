package org.editionkit.pdf;

import java.awt.Rectangle;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.complexscripts.fonts.Positionable;
import org.apache.fop.complexscripts.fonts.Substitutable;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.FontDescriptor;
import org.apache.fop.fonts.FontEventListener;
import org.apache.fop.fonts.FontType;
import org.apache.fop.fonts.LazyFont;
import org.apache.fop.fonts.Typeface;

/**
 * One document's font: loaded on first use like FOP's {@link LazyFont}, but from a supplier
 * (a copy of an already parsed font) instead of the font file. It is a LazyFont because FOP's
 * PDF code unwraps fonts of that class with {@link #getRealFont()}; every public method of
 * LazyFont is overridden (a test checks this), so LazyFont's own loader never runs.
 */
final class DocumentFont extends LazyFont {
    private final Supplier<Typeface> loader;
    private final boolean fullEmbedding;
    private Typeface real;
    private FontDescriptor descriptor;

    DocumentFont(EmbedFontInfo info, InternalResourceResolver resolver, boolean complexScripts,
            Supplier<Typeface> loader) {
        super(info, resolver, complexScripts);
        this.loader = loader;
        this.fullEmbedding = info.getEmbeddingMode() == EmbeddingMode.FULL;
    }

    private Typeface real() {
        if (real == null) {
            Typeface t = loader.get();
            t.setEventListener(eventListener);
            descriptor = t instanceof FontDescriptor d ? d : null;
            real = t;
        }
        return real;
    }

    private FontDescriptor descriptor() {
        real();
        return descriptor;
    }

    @Override
    public void setEventListener(FontEventListener listener) {
        super.setEventListener(listener);
        if (real != null) {
            real.setEventListener(listener);
        }
    }

    @Override
    public Typeface getRealFont() {
        return real();
    }

    @Override
    public String getEncodingName() {
        return real().getEncodingName();
    }

    @Override
    public char mapChar(char c) {
        return real().mapChar(c);
    }

    @Override
    public boolean hadMappingOperations() {
        return real().hadMappingOperations();
    }

    @Override
    public boolean hasChar(char c) {
        return real().hasChar(c);
    }

    @Override
    public boolean isMultiByte() {
        return real().isMultiByte();
    }

    @Override
    public URI getFontURI() {
        return real().getFontURI();
    }

    @Override
    public String getFontName() {
        return real().getFontName();
    }

    @Override
    public String getEmbedFontName() {
        return real().getEmbedFontName();
    }

    @Override
    public String getFullName() {
        return real().getFullName();
    }

    @Override
    public Set<String> getFamilyNames() {
        return real().getFamilyNames();
    }

    @Override
    public int getMaxAscent(int size) {
        return real().getMaxAscent(size);
    }

    @Override
    public int getAscender(int size) {
        return real().getAscender(size);
    }

    @Override
    public int getCapHeight(int size) {
        return real().getCapHeight(size);
    }

    @Override
    public int getDescender(int size) {
        return real().getDescender(size);
    }

    @Override
    public int getXHeight(int size) {
        return real().getXHeight(size);
    }

    @Override
    public int getUnderlinePosition(int size) {
        return real().getUnderlinePosition(size);
    }

    @Override
    public int getUnderlineThickness(int size) {
        return real().getUnderlineThickness(size);
    }

    @Override
    public int getStrikeoutPosition(int size) {
        return real().getStrikeoutPosition(size);
    }

    @Override
    public int getStrikeoutThickness(int size) {
        return real().getStrikeoutThickness(size);
    }

    @Override
    public int getWidth(int i, int size) {
        return real().getWidth(i, size);
    }

    @Override
    public int[] getWidths() {
        return real().getWidths();
    }

    @Override
    public Rectangle getBoundingBox(int glyphIndex, int size) {
        return real().getBoundingBox(glyphIndex, size);
    }

    @Override
    public boolean hasKerningInfo() {
        return real().hasKerningInfo();
    }

    @Override
    public Map<Integer, Map<Integer, Integer>> getKerningInfo() {
        return real().getKerningInfo();
    }

    @Override
    public boolean hasFeature(int tableType, String script, String language, String feature) {
        return real().hasFeature(tableType, script, language, feature);
    }

    @Override
    public int getCapHeight() {
        return descriptor().getCapHeight();
    }

    @Override
    public int getDescender() {
        return descriptor().getDescender();
    }

    @Override
    public int getAscender() {
        return descriptor().getAscender();
    }

    @Override
    public int getFlags() {
        return descriptor().getFlags();
    }

    @Override
    public boolean isSymbolicFont() {
        return descriptor().isSymbolicFont();
    }

    @Override
    public int[] getFontBBox() {
        return descriptor().getFontBBox();
    }

    @Override
    public int getItalicAngle() {
        return descriptor().getItalicAngle();
    }

    @Override
    public int getStemV() {
        return descriptor().getStemV();
    }

    @Override
    public FontType getFontType() {
        return descriptor().getFontType();
    }

    @Override
    public boolean isEmbeddable() {
        return descriptor().isEmbeddable();
    }

    @Override
    public boolean performsSubstitution() {
        return descriptor() instanceof Substitutable s && s.performsSubstitution();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public CharSequence performSubstitution(CharSequence cs, String script, String language, List associations,
            boolean retainControls) {
        return descriptor() instanceof Substitutable s
                ? s.performSubstitution(cs, script, language, associations, retainControls) : cs;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public CharSequence reorderCombiningMarks(CharSequence cs, int[][] gpa, String script, String language,
            List associations) {
        return descriptor() instanceof Substitutable s
                ? s.reorderCombiningMarks(cs, gpa, script, language, associations) : cs;
    }

    @Override
    public boolean performsPositioning() {
        return descriptor() instanceof Positionable p && p.performsPositioning();
    }

    @Override
    public int[][] performPositioning(CharSequence cs, String script, String language, int fontSize) {
        return descriptor() instanceof Positionable p ? p.performPositioning(cs, script, language, fontSize) : null;
    }

    @Override
    public int[][] performPositioning(CharSequence cs, String script, String language) {
        return descriptor() instanceof Positionable p ? p.performPositioning(cs, script, language) : null;
    }

    /** As LazyFont decides it: multi-byte fonts are subset unless full embedding was configured. */
    @Override
    public boolean isSubsetEmbedded() {
        return real().isMultiByte() && !fullEmbedding;
    }
}
