<?xml version="1.0" encoding="UTF-8"?>
<!--
  ed.xsl - the whole common library in one import: what the TEI means, for every output
  (HTML, XSL-FO, exports). Import this file (xsl:import href="../common/ed.xsl") and call
  the ed: functions; each module's header lists its functions. Nothing here produces output
  markup, so HTML and FO can rely on the same answers. The functions are public, so Java can
  call them too (Xslt30Transformer.callFunction on any stylesheet that imports this one).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="positions.xsl"/>
  <xsl:include href="pointers.xsl"/>
  <xsl:include href="witnesses.xsl"/>
  <xsl:include href="apparatus.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="paragraphs.xsl"/>
  <xsl:include href="alignment.xsl"/>
  <xsl:include href="registers.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="text.xsl"/>

  <!-- The accumulators of positions.xsl must apply to the input: Saxon computes them for the
       principal document only when its initial mode names them (named entry modes, as in the
       exports, declare use-accumulators themselves). -->
  <xsl:mode use-accumulators="#all"/>
</xsl:stylesheet>
