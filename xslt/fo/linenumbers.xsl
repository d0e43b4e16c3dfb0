<?xml version="1.0" encoding="UTF-8"?>
<!--
  linenumbers.xsl - line numbers in the margin, every fifth line of each column, counted
  afresh on each page (the numbers the apparatus keys name, see layout.xsl). They are static
  content, so they cannot move the text: every body page known from the previous pass gets a
  page master of its own (the same geometry as edf-odd/edf-even in pages.xsl) whose
  region-start is filled by that page's numbers, each a block-container fixed on the page at
  the baseline the pass recorded. Pages beyond the map use the plain odd/even masters.
  Numbers of the leading text stand in the left margin, those of the other text (parallel
  layout) in the right margin.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <xsl:variable name="edf:line-step" as="xs:integer" select="5"/>

  <!-- True for an odd (recto) body page: the body starts on an odd page (auto-odd). -->
  <xsl:function name="edf:recto" as="xs:boolean">
    <xsl:param name="page" as="element(page)"/>
    <xsl:sequence select="if ($page/@n castable as xs:integer) then xs:integer($page/@n) mod 2 = 1
                          else xs:integer($page/@i) mod 2 = 1"/>
  </xsl:function>

  <!-- The pages that get a master of their own: the mapped pages, or in the first layout pass
       (edf:probe) the first body page, which carries one number to measure (layout.xsl). -->
  <xsl:variable name="edf:numbered-pages" as="element(page)*">
    <xsl:choose>
      <xsl:when test="$edf:probe"><page i="probe" n="1"/></xsl:when>
      <xsl:otherwise><xsl:sequence select="$edf:map-pages"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- One master per mapped page, named edf-page-I; its region-start holds the numbers. -->
  <xsl:template name="edf:numbered-masters">
    <xsl:param name="odd" as="element(fo:simple-page-master)"/>
    <xsl:param name="even" as="element(fo:simple-page-master)"/>
    <xsl:for-each select="$edf:numbered-pages">
      <xsl:variable name="model" select="if (edf:recto(.)) then $odd else $even"/>
      <fo:simple-page-master master-name="edf-page-{@i}">
        <xsl:sequence select="$model/@* except $model/@master-name"/>
        <xsl:sequence select="$model/fo:region-body"/>
        <xsl:sequence select="$model/fo:region-before"/>
        <xsl:sequence select="$model/fo:region-after"/>
        <fo:region-start region-name="edf-numbers-{@i}" extent="1pt"/>
      </fo:simple-page-master>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="edf:numbered-sequence">
    <xsl:for-each select="$edf:numbered-pages">
      <fo:single-page-master-reference master-reference="edf-page-{@i}"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="edf:line-numbers">
    <xsl:variable name="g" select="$edf:geom"/>
    <xsl:for-each select="$edf:numbered-pages">
      <xsl:variable name="i" select="string(@i)"/>
      <xsl:variable name="recto" select="edf:recto(.)"/>
      <xsl:variable name="left" select="edf:pt(if ($recto) then $g/@inner else $g/@outer)"/>
      <xsl:variable name="numbered" as="element()*">
        <xsl:choose>
          <xsl:when test="$edf:probe"><ln col="l" no="5" y="{$edf:number-drop}"/></xsl:when>
          <xsl:otherwise><xsl:sequence select="$edf:lines[@page = $i][not(@figure)][xs:integer(@no) mod $edf:line-step = 0]"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <fo:static-content flow-name="edf-numbers-{$i}" role="artifact">
        <!-- An empty page still needs a block in its static content. -->
        <fo:block/>
        <xsl:for-each select="$numbered">
          <xsl:variable name="top" select="edf:pt($g/@top) + 2 * edf:pt($edf:leading) + xs:double(@y) - $edf:number-drop"/>
          <xsl:variable name="x" select="if (@col = 'l') then $left - 30 else $left + $edf:text-width + 8"/>
          <fo:block-container absolute-position="fixed" top="{format-number($top, '0.###')}pt"
                              left="{format-number($x, '0.###')}pt" width="22pt" height="{$edf:leading}">
            <fo:block font-family="{edf:font-family($edf:doc-lang)}" font-size="{$edf:body-size}"
                      line-height="{$edf:leading}" text-align="{if (@col = 'l') then 'end' else 'start'}"
                      line-height-shift-adjustment="disregard-shifts">
              <fo:inline font-size="{$edf:note-size}" color="#555555"><xsl:value-of select="@no"/></fo:inline>
            </fo:block>
          </fo:block-container>
        </xsl:for-each>
      </fo:static-content>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
