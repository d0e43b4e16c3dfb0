<?xml version="1.0" encoding="UTF-8"?>
<!--
  blocks.xsl - block-level TEI as fo:block (default mode): divisions, headings, paragraphs,
  opener and closer with dateline and signature, the stamp as a framed box, lists (the copy
  distribution among them) as hanging-dash blocks, verse, drama and tables. Every template
  keeps all text of its element; the layouts (parallel.xsl, sequential.xsl) decide where a
  block goes. Tunnel parameter "spanning" marks headings set across both columns.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <!-- True when paragraph numbers sit in the middle column rather than before the paragraph. -->
  <xsl:variable name="edf:numbers-in-gutter" as="xs:boolean"
      select="exists($edf:translations) and $layout = 'parallel'"/>

  <xsl:template match="tei:text | tei:group | tei:front | tei:body | tei:back">
    <fo:block id="{edf:id(.)}">
      <xsl:if test="@xml:lang"><xsl:call-template name="edf:lang-attrs"/></xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:div">
    <fo:block id="{edf:id(.)}" space-before="{$edf:leading} * 0.5">
      <xsl:if test="@xml:lang"><xsl:call-template name="edf:lang-attrs"/></xsl:if>
      <xsl:if test="@type = ('section', 'distribution') and not(tei:head)">
        <fo:marker marker-class-name="section"><xsl:value-of select="edf:section-label(.)"/></fo:marker>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:head">
    <xsl:param name="spanning" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="secondary" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="depth" select="count(ancestor::tei:div[not(@type = 'document')])"/>
    <xsl:variable name="section" select="parent::tei:div[@type = 'section']"/>
    <fo:block id="{edf:id(.)}" keep-with-next.within-page="always" text-align="center"
              role="H{min((6, max((1, $depth)) + 1))}">
      <xsl:call-template name="edf:lang-attrs"/>
      <!-- After lang-attrs, which turns hyphenation on for English text: headings are never hyphenated. -->
      <xsl:attribute name="hyphenate" select="'false'"/>
      <xsl:choose>
        <xsl:when test="$secondary">
          <xsl:attribute name="font-size" select="'1em'"/>
          <xsl:attribute name="space-before" select="'2pt'"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:attribute name="font-weight" select="'bold'"/>
          <xsl:attribute name="font-size" select="if ($depth le 1 and not($section)) then '1.3em' else '1.1em'"/>
          <xsl:if test="not($spanning)">
            <xsl:attribute name="space-before" select="$edf:leading"/>
            <xsl:attribute name="space-after" select="$edf:leading || ' * 0.5'"/>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:if test="not($spanning) and $section">
        <fo:marker marker-class-name="section"><xsl:value-of select="edf:section-label($section)"/></fo:marker>
      </xsl:if>
      <xsl:if test="$section/@n and not(matches(normalize-space(.), '^\d'))">
        <xsl:value-of select="$section/@n || '. '"/>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab">
    <xsl:variable name="num" select="if (self::tei:p) then ed:para-number(.) else ()"/>
    <fo:block id="{edf:id(.)}" widows="2" orphans="2">
      <xsl:if test="@xml:lang"><xsl:call-template name="edf:lang-attrs"/></xsl:if>
      <xsl:if test="preceding-sibling::*[1][self::tei:p or self::tei:ab or self::tei:list or self::tei:lg]">
        <xsl:attribute name="space-before" select="$edf:leading || ' * 0.5'"/>
      </xsl:if>
      <xsl:if test="$num and not($edf:numbers-in-gutter)">
        <fo:inline font-size="{$edf:note-size}" color="#555555"><fo:wrapper role="artifact">§<xsl:value-of select="$num"/>&#xA0;&#xA0;</fo:wrapper></fo:inline>
      </xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:opener | tei:closer | tei:postscript | tei:argument | tei:epigraph | tei:trailer">
    <fo:block id="{edf:id(.)}" space-before="{$edf:leading} * 0.5" space-after="{$edf:leading} * 0.5">
      <xsl:if test="@xml:lang"><xsl:call-template name="edf:lang-attrs"/></xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:salute | tei:byline | tei:docAuthor | tei:docDate">
    <fo:block id="{edf:id(.)}">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:dateline">
    <fo:block id="{edf:id(.)}" text-align="end" space-after="{$edf:leading} * 0.3">
      <xsl:apply-templates/>
      <xsl:apply-templates select="edf:trailing-notes(.)"><xsl:with-param name="attached" select="true()"/></xsl:apply-templates>
    </fo:block>
  </xsl:template>

  <!-- The stamp: a framed box, labelled, set off to the left as the seal sits on the page. -->
  <xsl:template match="tei:stamp">
    <fo:block id="{edf:id(.)}" end-indent="12%" space-after="{$edf:leading} * 0.4" keep-together.within-page="always">
      <fo:block border="1.2pt double #3a3a7a" padding="3pt 5pt" text-align="center" font-size="0.9em"
                line-height="1.3" color="#2b2b66" hyphenate="false">
        <fo:block font-size="0.75em" font-style="italic" color="#555555"><fo:wrapper role="artifact">
          <xsl:value-of select="if (edf:chain-key(edf:lang(.)) = 'ko') then '도장' else 'stamp'"/>
          <xsl:if test="contains(@rend, 'tilted')"><xsl:value-of select="if (edf:chain-key(edf:lang(.)) = 'ko') then ' (기울어짐)' else ' (tilted)'"/></xsl:if>
        </fo:wrapper></fo:block>
        <fo:block>
          <xsl:apply-templates/>
          <xsl:apply-templates select="edf:trailing-notes(.)"><xsl:with-param name="attached" select="true()"/></xsl:apply-templates>
        </fo:block>
      </fo:block>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:signed">
    <fo:block id="{edf:id(.)}" text-align="end" space-before="{$edf:leading} * 0.5" keep-together.within-page="always">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- Lists: a block per item with a hanging dash; the copy distribution uses the same. -->
  <xsl:template match="tei:list | tei:listBibl | tei:castList">
    <fo:block id="{edf:id(.)}" space-before="{$edf:leading} * 0.3" space-after="{$edf:leading} * 0.3">
      <xsl:if test="@xml:lang"><xsl:call-template name="edf:lang-attrs"/></xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:item | tei:listBibl/tei:bibl | tei:castItem">
    <fo:block id="{edf:id(.)}" start-indent="1.2em" text-indent="-1.2em" text-align="start">
      <xsl:if test="@xml:lang"><xsl:call-template name="edf:lang-attrs"/></xsl:if>
      <fo:wrapper role="artifact">–&#xA0;</fo:wrapper>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:list/tei:label">
    <fo:block font-weight="bold" keep-with-next.within-page="always"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:lg">
    <fo:block id="{edf:id(.)}" space-before="{$edf:leading} * 0.4" space-after="{$edf:leading} * 0.4" text-align="start">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:l">
    <fo:block id="{edf:id(.)}" start-indent="2em" text-indent="-1em" text-align="start"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:sp">
    <fo:block id="{edf:id(.)}" space-before="{$edf:leading} * 0.3" text-align="start"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:speaker">
    <fo:block font-variant="small-caps" font-weight="bold" keep-with-next.within-page="always"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:stage">
    <fo:block font-style="italic" start-indent="1em" text-align="start"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:fw">
    <fo:block font-size="0.8em" color="#666666" text-align="end"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:figure">
    <fo:block id="{edf:id(.)}" space-before="{$edf:leading} * 0.5" space-after="{$edf:leading} * 0.5"
              font-size="0.9em" text-align="center" start-indent="5%" end-indent="5%">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:figDesc">
    <fo:block font-style="italic"><xsl:apply-templates/></fo:block>
  </xsl:template>

  <xsl:template match="tei:quote[tei:p | tei:lg | tei:l] | tei:div/tei:quote | tei:body/tei:quote | tei:cit">
    <fo:block start-indent="1.5em" end-indent="1.5em" space-before="{$edf:leading} * 0.3"
              space-after="{$edf:leading} * 0.3" font-size="0.95em">
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>

  <!-- Tables: columns from the widest row (counting @cols); a head above the table. -->
  <xsl:template match="tei:table">
    <xsl:variable name="cols" select="max((1, tei:row ! sum(tei:cell ! xs:integer((@cols[. castable as xs:integer], 1)[1]))))"/>
    <fo:block id="{edf:id(.)}" space-before="{$edf:leading} * 0.5" space-after="{$edf:leading} * 0.5" font-size="0.9em">
      <xsl:apply-templates select="* except tei:row"/>
      <xsl:if test="tei:row">
        <fo:table table-layout="fixed" width="100%" border-collapse="collapse">
          <xsl:for-each select="1 to $cols">
            <fo:table-column column-width="proportional-column-width(1)"/>
          </xsl:for-each>
          <fo:table-body>
            <xsl:for-each select="tei:row">
              <fo:table-row>
                <xsl:for-each select="tei:cell">
                  <fo:table-cell border="0.4pt solid #999999" padding="2pt">
                    <xsl:if test="@cols[. castable as xs:integer][xs:integer(.) gt 1]">
                      <xsl:attribute name="number-columns-spanned" select="@cols"/>
                    </xsl:if>
                    <fo:block text-align="start"><xsl:apply-templates/></fo:block>
                  </fo:table-cell>
                </xsl:for-each>
                <xsl:if test="empty(tei:cell)">
                  <fo:table-cell><fo:block><xsl:apply-templates/></fo:block></fo:table-cell>
                </xsl:if>
              </fo:table-row>
            </xsl:for-each>
          </fo:table-body>
        </fo:table>
      </xsl:if>
    </fo:block>
  </xsl:template>

  <xsl:template match="tei:table/tei:head | tei:figure/tei:head">
    <fo:block font-weight="bold" text-align="center" keep-with-next.within-page="always"><xsl:apply-templates/></fo:block>
  </xsl:template>

</xsl:stylesheet>
