<?xml version="1.0" encoding="UTF-8"?>
<!--
  book-matter.xsl - what front and back matter of a book (edition volume) share: page masters
  on the geometry of fo/pages.xml (mirrored margins), running heads and section headings.
  Included by book-front.xsl and book-back.xsl, which import fo/edition.xsl for fonts and pages.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:edf="urn:editionkit:fo"
    xmlns:edv="urn:editionkit:volume"
    exclude-result-prefixes="#all">

  <!-- Page masters of front and back matter (the geometry of fo/pages.xml, mirrored):
       edv-plain (no head, no folio), edv-body (heads and folios) and edv-index (two columns). -->
  <xsl:template name="edv:layout-master-set">
    <xsl:variable name="g" select="$edf:geom"/>
    <fo:layout-master-set>
      <!-- Pages without head or folio (half-title, title page, its verso), mirrored as well. -->
      <xsl:for-each select="('odd', 'even')">
        <fo:simple-page-master master-name="edv-plain-{.}" page-width="{$g/@width}" page-height="{$g/@height}"
            margin-top="{$g/@top}" margin-bottom="{$g/@bottom}"
            margin-left="{if (. = 'odd') then $g/@inner else $g/@outer}"
            margin-right="{if (. = 'odd') then $g/@outer else $g/@inner}">
          <fo:region-body/>
        </fo:simple-page-master>
      </xsl:for-each>
      <fo:page-sequence-master master-name="edv-plain">
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="edv-plain-odd" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="edv-plain-even" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
      <xsl:for-each select="('body', 'index')">
        <xsl:variable name="kind" select="."/>
        <xsl:for-each select="('odd', 'even')">
          <fo:simple-page-master master-name="edv-{$kind}-{.}" page-width="{$g/@width}" page-height="{$g/@height}"
              margin-top="{$g/@top}" margin-bottom="{$g/@bottom}"
              margin-left="{if (. = 'odd') then $g/@inner else $g/@outer}"
              margin-right="{if (. = 'odd') then $g/@outer else $g/@inner}">
            <fo:region-body margin-top="{$edf:leading} * 2" margin-bottom="{$edf:leading} * 2"
                            column-count="{if ($kind = 'index') then 2 else 1}" column-gap="{$g/@column-gap}"/>
            <fo:region-before region-name="edv-head-{.}" extent="{$edf:leading} * 1.2"/>
            <fo:region-after region-name="edv-foot-{.}" extent="{$edf:leading} * 1.2"/>
          </fo:simple-page-master>
        </xsl:for-each>
        <fo:page-sequence-master master-name="edv-{$kind}">
          <fo:repeatable-page-master-alternatives>
            <!-- A page left blank before a recto has no head and no folio. -->
            <fo:conditional-page-master-reference master-reference="edv-plain-even" blank-or-not-blank="blank"/>
            <fo:conditional-page-master-reference master-reference="edv-{$kind}-odd" odd-or-even="odd"/>
            <fo:conditional-page-master-reference master-reference="edv-{$kind}-even" odd-or-even="even"/>
          </fo:repeatable-page-master-alternatives>
        </fo:page-sequence-master>
      </xsl:for-each>
    </fo:layout-master-set>
  </xsl:template>

  <!-- Heads: the volume's title on versos, the current section (marker edv-section) on rectos. -->
  <xsl:template name="edv:static-content">
    <xsl:param name="verso" as="xs:string"/>
    <xsl:variable name="style" as="attribute()*">
      <xsl:attribute name="font-size" select="$edf:note-size"/>
      <xsl:attribute name="font-style" select="'italic'"/>
      <xsl:attribute name="letter-spacing" select="'0.04em'"/>
      <xsl:attribute name="border-bottom" select="'0.4pt solid #666666'"/>
      <xsl:attribute name="padding-bottom" select="'1.5pt'"/>
    </xsl:variable>
    <fo:static-content flow-name="edv-head-even" role="artifact">
      <fo:block text-align="start"><xsl:sequence select="$style"/><xsl:value-of select="$verso"/>&#xA0;</fo:block>
    </fo:static-content>
    <!-- The recto head comes whole from a marker: a section's opening page gets the empty one. -->
    <fo:static-content flow-name="edv-head-odd" role="artifact">
      <fo:retrieve-marker retrieve-class-name="edv-section" retrieve-position="first-starting-within-page"
                          retrieve-boundary="page-sequence"/>
    </fo:static-content>
    <fo:static-content flow-name="edv-foot-even" role="artifact">
      <fo:block text-align="start" font-size="{$edf:note-size}"><fo:page-number/></fo:block>
    </fo:static-content>
    <fo:static-content flow-name="edv-foot-odd" role="artifact">
      <fo:block text-align="end" font-size="{$edf:note-size}"><fo:page-number/></fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- A section heading of front or back matter, setting the running head of its later rectos. -->
  <xsl:template name="edv:section-head">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <fo:block id="{$id}" role="H1" font-size="1.5em" font-weight="bold" space-after="14pt" keep-with-next.within-page="always"
              span="all">
      <fo:marker marker-class-name="edv-section"/>
      <xsl:value-of select="$title"/>
    </fo:block>
    <!-- The head of the section's later rectos, on a block of no height after the heading. -->
    <fo:block font-size="0pt" line-height="0pt" span="all" keep-with-previous.within-page="always" role="artifact">
      <fo:marker marker-class-name="edv-section">
        <fo:block text-align="end" font-size="{$edf:note-size}" font-style="italic" letter-spacing="0.04em"
                  border-bottom="0.4pt solid #666666" padding-bottom="1.5pt" line-height="normal">
          <xsl:value-of select="$title"/>
        </fo:block>
      </fo:marker>
      <xsl:text>&#x200B;</xsl:text>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
