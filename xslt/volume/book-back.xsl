<?xml version="1.0" encoding="UTF-8"?>
<!--
  book-back.xsl - the back matter of a book (edition volume): the cumulative index of persons,
  places and organisations and the list of sources and archives, in two columns, its folios
  continuing the documents' (vol-first-page). Source: the volume description; parameter
  vol-facts: every document's facts (book-facts.xsl), whose ed:index shares are merged by
  ed:merge-indexes (registers.xsl): the heading of the first document that has the entry,
  every name form of every document, the folio of every occurrence (edv:at), and a "see"
  line from every other form.
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
  <xsl:include href="registers.xsl"/>

  <xsl:key name="edv:at" match="edv:at" use="@id"/>

  <xsl:param name="vol-facts" as="document-node()"/>
  <xsl:param name="vol-first-page" as="xs:integer"/>

  <xsl:variable name="edv:kinds" as="map(xs:string, xs:string)"
      select="map { 'person': 'Persons', 'place': 'Places', 'org': 'Organisations' }"/>

  <xsl:template match="/">
    <fo:root xml:lang="{$edf:doc-lang}">
      <xsl:call-template name="edv:layout-master-set"/>
      <xsl:call-template name="edf:declarations"/>
      <fo:page-sequence master-reference="edv-index" initial-page-number="{$vol-first-page}" force-page-count="end-on-even"
                        font-family="{edf:font-family($edf:doc-lang)}" font-size="{$edf:note-size}" line-height="1.35">
        <xsl:call-template name="edv:static-content">
          <xsl:with-param name="verso" select="edv:volume-title(/)"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body" text-align="start">
          <xsl:call-template name="edv:index"/>
        </fo:flow>
      </fo:page-sequence>
      <fo:page-sequence master-reference="edv-body" initial-page-number="auto-odd" force-page-count="end-on-even"
                        font-family="{edf:font-family($edf:doc-lang)}" font-size="{$edf:note-size}" line-height="1.35">
        <xsl:call-template name="edv:static-content">
          <xsl:with-param name="verso" select="edv:volume-title(/)"/>
        </xsl:call-template>
        <fo:flow flow-name="xsl-region-body" text-align="start">
          <xsl:call-template name="edv:sources"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <xsl:template name="edv:index">
    <xsl:call-template name="edv:section-head">
      <xsl:with-param name="id" select="'vol-index'"/>
      <xsl:with-param name="title" select="'Index of persons, places and organisations'"/>
    </xsl:call-template>
    <xsl:variable name="index" select="ed:merge-indexes($vol-facts//ed:index)"/>
    <xsl:for-each select="('person', 'place', 'org')[. = $index/ed:entry/@kind]">
      <xsl:variable name="kind" select="."/>
      <fo:block id="vol-index-{$kind}" font-weight="bold" font-size="{$edf:body-size}" space-before="10pt"
                space-after="4pt" keep-with-next.within-page="always" role="H2">
        <xsl:value-of select="$edv:kinds($kind)"/>
      </fo:block>
      <xsl:variable name="entries" select="$index/ed:entry[@kind = $kind]"/>
      <xsl:variable name="lines" as="element()*">
        <xsl:for-each select="$entries">
          <xsl:variable name="heading" select="string(@heading)"/>
          <edv:line sort="{@sort}" key="{@key}" heading="{$heading}">
            <xsl:for-each-group select="ed:form[. != $heading]" group-by="string(.)">
              <edv:form xml:lang="{@lang}"><xsl:value-of select="current-grouping-key()"/></edv:form>
            </xsl:for-each-group>
            <xsl:for-each select="distinct-values(ed:occurrence/@id ! key('edv:at', ., $vol-facts)/@page ! xs:integer(.))">
              <xsl:sort select="."/>
              <edv:page><xsl:value-of select="."/></edv:page>
            </xsl:for-each>
          </edv:line>
        </xsl:for-each>
        <xsl:for-each select="$index/ed:see[@key = $entries/@key]">
          <edv:see sort="{ed:index-sort-key(@from)}" from="{@from}" to="{@to}"/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:for-each select="$lines">
        <xsl:sort select="@sort"/>
        <xsl:apply-templates select="." mode="edv:index"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- Heo Ga-i (Ho Ka I; 허가이) 3, 17 — hanging indent, pages never split from the last word. -->
  <xsl:template match="edv:line" mode="edv:index">
    <fo:block start-indent="1.2em" text-indent="-1.2em" space-after="1.5pt" id="vol-ix-{@key}">
      <fo:inline font-weight="bold"><xsl:value-of select="@heading"/></fo:inline>
      <xsl:if test="edv:form">
        <xsl:text> (</xsl:text>
        <xsl:for-each select="edv:form">
          <xsl:if test="position() gt 1">; </xsl:if>
          <fo:inline>
            <!-- Hangul in the Korean chain; romanisations (ko-Latn) in the text face. -->
            <xsl:if test="matches(., '\p{IsHangulSyllables}')"><xsl:call-template name="edf:lang-attrs"/></xsl:if>
            <xsl:value-of select="."/>
          </fo:inline>
        </xsl:for-each>
        <xsl:text>)</xsl:text>
      </xsl:if>
      <xsl:text> </xsl:text>
      <fo:inline keep-together.within-line="always"><xsl:value-of select="edv:page" separator=", "/></fo:inline>
    </fo:block>
  </xsl:template>

  <xsl:template match="edv:see" mode="edv:index">
    <fo:block start-indent="1.2em" text-indent="-1.2em" space-after="1.5pt">
      <fo:inline>
        <xsl:if test="matches(@from, '\p{IsHangulSyllables}')"><xsl:call-template name="edf:lang-attrs"/></xsl:if>
        <xsl:value-of select="@from"/>
      </fo:inline>
      <fo:inline font-style="italic"> see </fo:inline>
      <xsl:value-of select="@to"/>
    </fo:block>
  </xsl:template>

  <!-- Sources and archives: by repository, each reference with the documents it holds. -->
  <xsl:template name="edv:sources">
    <xsl:call-template name="edv:section-head">
      <xsl:with-param name="id" select="'vol-sources'"/>
      <xsl:with-param name="title" select="'Sources and archives'"/>
    </xsl:call-template>
    <xsl:for-each-group select="$vol-facts//edv:doc" group-by="(@repository[normalize-space()], 'Other sources')[1]">
      <xsl:sort select="current-grouping-key()"/>
      <fo:block font-weight="bold" space-before="6pt" keep-with-next.within-page="always">
        <xsl:value-of select="current-grouping-key()"/>
        <xsl:if test="normalize-space(current-group()[1]/@country)">
          <xsl:value-of select="' (' || current-group()[1]/@country || ')'"/>
        </xsl:if>
      </fo:block>
      <xsl:for-each select="current-group()">
        <fo:block start-indent="1.2em" text-indent="-1.2em" space-after="1.5pt">
          <xsl:value-of select="(@idno[normalize-space()], @source[normalize-space()], 'no reference')[1]"/>
          <xsl:value-of select="' — Document ' || @n || ', p. ' || @first"/>
        </fo:block>
      </xsl:for-each>
    </xsl:for-each-group>
  </xsl:template>

</xsl:stylesheet>
