<?xml version="1.0" encoding="UTF-8"?>
<!--
  pages.xsl - page geometry and what repeats on every page. Sizes and margins come from
  fo/pages.xml (parameter page selects the entry); pages are mirrored for binding (inner margin
  on the gutter side). Running heads: the short title on left-hand pages, the current section
  (marker "section", set by the section headings) on right-hand pages; the folio at the foot,
  outer corner. The title page has none of these.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <!-- Static: parsed once when the stylesheet is compiled, not again for every document
       (that cost about 1 ms a document). -->
  <xsl:variable name="edf:pages" static="yes" as="document-node()" select="doc(resolve-uri('../../fo/pages.xml', static-base-uri()))"/>
  <xsl:variable name="edf:geom" as="element(page)">
    <xsl:variable name="chosen" select="$edf:pages/pages/page[@name = $page]"/>
    <xsl:if test="empty($chosen)">
      <xsl:message terminate="yes">unknown page size "<xsl:value-of select="$page"/>": use one of
        <xsl:value-of select="$edf:pages/pages/page/@name" separator=", "/></xsl:message>
    </xsl:if>
    <xsl:sequence select="$chosen"/>
  </xsl:variable>
  <xsl:variable name="edf:body-size" as="xs:string" select="string($edf:geom/@body-size)"/>
  <xsl:variable name="edf:leading" as="xs:string" select="string($edf:geom/@leading)"/>
  <xsl:variable name="edf:note-size" as="xs:string" select="string($edf:geom/@note-size)"/>
  <xsl:variable name="edf:column-gap" as="xs:string" select="string($edf:geom/@column-gap)"/>

  <xsl:template name="edf:layout-master-set">
    <xsl:variable name="g" select="$edf:geom"/>
    <fo:layout-master-set>
      <fo:simple-page-master master-name="edf-title" page-width="{$g/@width}" page-height="{$g/@height}"
          margin-top="{$g/@top}" margin-bottom="{$g/@bottom}" margin-left="{$g/@inner}" margin-right="{$g/@outer}">
        <fo:region-body/>
      </fo:simple-page-master>
      <xsl:variable name="masters" as="element(fo:simple-page-master)+">
        <xsl:for-each select="('odd', 'even')">
          <fo:simple-page-master master-name="edf-{.}" page-width="{$g/@width}" page-height="{$g/@height}"
              margin-top="{$g/@top}" margin-bottom="{$g/@bottom}"
              margin-left="{if (. = 'odd') then $g/@inner else $g/@outer}"
              margin-right="{if (. = 'odd') then $g/@outer else $g/@inner}">
            <fo:region-body margin-top="{$edf:leading} * 2" margin-bottom="{$edf:leading} * 2"/>
            <fo:region-before region-name="edf-head-{.}" extent="{$edf:leading} * 1.2"/>
            <fo:region-after region-name="edf-foot-{.}" extent="{$edf:leading} * 1.2"/>
          </fo:simple-page-master>
        </xsl:for-each>
      </xsl:variable>
      <xsl:sequence select="$masters"/>
      <!-- Pages known from the previous layout pass carry their line numbers (linenumbers.xsl). -->
      <xsl:call-template name="edf:numbered-masters">
        <xsl:with-param name="odd" select="$masters[1]"/>
        <xsl:with-param name="even" select="$masters[2]"/>
      </xsl:call-template>
      <fo:page-sequence-master master-name="edf-body">
        <xsl:call-template name="edf:numbered-sequence"/>
        <fo:repeatable-page-master-alternatives>
          <fo:conditional-page-master-reference master-reference="edf-odd" odd-or-even="odd"/>
          <fo:conditional-page-master-reference master-reference="edf-even" odd-or-even="even"/>
        </fo:repeatable-page-master-alternatives>
      </fo:page-sequence-master>
    </fo:layout-master-set>
  </xsl:template>

  <xsl:template name="edf:static-content">
    <xsl:variable name="short" select="edf:short-title()"/>
    <xsl:variable name="head-style" as="attribute()*">
      <xsl:attribute name="font-size" select="$edf:note-size"/>
      <xsl:attribute name="letter-spacing" select="'0.04em'"/>
      <xsl:attribute name="border-bottom" select="'0.4pt solid #666666'"/>
      <xsl:attribute name="padding-bottom" select="'1.5pt'"/>
    </xsl:variable>
    <fo:static-content flow-name="edf-head-even" role="artifact">
      <fo:block text-align="start" font-style="italic">
        <xsl:sequence select="$head-style"/>
        <xsl:value-of select="$short"/>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="edf-head-odd" role="artifact">
      <fo:block text-align="end" font-style="italic">
        <xsl:sequence select="$head-style"/>
        <fo:retrieve-marker retrieve-class-name="section" retrieve-position="first-including-carryover"
                            retrieve-boundary="page-sequence"/>
        <!-- Pages before the first section: the marker is empty, keep the line height. -->
        <fo:inline>&#xA0;</fo:inline>
      </fo:block>
    </fo:static-content>
    <fo:static-content flow-name="edf-foot-even" role="artifact">
      <fo:block text-align="start" font-size="{$edf:note-size}"><fo:page-number/></fo:block>
    </fo:static-content>
    <fo:static-content flow-name="edf-foot-odd" role="artifact">
      <fo:block text-align="end" font-size="{$edf:note-size}"><fo:page-number/></fo:block>
    </fo:static-content>
  </xsl:template>

  <!-- With fixed feet (layout.xsl) the tiers draw the rule themselves, at the top of the foot the
       page keeps, so that the space a foot does not need stands above the rule. -->
  <xsl:template name="edf:footnote-separator">
    <fo:static-content flow-name="xsl-footnote-separator" role="artifact">
      <xsl:choose>
        <xsl:when test="$edf:fixed-foot"><fo:block/></xsl:when>
        <!-- The first pass reserves on every page with a foot what the apparatus tier adds
             once per page: its own rule and the last line of its run-on paragraph. -->
        <xsl:when test="$edf:probe and $apparatus = 'foot'">
          <fo:block padding-bottom="{9 + 1.5 + 1.3 * edf:pt($edf:note-size)}pt">
            <xsl:call-template name="edf:foot-rule"/>
          </fo:block>
        </xsl:when>
        <xsl:otherwise><xsl:call-template name="edf:foot-rule"/></xsl:otherwise>
      </xsl:choose>
    </fo:static-content>
  </xsl:template>

  <!-- The rule above the foot, 6 pt tall. Padding, not space: space at the end of a static
       region is dropped, and the rule would touch the first entry. -->
  <xsl:template name="edf:foot-rule">
    <fo:block padding-bottom="5pt" line-height="1pt" font-size="1pt">
      <fo:leader leader-pattern="rule" leader-length="30%" rule-thickness="0.4pt" color="#444444"/>
    </fo:block>
  </xsl:template>

  <!-- The running-head title (ed:short-title), shortened to fit the head line. -->
  <xsl:function name="edf:short-title" as="xs:string">
    <xsl:variable name="t" select="if ($edf:root/tei:TEI/tei:teiHeader) then ed:short-title($edf:root) else ''"/>
    <xsl:sequence select="if (string-length($t) gt 70) then substring($t, 1, 67) || '…' else $t"/>
  </xsl:function>

</xsl:stylesheet>
