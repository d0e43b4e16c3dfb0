<?xml version="1.0" encoding="UTF-8"?>
<!--
  site-document.xsl - a document's page in the volume site (docN.html): the document's HTML
  edition page exactly as xslt/html/edition.xsl makes it (xsl:next-match), then one copying pass
  that adds what the volume needs:
    - the volume navigation (contents, document N of M, previous/next, the cumulative index)
      after the skip link;
    - in the document's own index, a link from each entry to the same entry in the volume index;
    - a footer naming the volume, and in the footer and "About this document" links to the page's
      TEI (docN.xml) and the book PDF, if any, instead of the single document's PDF, which the
      site does not have.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:editionkit:functions"
    xmlns:vs="urn:editionkit:volume-site"
    exclude-result-prefixes="#all">

  <xsl:template match="/">
    <xsl:variable name="doc" select="."/>
    <xsl:variable name="page" as="document-node()">
      <xsl:document><xsl:next-match/></xsl:document>
    </xsl:variable>
    <xsl:apply-templates select="$page" mode="vs:document">
      <xsl:with-param name="short" tunnel="yes" select="ed:short-title($doc)"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:mode name="vs:document" on-no-match="shallow-copy"/>

  <xsl:template match="a[@class = 'skip']" mode="vs:document">
    <xsl:next-match/>
    <xsl:call-template name="vs:volume-nav">
      <xsl:with-param name="current" select="'document'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="head/style[1]" mode="vs:document">
    <xsl:next-match/>
    <style><xsl:value-of select="$vs:css"/></style>
  </xsl:template>

  <xsl:template match="li[@class = 'index-entry'][starts-with(@id, 'idx-')]" mode="vs:document">
    <xsl:copy>
      <xsl:apply-templates select="@* | node()" mode="vs:document"/>
      <a class="vi-link" href="volume-index.html#vi-{substring-after(@id, 'idx-')}">In all documents</a>
    </xsl:copy>
  </xsl:template>

  <!-- "Download": the site has the book, not the document's own PDF. -->
  <xsl:template match="a[@class = 'download'][@href = $name || '.pdf']" mode="vs:document">
    <xsl:if test="$vs:book">
      <a class="download" href="{$vs:book}" type="application/pdf">The book for print (<xsl:value-of select="$vs:book"/>)</a>
    </xsl:if>
  </xsl:template>

  <xsl:template match="text()[not($vs:book)][following-sibling::node()[1][self::a[@class = 'download'][@href = $name || '.pdf']]]"
      mode="vs:document"/>

  <xsl:template match="footer[@class = 'colophon']" mode="vs:document">
    <xsl:param name="short" tunnel="yes" as="xs:string"/>
    <footer class="colophon">
      <p>
        <xsl:value-of select="$short || ' · No. ' || $vs:n || ' in ' || vs:volume-title($vs:volume, 'en')"/>
        <xsl:text> · TEI source: </xsl:text><a href="{$name}.xml"><xsl:value-of select="$name"/>.xml</a>
        <xsl:if test="$vs:book">
          <xsl:text> · Print version: </xsl:text><a href="{$vs:book}"><xsl:value-of select="$vs:book"/></a>
        </xsl:if>
      </p>
    </footer>
  </xsl:template>

</xsl:stylesheet>
