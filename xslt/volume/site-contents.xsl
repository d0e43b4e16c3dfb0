<?xml version="1.0" encoding="UTF-8"?>
<!--
  site-contents.xsl - the contents page of the volume site (index.html), initial template
  vs:contents (the volume description is $vs:volume): the title page data (titles, sub title and
  editors in the masthead; edition, imprint, licence, ISBN, series, sources, how to cite at the
  end, "About this volume"), the contents (front matter, the documents by part, each with its
  number, date, titles in both languages and source, linked to its page, the index) and the
  front matter itself (preface, editorial principles). Documents come from $vs:summaries (by position), so
  the page never needs the documents themselves.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:h="urn:editionkit:html"
    xmlns:vs="urn:editionkit:volume-site"
    exclude-result-prefixes="#all">

  <xsl:template name="vs:contents">
    <xsl:variable name="vol" select="$vs:volume"/>
    <xsl:variable name="fd" select="$vol/tei:TEI/tei:teiHeader/tei:fileDesc"/>
    <xsl:call-template name="vs:frame">
      <xsl:with-param name="title" select="vs:volume-title($vol, 'en') || ': contents'"/>
      <xsl:with-param name="kicker" select="string-join(('Volume', $fd/tei:editionStmt/tei:edition ! normalize-space()[.]), ' · ')"/>
      <xsl:with-param name="current" select="'contents'"/>
      <xsl:with-param name="lead">
        <xsl:for-each select="$fd/tei:titleStmt/tei:title[@type = 'sub']">
          <p class="volume-sub">
            <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
            <xsl:value-of select="normalize-space()"/>
          </p>
        </xsl:for-each>
        <xsl:if test="$fd/tei:titleStmt/tei:editor">
          <xsl:variable name="eds" select="$fd/tei:titleStmt/tei:editor ! normalize-space()"/>
          <p class="volume-editors">Edited by <xsl:value-of select="if (count($eds) gt 1)
              then string-join($eds[position() lt last()], ', ') || ' and ' || $eds[last()] else $eds"/></p>
        </xsl:if>
      </xsl:with-param>
      <xsl:with-param name="content">
        <nav id="contents" class="volume-contents" aria-labelledby="h-contents">
          <h2 id="h-contents">Contents</h2>
          <xsl:variable name="front" select="$vol/tei:TEI/tei:text/tei:front/tei:div"/>
          <xsl:if test="exists($front)">
            <ul class="front-list">
              <xsl:for-each select="$front">
                <li><a href="#{vs:front-id(.)}"><xsl:value-of select="vs:front-head(.)"/></a></li>
              </xsl:for-each>
            </ul>
          </xsl:if>
          <xsl:apply-templates select="$vol/tei:TEI/tei:text/tei:body/*" mode="vs:contents"/>
          <ul class="back-list">
            <li><a href="volume-index.html">Index of persons, places and organisations</a></li>
            <li><a href="#title-page">About this volume</a></li>
          </ul>
        </nav>
        <xsl:for-each select="$vol/tei:TEI/tei:text/tei:front/tei:div">
          <section id="{vs:front-id(.)}" class="front-matter" aria-labelledby="h-{vs:front-id(.)}">
            <h2 id="h-{vs:front-id(.)}"><xsl:value-of select="vs:front-head(.)"/></h2>
            <xsl:apply-templates select="* except tei:head"/>
          </section>
        </xsl:for-each>
        <section id="title-page" class="title-page" aria-labelledby="h-title-page">
          <h2 id="h-title-page">About this volume</h2>
          <dl class="imprint">
            <xsl:call-template name="vs:fact">
              <xsl:with-param name="label" select="if (count($fd/tei:titleStmt/tei:editor) gt 1) then 'Editors' else 'Editor'"/>
              <xsl:with-param name="values" select="$fd/tei:titleStmt/tei:editor ! normalize-space()"/>
            </xsl:call-template>
            <xsl:call-template name="vs:fact">
              <xsl:with-param name="label" select="'Edition'"/>
              <xsl:with-param name="values" select="$fd/tei:editionStmt/tei:edition ! normalize-space()"/>
            </xsl:call-template>
            <xsl:for-each select="$fd/tei:publicationStmt">
              <xsl:call-template name="vs:fact">
                <xsl:with-param name="label" select="'Published'"/>
                <xsl:with-param name="values" select="string-join((tei:publisher, tei:pubPlace, tei:date) ! normalize-space()[.], ', ')[.]"/>
              </xsl:call-template>
              <xsl:call-template name="vs:fact">
                <xsl:with-param name="label" select="'Licence'"/>
                <xsl:with-param name="values" select="tei:availability/(tei:licence, tei:p) ! normalize-space()"/>
              </xsl:call-template>
              <xsl:call-template name="vs:fact">
                <xsl:with-param name="label" select="'ISBN'"/>
                <xsl:with-param name="values" select="tei:idno[@type = 'ISBN'] ! normalize-space()"/>
              </xsl:call-template>
            </xsl:for-each>
            <xsl:call-template name="vs:fact">
              <xsl:with-param name="label" select="'Series'"/>
              <xsl:with-param name="values" select="$fd/tei:seriesStmt ! string-join((tei:title, tei:biblScope) ! normalize-space()[.], ', ')"/>
            </xsl:call-template>
            <xsl:call-template name="vs:fact">
              <xsl:with-param name="label" select="'Sources'"/>
              <xsl:with-param name="values" select="$fd/tei:sourceDesc/tei:p ! normalize-space()"/>
            </xsl:call-template>
            <xsl:call-template name="vs:fact">
              <xsl:with-param name="label" select="'How to cite'"/>
              <xsl:with-param name="values" select="$vol/tei:TEI/tei:teiHeader/tei:encodingDesc/tei:p
                                                    ! replace(normalize-space(), '^How to cite:\s*', '')"/>
            </xsl:call-template>
          </dl>
        </section>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <!-- One line of the imprint; nothing when there is no value. -->
  <xsl:template name="vs:fact">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="values" as="xs:string*"/>
    <xsl:if test="exists($values[.])">
      <dt><xsl:value-of select="$label"/></dt>
      <xsl:for-each select="$values[.]"><dd><xsl:value-of select="."/></dd></xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:function name="vs:front-id" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="'front-' || (($div/@xml:id, $div/@type)[1], string(count($div/preceding-sibling::tei:div) + 1))[1]"/>
  </xsl:function>

  <xsl:function name="vs:front-head" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="(normalize-space($div/tei:head[1])[.],
                          map { 'preface': 'Preface', 'principles': 'Editorial principles' }(string($div/@type)), 'Front matter')[1]"/>
  </xsl:function>

  <!-- A part: its heading and its documents (ptr at any depth below it). -->
  <xsl:template match="tei:div" mode="vs:contents">
    <section class="part" aria-labelledby="h-{vs:part-id(.)}">
      <h3 id="h-{vs:part-id(.)}"><xsl:value-of select="normalize-space(tei:head[1])"/></h3>
      <ol class="document-list">
        <xsl:apply-templates select=".//tei:ptr[@type = 'document']" mode="vs:contents"/>
      </ol>
    </section>
  </xsl:template>

  <!-- A document outside any part (a volume without parts). -->
  <xsl:template match="tei:body/tei:ptr[@type = 'document']" mode="vs:contents" priority="2">
    <ol class="document-list">
      <xsl:next-match/>
    </ol>
  </xsl:template>

  <xsl:template match="tei:ptr[@type = 'document']" mode="vs:contents">
    <xsl:variable name="n" select="count(preceding::tei:ptr[@type = 'document']) + 1"/>
    <xsl:variable name="s" select="$vs:summaries[xs:integer(@n) eq $n]"/>
    <li class="document-entry" value="{$n}">
      <span class="doc-number">No. <xsl:value-of select="$n"/></span>
      <xsl:if test="$s/@date ne ''"><xsl:text> </xsl:text><span class="doc-date"><xsl:value-of select="$s/@date"/></span></xsl:if>
      <a class="doc-title" href="{vs:page($n)}.html">
        <span lang="{$s/vs:title[1]/@lang}"><xsl:value-of select="$s/vs:title[1]"/></span>
      </a>
      <xsl:for-each select="$s/vs:title[position() gt 1]">
        <span class="doc-title-other" lang="{@lang}"><xsl:value-of select="."/></span>
      </xsl:for-each>
      <xsl:if test="normalize-space($s/vs:source)">
        <span class="doc-source"><xsl:value-of select="$s/vs:source"/></span>
      </xsl:if>
    </li>
  </xsl:template>

  <xsl:template match="node()" mode="vs:contents"/>

  <xsl:function name="vs:part-id" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="string(($div/@xml:id, 'part-' || count($div/preceding::tei:div) + 1)[1])"/>
  </xsl:function>

</xsl:stylesheet>
