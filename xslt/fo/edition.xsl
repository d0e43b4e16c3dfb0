<?xml version="1.0" encoding="UTF-8"?>
<!--
  edition.xsl - entry point: TEI P5 edition → XSL-FO for Apache FOP (run by
  org.editionkit.pdf.PdfRenderer). Builds fo:root from the modules below; what the TEI means
  (rows, note numbers, § numbers, sigla) comes from xslt/common, this module tree only decides
  how print shows it.

  Parameters (set by PdfOptions): page a4|letter|royal, layout parallel|sequential,
  apparatus foot|end, pdfa, font-chains (language key → font-family list), display-name.

  Modes: edf:block (block-level TEI → fo:block & co.), edf:inline (phrase level),
  edf:plain (text only: bookmarks, markers, metadata).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/ed.xsl"/>

  <xsl:include href="fonts.xsl"/>
  <xsl:include href="pages.xsl"/>
  <xsl:include href="metadata.xsl"/>
  <xsl:include href="titlepage.xsl"/>
  <xsl:include href="parallel.xsl"/>
  <xsl:include href="sequential.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="stamp.xsl"/>
  <xsl:include href="phrase.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="apparatus.xsl"/>
  <xsl:include href="fallback.xsl"/>
  <xsl:include href="layout.xsl"/>
  <xsl:include href="linenumbers.xsl"/>
  <xsl:include href="foot.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:param name="page" as="xs:string" select="'a4'"/>
  <xsl:param name="layout" as="xs:string" select="'parallel'"/>
  <xsl:param name="apparatus" as="xs:string" select="'foot'"/>
  <xsl:param name="pdfa" as="xs:boolean" select="false()"/>
  <xsl:param name="display-name" as="xs:string" select="'edition'"/>

  <xsl:variable name="edf:root" as="document-node()" select="/"/>
  <!-- The two translations when the document is a bilingual edition, else (). -->
  <xsl:variable name="edf:translations" as="element(tei:text)*" select="ed:translations(/)"/>
  <xsl:variable name="edf:doc-lang" as="xs:string"
      select="string((/*/@xml:lang, $edf:translations[1]/@xml:lang, 'en')[1])"/>

  <xsl:template match="/">
    <!-- Tells the pass loop (PdfRenderer) that this print depends on its own layout. -->
    <xsl:if test="$edf:needs-layout"><xsl:processing-instruction name="edf-layout"/></xsl:if>
    <fo:root xml:lang="{$edf:doc-lang}">
      <xsl:call-template name="edf:layout-master-set"/>
      <xsl:call-template name="edf:declarations"/>
      <xsl:call-template name="edf:bookmarks"/>
      <xsl:call-template name="edf:title-page"/>
      <fo:page-sequence master-reference="edf-body" initial-page-number="auto-odd"
                        xml:lang="{$edf:doc-lang}" font-family="{edf:font-family($edf:doc-lang)}"
                        font-size="{$edf:body-size}" line-height="{$edf:leading}">
        <xsl:call-template name="edf:static-content"/>
        <xsl:call-template name="edf:line-numbers"/>
        <xsl:call-template name="edf:footnote-separator"/>
        <fo:flow flow-name="xsl-region-body" text-align="justify" widows="2" orphans="2"
                 line-height-shift-adjustment="disregard-shifts">
          <xsl:call-template name="edf:lang-attrs">
            <xsl:with-param name="node" select="/*"/>
          </xsl:call-template>
          <fo:block id="edf-edition">
            <xsl:choose>
              <xsl:when test="exists($edf:translations) and $layout = 'parallel'">
                <xsl:call-template name="edf:parallel"/>
              </xsl:when>
              <xsl:when test="exists($edf:translations)">
                <xsl:call-template name="edf:sequential"/>
              </xsl:when>
              <xsl:otherwise>
                <xsl:call-template name="edf:single"/>
              </xsl:otherwise>
            </xsl:choose>
          </fo:block>
          <xsl:call-template name="edf:apparatus-end"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

</xsl:stylesheet>
