<?xml version="1.0" encoding="UTF-8"?>
<!--
  Export: the plain reading text of any TEI fragment, for corpus linguistics and for the text
  fields of the other exports. Expansions, corrections, regularisations and supplied text are
  applied; notes and deletions are dropped; glosses are kept in parentheses and gaps become
  "…" so that no transcribed text silently disappears.
  Use xp:reading-text($nodes); pass $units to leave out nested alignment units (they get lines
  of their own in the text export).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:xp="urn:editionkit:export"
    exclude-result-prefixes="#all">

  <!-- The normalised reading text of $nodes. -->
  <xsl:function name="xp:reading-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="xp:reading-text($nodes, ())"/>
  </xsl:function>

  <!-- Same, leaving out the content of any element in $units (nested alignment units). -->
  <xsl:function name="xp:reading-text" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:param name="units" as="element()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="xp:reading">
        <xsl:with-param name="units" select="$units" tunnel="yes"/>
      </xsl:apply-templates>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($parts))"/>
  </xsl:function>

  <xsl:mode name="xp:reading" on-no-match="shallow-skip"/>

  <xsl:template match="text()" mode="xp:reading">
    <xsl:sequence select="string(.)"/>
  </xsl:template>

  <!-- Any element not named below: keep its text (dropping text is the worst export bug). -->
  <xsl:template match="*" mode="xp:reading">
    <xsl:param name="units" as="element()*" tunnel="yes"/>
    <xsl:if test="not(some $u in $units satisfies $u is .)">
      <xsl:apply-templates mode="xp:reading"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:note | tei:del | tei:surplus | tei:sic[parent::tei:choice] | tei:orig[parent::tei:choice]
                       | tei:abbr[parent::tei:choice] | tei:rdg | tei:witDetail | tei:pb | tei:cb | tei:milestone
                       | tei:handShift | tei:anchor | tei:figDesc" mode="xp:reading"/>

  <!-- A choice reads as its correction / expansion / first regularisation. -->
  <xsl:template match="tei:choice" mode="xp:reading">
    <xsl:variable name="reading" select="(tei:corr, tei:expan, tei:reg, tei:seg, *)[1]"/>
    <xsl:apply-templates select="$reading" mode="xp:reading"/>
  </xsl:template>

  <xsl:template match="tei:app" mode="xp:reading">
    <xsl:apply-templates select="(tei:lem, tei:rdg)[1]/node()" mode="xp:reading"/>
  </xsl:template>

  <xsl:template match="tei:gloss" mode="xp:reading">
    <xsl:sequence select="' ('"/>
    <xsl:apply-templates mode="xp:reading"/>
    <xsl:sequence select="')'"/>
  </xsl:template>

  <xsl:template match="tei:gap" mode="xp:reading">
    <xsl:sequence select="'…'"/>
  </xsl:template>

  <xsl:template match="tei:lb | tei:space" mode="xp:reading">
    <xsl:sequence select="' '"/>
  </xsl:template>
</xsl:stylesheet>
