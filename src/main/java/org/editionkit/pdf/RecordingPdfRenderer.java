package org.editionkit.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.area.Block;
import org.apache.fop.area.BlockViewport;
import org.apache.fop.area.Footnote;
import org.apache.fop.area.LineArea;
import org.apache.fop.area.PageSequence;
import org.apache.fop.area.PageViewport;
import org.apache.fop.area.RegionViewport;
import org.apache.fop.area.Trait;
import org.apache.fop.area.inline.InlineParent;
import org.apache.fop.area.inline.TextArea;
import org.apache.fop.fo.Constants;
import org.apache.fop.render.intermediate.IFRenderer;

/**
 * FOP's renderer behind PDF output, recording the same map as {@link LayoutOnlyRenderer} while
 * it writes the PDF, so the pass that writes a PDF also tells whether that PDF is final.
 * The hooks mirror LayoutOnlyRenderer's; both compute positions as AbstractRenderer does.
 */
final class RecordingPdfRenderer extends IFRenderer {
    private final LayoutRecorder rec;

    RecordingPdfRenderer(FOUserAgent ua, LayoutRecorder rec) {
        super(ua);
        this.rec = rec;
    }

    @Override
    public void startPageSequence(PageSequence ps) {
        rec.startSequence();
        super.startPageSequence(ps);
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
    protected void renderReferenceArea(Block block) {
        rec.enterReference(currentIPPosition + block.getXOffset(),
                currentBPPosition + block.getYOffset() + block.getSpaceBefore());
        super.renderReferenceArea(block);
        rec.exitReference();
    }

    @Override
    protected void renderBlock(Block block) {
        rec.push(block, true);
        super.renderBlock(block);
        rec.pop();
    }

    @Override
    public void renderInlineParent(InlineParent ip) {
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
}
