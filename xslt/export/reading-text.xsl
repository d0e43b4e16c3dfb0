<?xml version="1.0" encoding="UTF-8"?>
<!--
  Export: plain reading text. Delegates to the common ed:plain (xslt/common/text.xsl), so the
  exports read exactly as the HTML and PDF reading views do (expansions, corrections, supplied
  text applied; glosses in parentheses; gaps as ⟨…⟩; notes left out). The only addition is
  leaving out nested blocks (at any depth), which get lines of their own in the text export.

  xp:reading-text($nodes)          normalised reading text of $nodes
  xp:reading-text($nodes, $units)  the same without the units: elements whose generate-id() is a key of $units
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:xp="urn:editionkit:export"
    exclude-result-prefixes="#all">

  <xsl:function name="xp:reading-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="ed:plain($nodes, 'reading')"/>
  </xsl:function>

  <xsl:function name="xp:reading-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="units" as="map(xs:string, xs:boolean)"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="xp:own-text">
        <xsl:with-param name="units" select="$units" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts))"/>
  </xsl:function>

  <!-- Walks down to the nested units, reading everything else through ed:plain. -->
  <xsl:mode name="xp:own-text" on-no-match="shallow-skip"/>
  <xsl:template match="node()" mode="xp:own-text">
    <xsl:param name="units" as="map(xs:string, xs:boolean)" tunnel="yes"/>
    <xsl:choose>
      <xsl:when test="map:contains($units, generate-id(.))"/>
      <xsl:when test="self::tei:lb">
        <xsl:sequence select="' '"/>
      </xsl:when>
      <xsl:when test="self::element() and exists(.//*[map:contains($units, generate-id(.))])">
        <xsl:apply-templates select="node()" mode="xp:own-text"/>
      </xsl:when>
      <xsl:otherwise>
        <!-- ed:plain trims; keep the spaces this piece had at its edges. -->
        <xsl:variable name="raw" select="string(.)"/>
        <xsl:sequence select="(if (matches($raw, '^\s')) then ' ' else '') || ed:plain(., 'reading')
                              || (if (matches($raw, '\s$')) then ' ' else '')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
