<?xml version="1.0" encoding="UTF-8"?>
<!--
  text.xsl - plain text of a passage in the reading or the diplomatic view, following the
  phrase-level table of ENCODING.md (expan/ex, supplied, gloss, choice, gap). For labels,
  tooltips, bookmarks, search indexes and exports, where markup cannot go. Notes are left out;
  deletions are kept in the diplomatic view only.

  ed:plain($node, $view)   normalised text; $view is 'reading' or 'diplomatic'
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    exclude-result-prefixes="#all">

  <xsl:function name="ed:plain" visibility="public" as="xs:string">
    <xsl:param name="node" as="node()*"/>
    <xsl:param name="view" as="xs:string"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$node" mode="ed:plain">
        <xsl:with-param name="dip" select="$view = 'diplomatic'" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts))"/>
  </xsl:function>

  <xsl:mode name="ed:plain" on-no-match="text-only-copy"/>

  <xsl:template match="tei:note" mode="ed:plain"/>
  <xsl:template match="tei:ex | tei:supplied" mode="ed:plain">
    <xsl:param name="dip" tunnel="yes" as="xs:boolean"/>
    <xsl:sequence select="if ($dip) then '[' else ()"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="if ($dip) then ']' else ()"/>
  </xsl:template>
  <!-- A line break separates words; without the space "N o t e<lb/>From" reads "NoteFrom". -->
  <xsl:template match="tei:lb" mode="ed:plain">
    <xsl:sequence select="' '"/>
  </xsl:template>
  <!-- Deleted text belongs to the diplomatic view only. -->
  <xsl:template match="tei:del" mode="ed:plain">
    <xsl:param name="dip" tunnel="yes" as="xs:boolean"/>
    <xsl:if test="$dip">
      <xsl:apply-templates mode="#current"/>
    </xsl:if>
  </xsl:template>
  <!-- A gloss is set off by a space even where the source runs it into the term. -->
  <xsl:template match="tei:gloss" mode="ed:plain">
    <xsl:param name="dip" tunnel="yes" as="xs:boolean"/>
    <xsl:sequence select="if ($dip) then ' [' else ' ('"/>
    <xsl:apply-templates mode="#current"/>
    <xsl:sequence select="if ($dip) then ']' else ')'"/>
  </xsl:template>
  <xsl:template match="tei:choice" mode="ed:plain">
    <xsl:param name="dip" tunnel="yes" as="xs:boolean"/>
    <xsl:variable name="regs" select="tei:reg"/>
    <xsl:choose>
      <xsl:when test="count($regs) gt 1 and $dip">
        <xsl:apply-templates select="$regs[1]" mode="#current"/>
        <xsl:sequence select="' ['"/>
        <xsl:apply-templates select="$regs[2]" mode="#current"/>
        <xsl:for-each select="$regs[position() gt 2]">
          <xsl:sequence select="' ('"/><xsl:apply-templates select="." mode="#current"/><xsl:sequence select="')'"/>
        </xsl:for-each>
        <xsl:sequence select="']'"/>
      </xsl:when>
      <xsl:when test="$dip">
        <xsl:apply-templates select="(tei:sic, tei:orig, tei:abbr, tei:reg, *)[1]" mode="#current"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="(tei:corr, tei:reg, tei:expan, *)[1]" mode="#current"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="tei:gap" mode="ed:plain">
    <xsl:sequence select="'⟨…⟩'"/>
  </xsl:template>

</xsl:stylesheet>
