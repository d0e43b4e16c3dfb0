<?xml version="1.0" encoding="UTF-8"?>
<!--
  sequential.xsl - one translation after the other (layout option "sequential"): the leading text
  in full, then from a new page the other, each under a heading naming its language. Also the
  layout for a document that is not a bilingual edition (edf:single): its text(s) in order,
  or, when the root holds no tei:text, every part of it but the header, so no text is lost.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <xsl:template name="edf:sequential">
    <xsl:for-each select="$edf:translations">
      <fo:block id="{edf:id(.)}">
        <xsl:call-template name="edf:lang-attrs"/>
        <xsl:if test="position() gt 1">
          <xsl:attribute name="break-before" select="'odd-page'"/>
        </xsl:if>
        <fo:block role="H1" font-size="{$edf:body-size} * 1.35" font-weight="bold" text-align="center"
                  space-after="{$edf:leading}" keep-with-next.within-page="always">
          <fo:marker marker-class-name="section"><xsl:value-of select="edf:translation-label(.)"/></fo:marker>
          <xsl:value-of select="edf:translation-label(.)"/>
        </fo:block>
        <xsl:apply-templates select="node()"/>
      </fo:block>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="edf:single">
    <xsl:variable name="texts" select="$edf:root/*/tei:text"/>
    <!-- Without numbered sections the right-hand running head repeats the short title. -->
    <fo:block>
      <fo:marker marker-class-name="section"><xsl:value-of select="edf:short-title()"/></fo:marker>
    </fo:block>
    <xsl:choose>
      <xsl:when test="exists($texts)">
        <xsl:for-each select="$texts">
          <fo:block>
            <xsl:call-template name="edf:lang-attrs"/>
            <xsl:apply-templates select="node()"/>
          </fo:block>
        </xsl:for-each>
      </xsl:when>
      <xsl:otherwise>
        <fo:block>
          <xsl:apply-templates select="$edf:root/*/node()[not(self::tei:teiHeader)]"/>
        </fo:block>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
