<?xml version="1.0" encoding="UTF-8"?>
<!--
  book-front.xsl - the front matter of a book (edition volume), from the volume description:
  half-title, title page, its verso (imprint, rights, how to cite), the table of contents
  (documents grouped by part, with the folios the bound parts received: parameter vol-facts)
  and the front divs (preface, editorial principles), in Roman folios. Typeset last, when
  every page number it cites is known; its own pages are cited with fo:page-number-citation.
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
  <xsl:include href="book-matter.xsl"/>

  <!-- <edv:volume><edv:part n id head/>… <edv:doc n part first last …><edv:title/>…</edv:doc>…
       <edv:back id title page/>…</edv:volume> -->
  <xsl:param name="vol-facts" as="document-node()"/>

  <xsl:variable name="edv:fd" select="/tei:TEI/tei:teiHeader/tei:fileDesc"/>

  <xsl:template match="/">
    <fo:root xml:lang="{$edf:doc-lang}">
      <xsl:call-template name="edv:layout-master-set"/>
      <xsl:call-template name="edf:declarations"/>
      <fo:page-sequence master-reference="edv-plain" initial-page-number="1" format="i" force-page-count="even"
                        font-family="{edf:font-family($edf:doc-lang)}" font-size="{$edf:body-size}" line-height="{$edf:leading}">
        <fo:flow flow-name="xsl-region-body">
          <xsl:call-template name="edv:half-title"/>
          <xsl:call-template name="edv:title-page"/>
          <xsl:call-template name="edv:imprint"/>
        </fo:flow>
      </fo:page-sequence>
      <fo:page-sequence master-reference="edv-body" format="i" force-page-count="end-on-even"
                        font-family="{edf:font-family($edf:doc-lang)}" font-size="{$edf:body-size}" line-height="{$edf:leading}">
        <xsl:call-template name="edv:static-content">
          <xsl:with-param name="verso" select="edv:volume-title(/)"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body" text-align="justify">
          <xsl:call-template name="edv:contents"/>
          <xsl:for-each select="/tei:TEI/tei:text/tei:front/tei:div">
            <fo:block break-before="odd-page">
              <xsl:call-template name="edv:section-head">
                <xsl:with-param name="id" select="'vol-front-' || position()"/>
                <xsl:with-param name="title" select="edv:front-title(.)"/>
              </xsl:call-template>
              <xsl:apply-templates select="* except tei:head"/>
            </fo:block>
          </xsl:for-each>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:function name="edv:front-title" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="(normalize-space($div/tei:head[1])[.],
                           map { 'preface': 'Preface', 'principles': 'Editorial principles' }(string($div/@type)),
                           'Introduction')[1]"/>
  </xsl:function>

  <xsl:template name="edv:half-title">
    <fo:block id="vol-half-title" text-align="center" space-before="60mm" space-before.conditionality="retain"
              font-size="16pt" role="P">
      <xsl:value-of select="normalize-space(($edv:fd/tei:titleStmt/tei:title[@type = 'main'], $edv:fd/tei:titleStmt/tei:title)[1])"/>
    </fo:block>
  </xsl:template>

  <xsl:template name="edv:title-page">
    <xsl:variable name="ts" select="$edv:fd/tei:titleStmt"/>
    <fo:block id="vol-title-page" break-before="odd-page" text-align="center" space-before="30mm"
              space-before.conditionality="retain">
      <xsl:for-each select="$ts/tei:title[@type = 'main']">
        <fo:block role="H1" line-height="1.3" space-after="8pt">
          <xsl:call-template name="edf:lang-attrs"/>
          <xsl:attribute name="font-size" select="if (position() = 1) then '22pt' else '16pt'"/>
          <xsl:if test="position() = 1"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
          <xsl:value-of select="normalize-space(.)"/>
        </fo:block>
      </xsl:for-each>
      <xsl:for-each select="$ts/tei:title[@type = 'sub']">
        <fo:block font-style="italic" font-size="13pt" space-after="6pt" line-height="1.3">
          <xsl:call-template name="edf:lang-attrs"/>
          <xsl:value-of select="normalize-space(.)"/>
        </fo:block>
      </xsl:for-each>
      <xsl:if test="$ts/tei:editor">
        <fo:block space-before="24mm" font-size="10pt" font-style="italic">Edited by</fo:block>
        <xsl:for-each select="$ts/tei:editor">
          <fo:block font-size="13pt" space-before="3pt"><xsl:value-of select="normalize-space(.)"/></fo:block>
        </xsl:for-each>
      </xsl:if>
      <xsl:variable name="ps" select="$edv:fd/tei:publicationStmt"/>
      <fo:block space-before="40mm" font-size="11pt" letter-spacing="0.05em">
        <xsl:value-of select="string-join(($ps/tei:publisher, $ps/tei:pubPlace, $ps/tei:date) ! normalize-space(.)[.], ' · ')"/>
      </fo:block>
    </fo:block>
  </xsl:template>

  <!-- The title page's verso: imprint at the foot (edition, series, publisher, rights, ISBN, citation). -->
  <xsl:template name="edv:imprint">
    <xsl:variable name="ps" select="$edv:fd/tei:publicationStmt"/>
    <!-- The verso's whole height, its content at the foot (display-align after). -->
    <fo:block-container break-before="even-page" display-align="after"
                        height="{$edf:geom/@height} - {$edf:geom/@top} - {$edf:geom/@bottom} - 1pt">
    <fo:block id="vol-imprint" font-size="{$edf:note-size}" line-height="1.45">
      <xsl:for-each select="$edv:fd/tei:editionStmt/tei:edition, $edv:fd/tei:seriesStmt">
        <fo:block space-after="4pt"><xsl:value-of select="normalize-space(.)"/></fo:block>
      </xsl:for-each>
      <fo:block space-after="4pt">
        <xsl:value-of select="'Published by ' || string-join(($ps/tei:publisher, $ps/tei:pubPlace) ! normalize-space(.)[.], ', ')
                              || (if ($ps/tei:date) then ', ' || normalize-space($ps/tei:date[1]) else '') || '.'"/>
      </fo:block>
      <xsl:for-each select="$ps/tei:availability">
        <fo:block space-after="4pt">
          <xsl:value-of select="normalize-space(.)"/>
          <xsl:for-each select=".//tei:licence/@target">
            <xsl:value-of select="' (' || . || ')'"/>
          </xsl:for-each>
        </fo:block>
      </xsl:for-each>
      <xsl:for-each select="$ps/tei:idno[@type = 'ISBN']">
        <fo:block space-after="4pt"><xsl:value-of select="'ISBN ' || normalize-space(.)"/></fo:block>
      </xsl:for-each>
      <xsl:for-each select="/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:p[matches(., 'cite', 'i')]">
        <fo:block space-before="4pt" font-style="italic"><xsl:value-of select="normalize-space(.)"/></fo:block>
      </xsl:for-each>
      <fo:block space-before="4pt">Typeset from TEI P5 with editionkit and Apache FOP.</fo:block>
    </fo:block>
    </fo:block-container>
  </xsl:template>

  <!-- Contents: front divs, parts with their documents, back matter; folios at the right. -->
  <xsl:template name="edv:contents">
    <xsl:call-template name="edv:section-head">
      <xsl:with-param name="id" select="'vol-contents'"/>
      <xsl:with-param name="title" select="'Contents'"/>
    </xsl:call-template>
    <xsl:for-each select="/tei:TEI/tei:text/tei:front/tei:div">
      <xsl:variable name="n" select="position()"/>
      <xsl:call-template name="edv:toc-line">
        <xsl:with-param name="label" select="edv:front-title(.)"/>
        <xsl:with-param name="ref" select="'vol-front-' || $n"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:variable name="facts" select="$vol-facts/edv:volume"/>
    <xsl:for-each-group select="$facts/edv:doc" group-adjacent="string(@part)">
      <xsl:variable name="part" select="$facts/edv:part[@n = current-grouping-key()]"/>
      <xsl:if test="$part">
        <fo:block font-weight="bold" space-before="10pt" space-after="3pt" keep-with-next.within-page="always"
                  id="vol-toc-part-{$part/@n}">
          <xsl:value-of select="$part/@head"/>
        </fo:block>
      </xsl:if>
      <xsl:for-each select="current-group()">
        <fo:list-block provisional-distance-between-starts="2.2em" provisional-label-separation="0.4em"
                       space-before="4pt" keep-together.within-page="always">
          <fo:list-item>
            <fo:list-item-label end-indent="label-end()"><fo:block text-align="end"><xsl:value-of select="@n"/></fo:block></fo:list-item-label>
            <fo:list-item-body start-indent="body-start()">
              <fo:block text-align-last="justify" text-align="start">
                <xsl:value-of select="(edv:title[@xml:lang = 'en'], edv:title)[1]"/>
                <xsl:if test="normalize-space(@date)"><fo:inline font-style="italic"><xsl:value-of select="', ' || @date"/></fo:inline></xsl:if>
                <fo:leader leader-pattern="dots" leader-pattern-width="4pt" leader-length.minimum="2em"/>
                <fo:inline keep-together.within-line="always"><xsl:value-of select="@first"/></fo:inline>
              </fo:block>
              <xsl:for-each select="edv:title[not(@xml:lang = 'en')][1]">
                <fo:block font-size="0.9em" color="#333333" text-align="start">
                  <xsl:call-template name="edf:lang-attrs"><xsl:with-param name="node" select="."/></xsl:call-template>
                  <xsl:value-of select="."/>
                </fo:block>
              </xsl:for-each>
            </fo:list-item-body>
          </fo:list-item>
        </fo:list-block>
      </xsl:for-each>
    </xsl:for-each-group>
    <fo:block space-before="10pt"/>
    <xsl:for-each select="$facts/edv:back">
      <xsl:call-template name="edv:toc-line">
        <xsl:with-param name="label" select="string(@title)"/>
        <xsl:with-param name="folio" select="string(@page)"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="edv:toc-line">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="ref" as="xs:string?" select="()"/>
    <xsl:param name="folio" as="xs:string?" select="()"/>
    <fo:block text-align-last="justify" text-align="start" space-before="4pt">
      <xsl:value-of select="$label"/>
      <fo:leader leader-pattern="dots" leader-pattern-width="4pt" leader-length.minimum="2em"/>
      <xsl:choose>
        <xsl:when test="exists($ref)"><fo:page-number-citation ref-id="{$ref}"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$folio"/></xsl:otherwise>
      </xsl:choose>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
