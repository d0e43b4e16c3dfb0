<?xml version="1.0" encoding="UTF-8"?>
<!--
  fallback.xsl - what happens to an element no other module knows (third-party TEI, other
  namespaces such as MathML or egXML): its text is always kept. An element that holds
  paragraph-like content, or is itself of a block-like kind, becomes an fo:block; anything else
  an fo:inline. xml:lang switches the font chain. Lowest priority, so every specific
  template wins.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <xsl:variable name="edf:block-names" as="xs:string+" select="(
      'div', 'div1', 'div2', 'div3', 'div4', 'div5', 'div6', 'div7', 'p', 'ab', 'lg', 'l', 'sp', 'list', 'item',
      'table', 'row', 'figure', 'floatingText', 'titlePage', 'titlePart', 'docTitle', 'docImprint',
      'imprimatur', 'msDesc', 'msItem', 'msContents', 'physDesc', 'history', 'additional', 'listPerson',
      'person', 'listPlace', 'place', 'listEvent', 'event', 'biblFull', 'biblStruct', 'egXML', 'eg',
      'formula', 'math', 'front', 'body', 'back', 'group', 'text', 'address', 'addrLine', 'closer',
      'opener', 'postscript', 'surface', 'zone', 'sourceDoc', 'line', 'entry', 'form', 'sense', 'castGroup',
      'spGrp', 'set', 'div0', 'handNote', 'decoDesc', 'objectDesc', 'summary')"/>

  <xsl:template match="*" priority="-10">
    <xsl:choose>
      <xsl:when test="local-name() = $edf:block-names or *[local-name() = $edf:block-names]">
        <fo:block>
          <xsl:if test="@xml:lang"><xsl:call-template name="edf:lang-attrs"/></xsl:if>
          <xsl:if test="local-name() = ('egXML', 'eg')">
            <xsl:attribute name="font-family" select="edf:mono-family()"/>
            <xsl:attribute name="font-size" select="'0.85em'"/>
            <xsl:attribute name="text-align" select="'start'"/>
            <xsl:attribute name="space-before" select="'3pt'"/>
            <xsl:attribute name="space-after" select="'3pt'"/>
          </xsl:if>
          <xsl:apply-templates/>
        </fo:block>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline>
          <xsl:if test="@xml:lang"><xsl:call-template name="edf:lang-attrs"/></xsl:if>
          <xsl:apply-templates/>
        </fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="comment() | processing-instruction()"/>

</xsl:stylesheet>
