<?xml version="1.0" encoding="UTF-8"?>
<!--
  fonts.xsl - which font-family list a piece of text gets. The lists ("chains") come from
  fo/fonts.xml through PdfRenderer (parameter font-chains, keyed "default", "ko", "ja", "zh",
  "zh-hans", "mono"); FOP picks per word the first family of the list that has its glyphs, so
  Korean names in English text and Cyrillic or kana in third-party files still find a face.
  The language chooses the chain, and so the Han face: Han characters are unified in Unicode,
  but Chinese, Japanese and Korean readers expect their own glyph shapes.
  GlyphCheck.chainKey in Java maps languages to keys the same way.

  edf:chain-key($lang)    "ko", "ja", "zh" (Chinese; traditional forms unless marked
                          simplified), "zh-hans" (Hans, CN, SG) or "default"
  edf:font-family($lang)  the font-family value for text in that language
  edf:lang($node)         the xml:lang in force at a node
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <xsl:param name="font-chains" as="map(xs:string, xs:string)" select="map {}"/>
  <!-- True when English hyphenation patterns are configured (see org.editionkit.pdf.Hyphenation). -->
  <xsl:param name="hyphenate-en" as="xs:boolean" select="false()"/>

  <xsl:function name="edf:chain-key" as="xs:string">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="tags" as="xs:string*" select="tokenize(lower-case(string($lang)), '[-_]')"/>
    <xsl:sequence select="
        if ($tags[1] = ('zh', 'lzh', 'cmn', 'yue'))
        then (if ($tags[position() gt 1] = ('hans', 'cn', 'sg')) then 'zh-hans' else 'zh')
        else ($tags[1][. = ('ko', 'ja')], 'default')[1]"/>
  </xsl:function>

  <xsl:function name="edf:font-family" as="xs:string">
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:sequence select="($font-chains(edf:chain-key($lang)), $font-chains('default'),
                           'Noto Serif, NanumMyeongjo, IPAMincho')[1]"/>
  </xsl:function>

  <xsl:function name="edf:mono-family" as="xs:string">
    <xsl:sequence select="($font-chains('mono'), 'Noto Sans Mono, Noto Serif')[1]"/>
  </xsl:function>

  <!-- A reading of the standOff apparatus without its own xml:lang is in the language of the
       passage it points at (a Korean reading inside the English apparatus is Korean text, so
       it gets the Korean chain and one face, not a face per word). -->
  <xsl:function name="edf:lang" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="e" select="$node/ancestor-or-self::*[@xml:lang or self::tei:lem[@corresp] or self::tei:rdg[@corresp]][1]"/>
    <xsl:sequence select="string(($e/@xml:lang, ($e ! ed:reading-passages(.))[1]/ancestor-or-self::*[@xml:lang][1]/@xml:lang,
                                  $node/ancestor-or-self::*[@xml:lang][1]/@xml:lang, 'en')[1])"/>
  </xsl:function>

  <!-- Language, font and line-breaking attributes for a block in the language of $node. -->
  <xsl:template name="edf:lang-attrs">
    <xsl:param name="node" as="node()" select="."/>
    <xsl:variable name="lang" select="edf:lang($node)"/>
    <xsl:attribute name="xml:lang" select="$lang"/>
    <xsl:attribute name="font-family" select="edf:font-family($lang)"/>
    <xsl:if test="$hyphenate-en and matches(lower-case($lang), '^en(-|$)')">
      <!-- English patterns exist (Debian hyphen-en-us, converted by PdfRenderer): at least
           two letters before and three after a break. -->
      <xsl:attribute name="hyphenate" select="'true'"/>
      <xsl:attribute name="hyphenation-remain-character-count" select="'2'"/>
      <xsl:attribute name="hyphenation-push-character-count" select="'3'"/>
      <!-- Never two hyphenated lines in a row. -->
      <xsl:attribute name="hyphenation-ladder-count" select="'1'"/>
    </xsl:if>
    <xsl:if test="not($hyphenate-en and matches(lower-case($lang), '^en(-|$)'))">
      <xsl:attribute name="hyphenate" select="'false'"/>
    </xsl:if>
    <xsl:if test="edf:chain-key($lang) = ('ko', 'ja', 'zh', 'zh-hans')">
      <!-- CJK: no hyphenation; FOP breaks by UAX #14. Korean breaks between words (spaces),
           keep-all style, so Hangul words are not split. -->
      <xsl:attribute name="hyphenate" select="'false'"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
