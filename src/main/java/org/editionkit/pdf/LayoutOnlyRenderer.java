package org.editionkit.pdf;

import java.awt.Rectangle;
import java.io.IOException;
import java.util.List;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.area.Block;
import org.apache.fop.area.BlockViewport;
import org.apache.fop.area.CTM;
import org.apache.fop.area.Footnote;
import org.apache.fop.area.LineArea;
import org.apache.fop.area.PageSequence;
import org.apache.fop.area.PageViewport;
import org.apache.fop.area.RegionViewport;
import org.apache.fop.area.Trait;
import org.apache.fop.area.inline.InlineArea;
import org.apache.fop.area.inline.InlineParent;
import org.apache.fop.area.inline.TextArea;
import org.apache.fop.fo.Constants;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.render.AbstractRenderer;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFUtil;

/**
 * A renderer that draws nothing: it only walks FOP's area tree to record where the lines of
 * the main text landed (a layout pass of the pass loop, see {@link PassLoop}). Fonts are set up
 * through the PDF document handler, so the layout is the one the PDF will have.
 */
final class LayoutOnlyRenderer extends AbstractRenderer {
    private final IFDocumentHandler fontSource;
    private final LayoutRecorder rec;

    LayoutOnlyRenderer(FOUserAgent ua, IFDocumentHandler fontSource, LayoutRecorder rec) {
        super(ua);
        this.fontSource = fontSource;
        this.rec = rec;
    }

    @Override
    public void setupFontInfo(FontInfo fontInfo) throws FOPException {
        IFUtil.setupFonts(fontSource, fontInfo);

    }

    @Override
    public String getMimeType() {
        return "application/x-editionkit-layout";
    }

    @Override
    public void startPageSequence(PageSequence ps) {
        rec.startSequence();
    }

    @Override
    public void renderPage(PageViewport page) throws IOException, FOPException {
        rec.startPage(page.getPageIndex(), page.getPageNumberString());
        super.renderPage(page);
    }

    @Override
    protected void renderRegionViewport(RegionViewport port) {
        int region = port.getRegionReference().getRegionClass();
        rec.region(region == Constants.FO_REGION_BODY, region == Constants.FO_REGION_START);
        super.renderRegionViewport(port);
        rec.region(false, false);
    }

    @Override
    protected void renderFootnote(Footnote footnote) {
        rec.footnote(true);
        rec.footArea(footnote);
        super.renderFootnote(footnote);
        rec.footnote(false);
    }

    @Override
    protected void renderBlockViewport(BlockViewport bv, List children) {
        rec.viewport(true);
        rec.footContainer(bv, children);
        super.renderBlockViewport(bv, children);
        rec.viewport(false);
    }

    @Override
    protected void renderBlock(Block block) {
        rec.push(block, true);
        super.renderBlock(block);
        rec.pop();
    }

    @Override
    protected void renderInlineParent(InlineParent ip) {
        rec.push(ip, false);
        super.renderInlineParent(ip);
        rec.pop();
    }

    @Override
    protected void renderLineArea(LineArea line) {
        rec.startLine(currentBPPosition + line.getSpaceBefore());
        super.renderLineArea(line);
        rec.endLine();
    }

    @Override
    protected void renderText(TextArea text) {
        rec.text(currentIPPosition + text.getBorderAndPaddingWidthStart(),
                currentBPPosition + text.getBlockProgressionOffset() + text.getBaselineOffset(),
                text.getIPD(), (String) text.getTrait(Trait.PROD_ID), !text.getText().isBlank());
        super.renderText(text);
    }

    // Nothing is drawn.
    @Override
    protected void startVParea(CTM ctm, Rectangle clippingRect) { }

    @Override
    protected void endVParea() { }

    /** A table cell: a coordinate system of its own, as AbstractPathOrientedRenderer sets it up. */
    @Override
    protected void renderReferenceArea(Block block) {
        int saveIP = currentIPPosition;
        int saveBP = currentBPPosition;
        rec.enterReference(currentIPPosition + block.getXOffset(),
                currentBPPosition + block.getYOffset() + block.getSpaceBefore());
        currentIPPosition = 0;
        currentBPPosition = 0;
        List<?> children = block.getChildAreas();
        if (children != null) {
            renderBlocks(block, children);
        }
        rec.exitReference();
        currentIPPosition = saveIP;
        currentBPPosition = saveBP;
    }

    @Override
    protected void startLayer(String layer) { }

    @Override
    protected void endLayer() { }

    @Override
    protected void renderInlineAreaBackAndBorders(InlineArea area) { }
}
