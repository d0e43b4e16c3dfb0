<?xml version="1.0" encoding="UTF-8"?>
<!--
  book-document.xsl - one document of a book (edition volume, org.editionkit.volume.Book):
  the single-document print of xslt/fo/edition.xsl (imported, so notes, apparatus tiers, line
  numbers and the pass loop work unchanged) without its title page and bookmarks, opening on a
  recto with the document's heading block (number in the volume, date, titles in both
  languages, source), its folios continuing the volume's Arabic pagination (vol-first-page),
  and running heads giving the volume (verso) and the document number and short title (recto).
  Every name that points at a register entry carries the id d{N}-{ed:anchor-id} (contract in
  the volume description: ids of document N are prefixed dN-), so the layout map tells the
  index on which page it landed.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:edf="urn:editionkit:fo"
    xmlns:edv="urn:editionkit:volume"
    exclude-result-prefixes="#all">

  <xsl:import href="../fo/edition.xsl"/>
  <xsl:include href="book-common.xsl"/>

  <xsl:param name="vol-number" as="xs:integer" select="1"/>
  <xsl:param name="vol-first-page" as="xs:integer" select="1"/>
  <xsl:param name="vol-head" as="xs:string" select="''"/>

  <xsl:template match="/">
    <xsl:if test="$edf:needs-layout"><xsl:processing-instruction name="edf-layout"/></xsl:if>
    <fo:root xml:lang="{$edf:doc-lang}">
      <xsl:call-template name="edf:layout-master-set"/>
      <xsl:call-template name="edf:declarations"/>
      <!-- The volume's outline is built when the parts are bound (Book.java). -->
      <fo:page-sequence master-reference="edf-body" initial-page-number="{$vol-first-page}"
                        force-page-count="end-on-even"
                        xml:lang="{$edf:doc-lang}" font-family="{edf:font-family($edf:doc-lang)}"
                        font-size="{$edf:body-size}" line-height="{$edf:leading}">
        <xsl:call-template name="edf:static-content"/>
        <xsl:call-template name="edf:line-numbers"/>
        <xsl:call-template name="edf:footnote-separator"/>
        <fo:flow flow-name="xsl-region-body" text-align="justify" widows="2" orphans="2"
                 line-height-shift-adjustment="disregard-shifts">
          <xsl:call-template name="edf:lang-attrs">
            <xsl:with-param name="node" select="/*"/>
          </xsl:call-template>
          <xsl:call-template name="edv:heading-block"/>
          <fo:block id="edf-edition">
            <fo:marker marker-class-name="edv-recto-head">
              <xsl:call-template name="edv:recto-head"/>
            </fo:marker>
            <xsl:choose>
              <xsl:when test="exists($edf:translations) and $layout = 'parallel'">
                <xsl:call-template name="edf:parallel"/>
              </xsl:when>
              <xsl:when test="exists($edf:translations)">
                <xsl:call-template name="edf:sequential"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="edf:single"/>
              </xsl:otherwise>
            </xsl:choose>
          </fo:block>
          <xsl:call-template name="edf:apparatus-end"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- Number, date, the titles (every main title, each in its language), source and reference. -->
  <xsl:template name="edv:heading-block">
    <xsl:variable name="ts" select="$edf:header/tei:fileDesc/tei:titleStmt"/>
    <xsl:variable name="mains" select="if ($ts/tei:title[@type = 'main']) then $ts/tei:title[@type = 'main']
                                       else $ts/tei:title[not(@type = ('short', 'sub'))]"/>
    <!-- In a block-container: the layout map leaves its lines out, so line numbers and apparatus
         keys count the document's text from its first line, as in edition pdf. -->
    <fo:block-container keep-with-next.within-page="always" space-after="16pt">
    <fo:block id="d{$vol-number}-heading" text-align="center" role="Div" text-align-last="center">
      <!-- The opening page has no running head: its first marker is this empty one. -->
      <fo:marker marker-class-name="edv-recto-head"/>
      <fo:block font-size="{$edf:note-size}" letter-spacing="0.12em" space-after="4pt" role="P">
        <xsl:value-of select="'DOCUMENT ' || $vol-number"/>
      </fo:block>
      <xsl:variable name="date" select="edf:document-date()"/>
      <xsl:if test="$date">
        <fo:block font-style="italic" space-after="6pt" role="P"><xsl:value-of select="$date"/></fo:block>
      </xsl:if>
      <xsl:for-each select="$mains">
        <fo:block role="H1" line-height="1.3" space-after="4pt">
          <xsl:call-template name="edf:lang-attrs"/>
          <xsl:attribute name="font-size" select="if (position() = 1) then '1.35em' else '1.15em'"/>
          <xsl:if test="position() = 1"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
          <xsl:apply-templates mode="edf:title"/>
        </fo:block>
      </xsl:for-each>
      <xsl:if test="empty($mains)">
        <fo:block role="H1" font-size="1.35em" font-weight="bold"><xsl:value-of select="edf:title()"/></fo:block>
      </xsl:if>
      <xsl:variable name="source" select="edv:source-line($edf:header)"/>
      <xsl:if test="$source">
        <fo:block font-size="{$edf:note-size}" space-before="6pt" color="#333333" role="P">
          <xsl:value-of select="'Source: ' || $source"/>
        </fo:block>
      </xsl:if>
    </fo:block>
    </fo:block-container>
  </xsl:template>

  <!-- Running heads: the volume on versos, "N · short title" on rectos (none on the opening page); folios at the outer foot. -->
  <xsl:template name="edf:static-content">
    <xsl:variable name="head-style" as="attribute()*">
      <xsl:attribute name="font-size" select="$edf:note-size"/>
      <xsl:attribute name="letter-spacing" select="'0.04em'"/>
      <xsl:attribute name="border-bottom" select="'0.4pt solid #666666'"/>
      <xsl:attribute name="padding-bottom" select="'1.5pt'"/>
    </xsl:variable>
    <fo:static-content flow-name="edf-head-even" role="artifact">
      <fo:block text-align="start" font-style="italic">
        <xsl:sequence select="$head-style"/>
        <xsl:value-of select="$vol-head"/><fo:inline>&#xA0;</fo:inline>
      </fo:block>
    </fo:static-content>
    <!-- Rectos take the head from a marker, so that the document's opening page has none. -->
    <fo:static-content flow-name="edf-head-odd" role="artifact">
      <fo:retrieve-marker retrieve-class-name="edv-recto-head" retrieve-position="first-starting-within-page"
                          retrieve-boundary="page-sequence"/>
    </fo:static-content>
    <fo:static-content flow-name="edf-foot-even" role="artifact">
      <fo:block text-align="start" font-size="{$edf:note-size}"><fo:page-number/></fo:block>
    </fo:static-content>
    <fo:static-content flow-name="edf-foot-odd" role="artifact">
      <fo:block text-align="end" font-size="{$edf:note-size}"><fo:page-number/></fo:block>
    </fo:static-content>
  </xsl:template>

  <xsl:template name="edv:recto-head">
    <fo:block text-align="end" font-style="italic" font-size="{$edf:note-size}" letter-spacing="0.04em"
              border-bottom="0.4pt solid #666666" padding-bottom="1.5pt">
      <xsl:value-of select="$vol-number || ' · ' || edf:short-title()"/>
    </fo:block>
  </xsl:template>

  <!-- A name pointing at a register entry, in the text: an id the index can find in the layout. -->
  <xsl:template match="tei:text//*[self::tei:persName or self::tei:placeName or self::tei:orgName or self::tei:name or self::tei:rs][@ref]">
    <fo:inline id="d{$vol-number}-{ed:anchor-id(.)}"><xsl:next-match/></fo:inline>
  </xsl:template>

</xsl:stylesheet>
