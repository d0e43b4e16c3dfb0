<?xml version="1.0" encoding="UTF-8"?>
<!--
  metadata.xsl - what a PDF reader's "properties" and outline show. XMP in fo:declarations
  (FOP merges it into the document XMP and fills the Info dictionary from it: dc:title → Title,
  dc:creator → Author, dc:description → Subject, pdf:Keywords → Keywords). dc:title is an
  rdf:Alt so PDF/A and PDF/UA validators accept it. Bookmarks: title page, the edition with its
  sections, the distribution, the apparatus.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:edf="urn:editionkit:fo"
    xmlns:x="adobe:ns:meta/"
    xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    exclude-result-prefixes="#all">

  <xsl:variable name="edf:header" as="element()?" select="$edf:root/tei:TEI/tei:teiHeader"/>

  <xsl:function name="edf:title" as="xs:string">
    <xsl:variable name="ts" select="$edf:header/tei:fileDesc/tei:titleStmt"/>
    <xsl:variable name="t" select="normalize-space(string-join((
        $ts/tei:title[@type = 'main'][@xml:lang = $edf:doc-lang],
        $ts/tei:title[@type = 'main'], $ts/tei:title)[1]//text()[not(ancestor::tei:note)]))"/>
    <xsl:sequence select="if ($t) then $t else $display-name"/>
  </xsl:function>

  <xsl:function name="edf:authors" as="xs:string*">
    <xsl:sequence select="$edf:header/tei:fileDesc/tei:titleStmt/tei:author ! normalize-space(.)[.]"/>
  </xsl:function>

  <xsl:function name="edf:subject" as="xs:string">
    <xsl:variable name="abs" select="normalize-space(string-join($edf:header/tei:profileDesc/tei:abstract[1]//text(), ' '))"/>
    <xsl:sequence select="if ($abs) then $abs else edf:title()"/>
  </xsl:function>

  <xsl:function name="edf:keywords" as="xs:string*">
    <xsl:sequence select="distinct-values($edf:header/tei:profileDesc/tei:textClass//tei:term ! normalize-space(.)[.])"/>
  </xsl:function>

  <xsl:function name="edf:languages" as="xs:string*">
    <xsl:variable name="declared" select="$edf:header/tei:profileDesc/tei:langUsage/tei:language/@ident ! string(.)"/>
    <xsl:sequence select="distinct-values(if (exists($declared)) then $declared
                          else ($edf:doc-lang, $edf:translations/@xml:lang ! string(.)))"/>
  </xsl:function>

  <xsl:template name="edf:declarations">
    <fo:declarations>
      <x:xmpmeta>
        <rdf:RDF>
          <rdf:Description rdf:about="">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="edf:title()"/></rdf:li></rdf:Alt></dc:title>
            <xsl:if test="exists(edf:authors())">
              <dc:creator><rdf:Seq><xsl:for-each select="edf:authors()"><rdf:li><xsl:value-of select="."/></rdf:li></xsl:for-each></rdf:Seq></dc:creator>
            </xsl:if>
            <dc:description><rdf:Alt><rdf:li xml:lang="x-default"><xsl:value-of select="edf:subject()"/></rdf:li></rdf:Alt></dc:description>
            <xsl:if test="exists(edf:keywords())">
              <dc:subject><rdf:Bag><xsl:for-each select="edf:keywords()"><rdf:li><xsl:value-of select="."/></rdf:li></xsl:for-each></rdf:Bag></dc:subject>
            </xsl:if>
            <dc:language><rdf:Bag><xsl:for-each select="edf:languages()"><rdf:li><xsl:value-of select="."/></rdf:li></xsl:for-each></rdf:Bag></dc:language>
          </rdf:Description>
          <rdf:Description rdf:about="">
            <xsl:if test="exists(edf:keywords())">
              <pdf:Keywords><xsl:value-of select="string-join(edf:keywords(), ', ')"/></pdf:Keywords>
            </xsl:if>
          </rdf:Description>
          <rdf:Description rdf:about="">
            <xmp:CreatorTool>editionkit edition pdf</xmp:CreatorTool>
          </rdf:Description>
        </rdf:RDF>
      </x:xmpmeta>
    </fo:declarations>
  </xsl:template>

  <xsl:template name="edf:bookmarks">
    <fo:bookmark-tree>
      <fo:bookmark internal-destination="edf-title-page">
        <fo:bookmark-title>Title page</fo:bookmark-title>
      </fo:bookmark>
      <fo:bookmark internal-destination="edf-edition">
        <fo:bookmark-title><xsl:value-of select="if (exists($edf:translations)) then 'Edition' else 'Text'"/></fo:bookmark-title>
        <xsl:for-each select="edf:bookmark-sections()">
          <fo:bookmark internal-destination="{edf:id(.)}">
            <fo:bookmark-title><xsl:value-of select="edf:section-label(.)"/></fo:bookmark-title>
          </fo:bookmark>
        </xsl:for-each>
      </fo:bookmark>
      <xsl:if test="$layout = 'sequential' and count($edf:translations) ge 2">
        <xsl:for-each select="$edf:translations">
          <fo:bookmark internal-destination="{edf:id(.)}">
            <fo:bookmark-title><xsl:value-of select="edf:translation-label(.)"/></fo:bookmark-title>
          </fo:bookmark>
        </xsl:for-each>
      </xsl:if>
      <xsl:if test="exists(edf:apparatus-entries())">
        <fo:bookmark internal-destination="{if (some $a in edf:apparatus-entries() satisfies not(edf:in-foot($a))) then 'edf-apparatus' else edf:id(edf:apparatus-entries()[1])}">
          <fo:bookmark-title>Apparatus</fo:bookmark-title>
        </fo:bookmark>
      </xsl:if>
    </fo:bookmark-tree>
  </xsl:template>

  <!-- The divisions that get a bookmark: numbered sections (and the distribution) of the
       leading text, or the top-level divs of a single text. -->
  <xsl:function name="edf:bookmark-sections" as="element()*">
    <xsl:sequence select="if (exists($edf:translations))
        then $edf:translations[1]//tei:div[@type = ('section', 'distribution')]
        else ($edf:root/tei:TEI/tei:text/(tei:front, tei:body, tei:back)/tei:div[tei:head])"/>
  </xsl:function>

  <xsl:function name="edf:section-label" as="xs:string">
    <xsl:param name="div" as="element()"/>
    <xsl:variable name="head" select="normalize-space(string-join($div/tei:head[1]//text()[not(ancestor::tei:note)], ''))"/>
    <xsl:variable name="num" select="if ($div/@type = 'section' and $div/@n and not(matches($head, '^\d'))) then normalize-space($div/@n) || '. ' else ''"/>
    <!-- A section without a heading is named by the opening words of its first paragraph. -->
    <xsl:variable name="opening" select="replace(normalize-space(string-join($div/tei:p[1]//text()[not(ancestor::tei:note)], '')), '^\d+\.\s*', '')"/>
    <xsl:variable name="words" select="if (string-length($opening) gt 48) then replace(substring($opening, 1, 48), '\s+\S*$', '') || '…' else $opening"/>
    <xsl:sequence select="$num || (if ($head) then $head else if ($div/@type = 'distribution') then 'Distribution'
                          else if ($words) then $words else 'Section')"/>
  </xsl:function>

  <xsl:function name="edf:translation-label" as="xs:string">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:variable name="l" select="edf:chain-key($text/@xml:lang)"/>
    <xsl:sequence select="if ($l = 'ko') then '한국어 번역 (Korean translation)'
                          else if ($text/@xml:lang = 'en') then 'English translation'
                          else 'Translation (' || $text/@xml:lang || ')'"/>
  </xsl:function>

  <!-- An FO id for a TEI element: its xml:id (unique in the TEI), else a generated one. -->
  <xsl:function name="edf:id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="ed:anchor-id($e)"/>
  </xsl:function>

</xsl:stylesheet>
