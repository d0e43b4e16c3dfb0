package org.editionkit.pdf;

import java.util.List;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.EmbedFontInfo;
import org.apache.fop.fonts.FontCollection;
import org.apache.fop.render.intermediate.EventProducingFilter;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFDocumentHandlerConfigurator;
import org.apache.fop.render.pdf.PDFDocumentHandler;
import org.apache.fop.render.pdf.PDFRendererConfig;
import org.apache.fop.render.pdf.PDFRendererConfigurator;

/**
 * FOP's PDF output with one change: the configured fonts come from a {@link ReusableFonts.Lease}
 * instead of a fresh {@code CustomFontCollection}, whose fonts would parse their files again.
 * FOP's own configurator still reads the font configuration, so the fonts, their internal
 * names and their triplets are the ones FOP would set up.
 */
final class ReusingPdfHandler extends PDFDocumentHandler {
    private final ReusableFonts.Lease fonts;

    private ReusingPdfHandler(IFContext context, ReusableFonts.Lease fonts) {
        super(context);
        this.fonts = fonts;
    }

    /**
     * Makes the user agent typeset with this handler. A document handler given as override is
     * used as it is, so this does what FOP's RendererFactory and PDFDocumentHandlerMaker do with
     * a handler they make: connect the structure tree (tagged PDF), configure the handler from
     * the renderer options, and wrap it in the filter that reports page events.
     */
    static void install(FOUserAgent ua, ReusableFonts.Lease fonts) throws FOPException {
        ua.setDocumentHandlerOverride(create(ua, fonts));
    }

    /** The handler {@link #install} would install, for a renderer made by the caller. */
    static IFDocumentHandler create(FOUserAgent ua, ReusableFonts.Lease fonts) throws FOPException {
        ReusingPdfHandler handler = new ReusingPdfHandler(new IFContext(ua), fonts);
        if (ua.isAccessibilityEnabled()) {
            ua.setStructureTreeEventHandler(handler.getStructureTreeEventHandler());
        }
        handler.getConfigurator().configure(handler);
        return new EventProducingFilter(handler, ua);
    }

    /** A handler that only sets up the fonts, for a layout pass that writes nothing. */
    static IFDocumentHandler fontSource(FOUserAgent ua, ReusableFonts.Lease fonts) {
        return new ReusingPdfHandler(new IFContext(ua), fonts);
    }

    @Override
    public IFDocumentHandlerConfigurator getConfigurator() {
        return new PDFRendererConfigurator(getUserAgent(), new PDFRendererConfig.PDFRendererConfigParser()) {
            @Override
            protected FontCollection createCollectionFromFontList(InternalResourceResolver resolver,
                    List<EmbedFontInfo> fontList) {
                return fonts.collection(resolver, fontList, userAgent.isComplexScriptFeaturesEnabled());
            }
        };
    }
}
