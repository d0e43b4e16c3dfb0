<?xml version="1.0" encoding="UTF-8"?>
<!--
  paragraphs.xsl - the paragraph numbers readers cite (§1.2), derived as ENCODING.md says:
  section @n + the position of the p among the section's p's; §0.n for the paragraphs of the
  document before its first numbered section. Nothing is stored in the TEI, so every output
  must number through these functions to agree.

  ed:section($node)       the numbered section (div[@type='section']) containing a node
  ed:para-number($p)      "1.2", "0.1", or () for a p outside the numbered sequence
  ed:locator($node)       how to cite where a node is: "§1.2", "§1", else a unit label
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    exclude-result-prefixes="#all">

  <!-- Positions come from positions.xsl (one pass per document), not from counting siblings. -->
  <xsl:key name="ed:sections-by-parent" match="tei:div[@type = 'section']" use="generate-id(..)"/>

  <xsl:function name="ed:section" visibility="public" as="element(tei:div)?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor-or-self::tei:div[@type = 'section'][1]"/>
  </xsl:function>

  <xsl:function name="ed:para-number" visibility="public" as="xs:string?">
    <xsl:param name="p" as="element(tei:p)"/>
    <xsl:variable name="sec" select="ed:section($p)"/>
    <xsl:choose>
      <xsl:when test="$sec and $p/parent::tei:div is $sec">
        <xsl:sequence select="normalize-space(($sec/@n, string(ed:section-ordinal($sec)))[1])
                              || '.' || ed:p-position($p)"/>
      </xsl:when>
      <!-- Opening paragraphs: direct p children of a div that precede its first section. -->
      <xsl:when test="not($sec) and $p/parent::tei:div
                      and exists(key('ed:sections-by-parent', generate-id($p/..), root($p)))
                      and ed:sections-before($p) = 0">
        <xsl:sequence select="'0.' || ed:p-position($p)"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <xsl:function name="ed:locator" visibility="public" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="p" select="$node/ancestor-or-self::tei:p[1]"/>
    <xsl:variable name="num" select="if ($p) then ed:para-number($p) else ()"/>
    <xsl:variable name="sec" select="ed:section($node)"/>
    <xsl:variable name="unit" select="$node/ancestor-or-self::*[self::tei:opener or self::tei:closer
                                      or self::tei:head or self::tei:postscript
                                      or self::tei:div[@type = ('distribution', 'document')]][1]"/>
    <xsl:sequence select="if ($num) then '§' || $num
                          else if ($sec) then '§' || normalize-space(($sec/@n, '?')[1])
                          else if ($unit) then (if ($unit/self::tei:div) then string($unit/@type) else local-name($unit))
                          else 'text'"/>
  </xsl:function>

</xsl:stylesheet>
