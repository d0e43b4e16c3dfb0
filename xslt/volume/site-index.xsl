<?xml version="1.0" encoding="UTF-8"?>
<!--
  site-index.xsl - the cumulative index page of the volume site (volume-index.html), initial
  template vs:index, rendering the ed:index model ($vs:index, see registers.xsl): persons,
  places and organisations, each entry under its heading with every name form (labelled) and
  every occurrence in every document, by document and language, linked to docN.html#ANCHOR;
  the "see" references from variant forms stand among the entries of their kind, in
  alphabetical order, and link to the entry.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:ed="urn:editionkit:functions"
    xmlns:h="urn:editionkit:html"
    xmlns:vs="urn:editionkit:volume-site"
    exclude-result-prefixes="#all">

  <xsl:variable name="vs:kinds" as="map(xs:string, xs:string)"
      select="map { 'person': 'Persons', 'place': 'Places', 'org': 'Organisations' }"/>
  <xsl:variable name="vs:lang-names" as="map(xs:string, xs:string)"
      select="map { 'en': 'English', 'ko': 'Korean' }"/>

  <xsl:template name="vs:index">
    <xsl:variable name="index" select="$vs:index"/>
    <xsl:call-template name="vs:frame">
      <xsl:with-param name="title" select="vs:volume-title($vs:volume, 'en') || ': index'"/>
      <xsl:with-param name="kicker" select="'Cumulative index of ' || count($vs:summaries) || ' documents'"/>
      <xsl:with-param name="current" select="'index'"/>
      <xsl:with-param name="content">
        <h2 id="h-volume-index" class="index-title">Index of persons, places and organisations</h2>
        <p class="index-help">Every name form any document gives is listed with its entry; other forms
          refer to the heading (“see”). Occurrences are cited by document number and paragraph (§) in
          each translation and link to the place in the document.</p>
        <nav class="index-kinds" aria-label="Index sections">
          <ul>
            <xsl:for-each select="('person', 'place', 'org')[. = $index/ed:entry/@kind]">
              <li><a href="#index-{.}"><xsl:value-of select="$vs:kinds(.)"/></a></li>
            </xsl:for-each>
          </ul>
        </nav>
        <xsl:for-each select="('person', 'place', 'org')">
          <xsl:variable name="kind" select="."/>
          <xsl:variable name="entries" select="$index/ed:entry[@kind = $kind]"/>
          <xsl:if test="exists($entries)">
            <section id="index-{$kind}" class="volume-index" aria-labelledby="h-index-{$kind}">
              <h3 id="h-index-{$kind}"><xsl:value-of select="$vs:kinds($kind)"/></h3>
              <ul class="vi-list">
                <xsl:for-each select="$entries | $index/ed:see[@key = $entries/@key]">
                  <xsl:sort select="if (self::ed:entry) then string(@sort) else ed:index-sort-key(@from)"/>
                  <xsl:sort select="if (self::ed:entry) then 0 else 1"/>
                  <xsl:apply-templates select="." mode="vs:index"/>
                </xsl:for-each>
              </ul>
            </section>
          </xsl:if>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="ed:entry" mode="vs:index">
    <li id="vi-{@key}" class="vi-entry">
      <span class="entry-name"><xsl:value-of select="@heading"/></span>
      <xsl:variable name="forms" select="ed:form"/>
      <xsl:if test="exists($forms)">
        <span class="forms">
          <xsl:for-each select="$forms">
            <span class="form">
              <span class="form-label"><xsl:value-of select="($vs:lang-names(string(@label)), @label)[1]"/></span>
              <xsl:text> </xsl:text>
              <span class="form-value">
                <xsl:if test="@lang ne ''"><xsl:attribute name="lang" select="@lang"/></xsl:if>
                <xsl:value-of select="."/>
              </span>
            </span>
          </xsl:for-each>
        </span>
      </xsl:if>
      <ul class="vi-occurrences">
        <xsl:for-each-group select="ed:occurrence" group-by="@doc">
          <xsl:variable name="n" select="xs:integer(current-grouping-key())"/>
          <xsl:variable name="s" select="$vs:summaries[xs:integer(@n) eq $n]"/>
          <li>
            <a class="vi-doc" href="{vs:page($n)}.html" title="{($s/vs:title)[1]}">No. <xsl:value-of select="$n"/></a>
            <xsl:for-each-group select="current-group()" group-by="@lang">
              <xsl:text> </xsl:text>
              <span class="occurrences">
                <xsl:if test="current-grouping-key() ne ''"><xsl:attribute name="lang" select="current-grouping-key()"/></xsl:if>
                <span class="occ-lang" lang="en">
                  <xsl:value-of select="($vs:lang-names(current-grouping-key()), current-grouping-key(), 'Text')[.][1]"/>
                </span>
                <xsl:text> </xsl:text>
                <!-- A repeated locator (two mentions in one paragraph) is numbered, as in the edition. -->
                <xsl:iterate select="current-group()">
                  <xsl:param name="seen" as="map(xs:string, xs:integer)" select="map{}"/>
                  <xsl:variable name="nth" select="($seen(string(@loc)), 0)[1] + 1"/>
                  <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
                  <a class="occ" href="{vs:occurrence-href(.)}"><xsl:value-of select="@loc || (if ($nth gt 1) then ' (' || $nth || ')' else '')"/></a>
                  <xsl:next-iteration>
                    <xsl:with-param name="seen" select="map:put($seen, string(@loc), $nth)"/>
                  </xsl:next-iteration>
                </xsl:iterate>
              </span>
            </xsl:for-each-group>
          </li>
        </xsl:for-each-group>
      </ul>
    </li>
  </xsl:template>

  <xsl:template match="ed:see" mode="vs:index">
    <li class="vi-see">
      <span class="see-from"><xsl:if test="matches(@from, '\p{IsHangulSyllables}')"><xsl:attribute name="lang" select="'ko'"/></xsl:if><xsl:value-of select="@from"/></span>
      <xsl:text> </xsl:text><span class="see">see</span><xsl:text> </xsl:text>
      <a href="#vi-{@key}"><xsl:value-of select="@to"/></a>
    </li>
  </xsl:template>

</xsl:stylesheet>
