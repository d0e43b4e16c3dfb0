<?xml version="1.0" encoding="UTF-8"?>
<!--
  labels.xsl - the few interface words the page prints, per language, and small helpers
  every HTML module shares (id/lang attributes, heading levels). Add a language by adding a
  map entry; an unknown language falls back to English.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:h="urn:editionkit:html"
    exclude-result-prefixes="#all">

  <xsl:variable name="h:labels" as="map(xs:string, map(xs:string, xs:string))" select="map {
      'en': map { 'lang': 'English', 'translator': 'Translator’s note', 'editorial': 'Editorial note',
                  'note': 'Note', 'notes-to': 'Notes to the English translation' },
      'ko': map { 'lang': '한국어', 'translator': '역주', 'editorial': '편집자 주', 'note': '주',
                  'notes-to': 'Notes to the Korean translation' } }"/>

  <xsl:function name="h:label" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="l" select="($h:labels(substring-before($lang || '-', '-')), $h:labels('en'))[1]"/>
    <xsl:sequence select="($l($key), $h:labels('en')($key), $key)[1]"/>
  </xsl:function>

  <!-- The name of a language for a reader: from langUsage, else the label table, else the code. -->
  <xsl:function name="h:lang-name" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="declared" select="root($doc)//tei:langUsage/tei:language[@ident = $lang][1]"/>
    <xsl:sequence select="if (map:contains($h:labels, $lang)) then h:label('lang', $lang)
                          else if (normalize-space($declared)) then normalize-space($declared) else $lang"
                  xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
  </xsl:function>

  <!-- id and lang of a TEI element carried over to the HTML element being written. -->
  <xsl:template name="h:attrs">
    <xsl:param name="class" as="xs:string?" select="()"/>
    <xsl:param name="h:copy-ids" tunnel="yes" as="xs:boolean" select="true()"/>
    <xsl:if test="@xml:id and $h:copy-ids"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
    <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
    <xsl:variable name="rend" select="tokenize(normalize-space(@rend))[matches(., '^[\w-]+$')] ! ('rend-' || .)"/>
    <xsl:variable name="all" select="normalize-space(string-join(($class, $rend), ' '))"/>
    <xsl:if test="$all"><xsl:attribute name="class" select="$all"/></xsl:if>
  </xsl:template>

  <!-- HTML heading level of a TEI head in a div: the page title is h1, page sections h2. -->
  <xsl:function name="h:heading-level" as="xs:integer">
    <xsl:param name="head" as="element()"/>
    <xsl:sequence select="min((6, 2 + count($head/ancestor::*[self::tei:div or matches(local-name(), '^div\d$')])))"/>
  </xsl:function>

</xsl:stylesheet>
