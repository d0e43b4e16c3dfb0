<?xml version="1.0" encoding="UTF-8"?>
<!--
  Export: reader-facing numbers, derived as ENCODING.md describes. A paragraph is §S.P (section
  @n, position among the section's own paragraphs); paragraphs before the first numbered
  section are §0.P; a section head is §S. Notes are numbered per translation and note type.
  (xslt/common/ had no such functions when this was written; if it grows ed: equivalents,
  these should delegate to them.)
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:xp="urn:editionkit:export"
    exclude-result-prefixes="#all">

  <!-- "§1.2" for a node in the second paragraph of section 1, "§1" in its head, else (). -->
  <xsl:function name="xp:paragraph-number" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="p" select="$node/ancestor-or-self::tei:p[not(ancestor::tei:note)][1]"/>
    <xsl:variable name="section" select="$node/ancestor-or-self::tei:div[@type = 'section'][1]"/>
    <xsl:choose>
      <xsl:when test="$p and $section">
        <xsl:variable name="own" select="$section//tei:p[xp:numbered(., $section)]"/>
        <xsl:sequence select="'§' || $section/@n || '.' || (count($own[. &lt;&lt; $p]) + 1)"/>
      </xsl:when>
      <xsl:when test="$p and xp:numbered($p, ())">
        <xsl:variable name="text" select="$p/ancestor::tei:text[1]"/>
        <xsl:variable name="opening" select="$text//tei:p[xp:numbered(., ())]"/>
        <xsl:sequence select="'§0.' || (count($opening[. &lt;&lt; $p]) + 1)"/>
      </xsl:when>
      <xsl:when test="$section and $node/ancestor-or-self::tei:head[parent::tei:div[@type = 'section']]">
        <xsl:sequence select="'§' || $section/@n"/>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <!-- Does paragraph $p count in the numbering of $section (() = the unnumbered opening)? -->
  <xsl:function name="xp:numbered" as="xs:boolean">
    <xsl:param name="p" as="element(tei:p)"/>
    <xsl:param name="section" as="element(tei:div)?"/>
    <xsl:sequence select="not($p/ancestor::tei:note)
        and not($p/ancestor::tei:div[@type = ('distribution')] or $p/ancestor::tei:opener or $p/ancestor::tei:closer)
        and (if ($section) then $p/ancestor::tei:div[@type = 'section'][1] is $section
             else empty($p/ancestor::tei:div[@type = 'section']))"/>
  </xsl:function>

  <!-- 1, 2, 3 … per translation and note type, in reading order. -->
  <xsl:function name="xp:note-number" as="xs:integer">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="text" select="$note/ancestor::tei:text[1]"/>
    <xsl:sequence select="count($text//tei:note[string(@type) = string($note/@type)][. &lt;&lt; $note]) + 1"/>
  </xsl:function>
</xsl:stylesheet>
