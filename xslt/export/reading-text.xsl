<?xml version="1.0" encoding="UTF-8"?>
<!--
  Export: plain reading text. Delegates to the common ed:plain (xslt/common/text.xsl), so the
  exports read exactly as the HTML and PDF reading views do (expansions, corrections, supplied
  text applied; glosses in parentheses; gaps as ⟨…⟩; notes left out). The only addition is
  leaving out nested alignment units, which get lines of their own in the text export.

  xp:reading-text($nodes)          normalised reading text of $nodes
  xp:reading-text($nodes, $units)  the same without those of $nodes that are in $units
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:editionkit:functions"
    xmlns:xp="urn:editionkit:export"
    exclude-result-prefixes="#all">

  <xsl:function name="xp:reading-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="ed:plain($nodes, 'reading')"/>
  </xsl:function>

  <xsl:function name="xp:reading-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="units" as="element()*"/>
    <xsl:sequence select="ed:plain($nodes[not(. intersect $units)], 'reading')"/>
  </xsl:function>
</xsl:stylesheet>
