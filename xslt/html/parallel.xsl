<?xml version="1.0" encoding="UTF-8"?>
<!--
  parallel.xsl - the text area. With two translations (ed:translations) it is a grid of rows
  from ed:rows: paragraph number, leading text, other text; each cell carries lang and
  data-lang so the language switch and the narrow-screen stacking are pure CSS. Any other
  TEI file shows its text element(s) whole, through the ordinary templates.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:h="urn:editionkit:html"
    exclude-result-prefixes="#all">

  <xsl:template name="h:text-view">
    <xsl:param name="texts" as="element(tei:text)*"/>
    <xsl:choose>
      <xsl:when test="exists($texts)">
        <xsl:variable name="langs" select="$texts[position() le 2]/string(@xml:lang)"/>
        <div class="parallel">
          <div class="row row-labels" aria-hidden="true">
            <div class="num"></div>
            <xsl:for-each select="$langs">
              <div class="cell" data-lang="{.}" lang="{.}"><xsl:value-of select="h:lang-name($texts[1], .)"/></div>
            </xsl:for-each>
          </div>
          <xsl:for-each select="ed:rows($texts[1], $texts[2])">
            <xsl:call-template name="h:row">
              <xsl:with-param name="row" select="."/>
              <xsl:with-param name="langs" select="$langs"/>
            </xsl:call-template>
          </xsl:for-each>
        </div>
        <!-- Translations beyond the second have no partner column: shown whole after the grid. -->
        <xsl:apply-templates select="$texts[position() gt 2]"/>
      </xsl:when>
      <xsl:otherwise>
        <div class="single">
          <xsl:apply-templates select="/*/tei:text | /tei:text"/>
          <xsl:apply-templates select="/*/(* except (tei:teiHeader | tei:text))" mode="h:other-content"/>
        </div>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Material outside text (sourceDoc, standOff … in third-party files) keeps its text too. -->
  <xsl:template match="*" mode="h:other-content">
    <div class="other-content">
      <p class="other-content-label"><xsl:value-of select="local-name()"/></p>
      <xsl:apply-templates select="."/>
    </div>
  </xsl:template>

  <xsl:template name="h:row">
    <xsl:param name="row" as="map(*)"/>
    <xsl:param name="langs" as="xs:string+"/>
    <xsl:variable name="num" select="($row?lead, $row?other)[self::tei:p][1] ! ed:para-number(.)"/>
    <div class="row row-{$row?kind} level-{$row?level}">
      <div class="num">
        <xsl:if test="exists($num)"><span class="pnum">§<xsl:value-of select="$num"/></span></xsl:if>
      </div>
      <xsl:for-each select="1 to 2">
        <xsl:variable name="node" select="if (. = 1) then $row?lead else $row?other"/>
        <div class="cell" data-lang="{$langs[current()]}" lang="{$langs[current()]}">
          <xsl:choose>
            <xsl:when test="$node/self::tei:item">
              <ul class="list{$node/../@type ! (' list-' || .)}"><xsl:apply-templates select="$node"/></ul>
            </xsl:when>
            <xsl:when test="$node/self::text()">
              <p><xsl:apply-templates select="$node"/></p>
            </xsl:when>
            <xsl:otherwise>
              <xsl:apply-templates select="$node"/>
            </xsl:otherwise>
          </xsl:choose>
        </div>
      </xsl:for-each>
    </div>
  </xsl:template>

</xsl:stylesheet>
