<?xml version="1.0" encoding="UTF-8"?>
<!--
  site-common.xsl - what the volume site's pages share.

  vs:page($n)                 the base name of document N's page: docN (docN.html, docN.xml)
  vs:occurrence-href($occ)    docN.html#ANCHOR for an ed:occurrence (its id is dN-ANCHOR)
  vs:document-summary($doc, $n)  what the contents and index pages say about document N, so
                              they need not hold the document itself:
                              <vs:document n page date short>
                                <vs:title lang>…</vs:title>…  (one per translation language)
                                <vs:source>repository, reference number</vs:source>
                              </vs:document>
  vs:volume-title($vol, $lang)  the volume's main title in a language (else any main title)
  template vs:frame           the page around a volume page's content (head with the edition's
                              inlined CSS plus the volume's, masthead, navigation, footer)
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:h="urn:editionkit:html"
    xmlns:vs="urn:editionkit:volume-site"
    exclude-result-prefixes="#all">

  <xsl:variable name="vs:css" static="yes" as="xs:string" select="unparsed-text(resolve-uri('assets/volume.css', static-base-uri()))"/>

  <xsl:function name="vs:page" as="xs:string">
    <xsl:param name="n" as="xs:integer"/>
    <xsl:sequence select="'doc' || $n"/>
  </xsl:function>

  <xsl:function name="vs:occurrence-href" as="xs:string">
    <xsl:param name="occ" as="element(ed:occurrence)"/>
    <xsl:sequence select="vs:page(xs:integer($occ/@doc)) || '.html#' || substring-after($occ/@id, '-')"/>
  </xsl:function>

  <xsl:function name="vs:document-summary" visibility="public" as="element(vs:document)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:variable name="langs" select="subsequence(distinct-values((ed:translations($doc)/@xml:lang, $doc/*/@xml:lang, 'en')), 1, 2)"/>
    <vs:document n="{$n}" page="{vs:page($n)}" date="{ed:document-date($doc)}" short="{ed:short-title($doc)}">
      <xsl:for-each select="$langs">
        <xsl:variable name="t" select="ed:title($doc, .)"/>
        <xsl:if test="position() eq 1 or $t ne ed:title($doc, $langs[1])">
          <vs:title lang="{.}"><xsl:value-of select="$t"/></vs:title>
        </xsl:if>
      </xsl:for-each>
      <vs:source><xsl:value-of select="string-join((ed:repository($doc), ed:reference-number($doc))[normalize-space()], ', ')"/></vs:source>
    </vs:document>
  </xsl:function>

  <xsl:function name="vs:volume-title" as="xs:string">
    <xsl:param name="vol" as="document-node()?"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="if ($vol) then ed:title($vol, $lang) else 'Volume'"/>
  </xsl:function>

  <!-- A volume page: $title for the head, $kicker above the volume's title, $lead below it (in the
       masthead), $content the main element's content; $current names the page in the navigation. -->
  <xsl:template name="vs:frame">
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="kicker" as="xs:string"/>
    <xsl:param name="current" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:param name="lead" as="node()*" select="()"/>
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="$title"/></title>
        <meta name="generator" content="edition (TEI P5 scholarly-edition toolkit)"/>
        <style><xsl:value-of select="$h:css"/></style>
        <style><xsl:value-of select="$vs:css"/></style>
      </head>
      <body class="volume-page">
        <a class="skip" href="#main">Skip to the content</a>
        <header class="masthead">
          <p class="kicker"><xsl:value-of select="$kicker"/></p>
          <h1><xsl:value-of select="vs:volume-title($vs:volume, 'en')"/></h1>
          <xsl:variable name="ko" select="vs:volume-title($vs:volume, 'ko')"/>
          <xsl:if test="$ko ne vs:volume-title($vs:volume, 'en')">
            <p class="subtitle" lang="ko"><xsl:value-of select="$ko"/></p>
          </xsl:if>
          <xsl:sequence select="$lead"/>
        </header>
        <xsl:call-template name="vs:volume-nav">
          <xsl:with-param name="current" select="$current"/>
        </xsl:call-template>
        <main id="main">
          <xsl:sequence select="$content"/>
        </main>
        <xsl:call-template name="vs:footer"/>
      </body>
    </html>
  </xsl:template>

  <!-- The volume's navigation: contents, index, and on a document's page its neighbours. -->
  <xsl:template name="vs:volume-nav">
    <xsl:param name="current" as="xs:string"/>
    <nav class="volume-nav" aria-label="Volume">
      <ul>
        <li><a href="index.html">
          <xsl:if test="$current eq 'contents'"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>Contents</a></li>
        <xsl:if test="$current eq 'document'">
          <li class="volume-position">Document <xsl:value-of select="$vs:n"/> of <xsl:value-of select="$vs:count"/></li>
          <xsl:if test="$vs:n gt 1">
            <li><a href="{vs:page($vs:n - 1)}.html" rel="prev">Previous document</a></li>
          </xsl:if>
          <xsl:if test="$vs:n lt $vs:count">
            <li><a href="{vs:page($vs:n + 1)}.html" rel="next">Next document</a></li>
          </xsl:if>
        </xsl:if>
        <li><a href="volume-index.html">
          <xsl:if test="$current eq 'index'"><xsl:attribute name="aria-current" select="'page'"/></xsl:if>Index of the volume</a></li>
        <xsl:if test="$vs:book">
          <li><a href="{$vs:book}">Book (PDF)</a></li>
        </xsl:if>
      </ul>
    </nav>
  </xsl:template>

  <xsl:template name="vs:footer">
    <footer class="colophon">
      <p>
        <xsl:value-of select="vs:volume-title($vs:volume, 'en')"/>
        <xsl:for-each select="$vs:volume/*/tei:teiHeader/tei:fileDesc/tei:publicationStmt">
          <xsl:value-of select="' · ' || string-join((tei:publisher, tei:pubPlace, tei:date) ! normalize-space()[.], ', ')"/>
        </xsl:for-each>
      </p>
    </footer>
  </xsl:template>

</xsl:stylesheet>
