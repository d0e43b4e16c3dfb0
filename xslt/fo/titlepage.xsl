<?xml version="1.0" encoding="UTF-8"?>
<!--
  titlepage.xsl - the title page (recto, its verso left blank): the titles in both languages,
  the date of the document, then the facts a citation needs — source and archive reference,
  translators and other responsibilities, funder — and the rights statement at the foot.
  Works from any TEI header: missing parts are simply left out. Header parts printed here are
  the ones org.editionkit.pdf.GlyphCheck checks (titleStmt, publicationStmt, msIdentifier, bibl).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <xsl:template name="edf:title-page">
    <xsl:variable name="fd" select="$edf:header/tei:fileDesc"/>
    <xsl:variable name="ts" select="$fd/tei:titleStmt"/>
    <xsl:variable name="mains" select="if ($ts/tei:title[@type = 'main']) then $ts/tei:title[@type = 'main']
                                       else $ts/tei:title[not(@type = 'short')]"/>
    <fo:page-sequence master-reference="edf-title" force-page-count="even" xml:lang="{$edf:doc-lang}"
                      font-family="{edf:font-family($edf:doc-lang)}" font-size="{$edf:body-size}"
                      line-height="{$edf:leading}">
      <fo:flow flow-name="xsl-region-body">
        <fo:block id="edf-title-page" text-align="center" space-before="18mm" space-before.conditionality="retain">
          <xsl:for-each select="$mains">
            <fo:block role="H1">
              <xsl:call-template name="edf:lang-attrs"/>
              <xsl:attribute name="font-size" select="if (position() = 1) then '20pt' else '16pt'"/>
              <xsl:attribute name="line-height" select="'1.3'"/>
              <xsl:attribute name="space-after" select="'10pt'"/>
              <xsl:if test="position() = 1"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
              <xsl:apply-templates mode="edf:title"/>
            </fo:block>
          </xsl:for-each>
          <xsl:for-each select="$ts/tei:title[@type = 'sub']">
            <fo:block font-style="italic" font-size="12pt" space-after="8pt">
              <xsl:call-template name="edf:lang-attrs"/>
              <xsl:apply-templates mode="edf:title"/>
            </fo:block>
          </xsl:for-each>
          <xsl:if test="empty($mains)">
            <fo:block font-size="20pt" font-weight="bold" space-after="10pt"><xsl:value-of select="edf:title()"/></fo:block>
          </xsl:if>
          <xsl:variable name="date" select="edf:document-date()"/>
          <xsl:if test="$date">
            <fo:block font-size="13pt" space-before="6pt" letter-spacing="0.05em"><xsl:value-of select="$date"/></fo:block>
          </xsl:if>
          <xsl:for-each select="$ts/tei:author">
            <fo:block space-before="18pt" font-style="italic"><xsl:apply-templates mode="edf:title"/></fo:block>
          </xsl:for-each>
        </fo:block>
        <fo:block space-before="22mm" font-size="{$edf:note-size}" line-height="1.45" text-align="start"
                  border-top="0.4pt solid #444444" padding-top="4pt">
          <xsl:call-template name="edf:title-facts"/>
        </fo:block>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <!-- Source, archive reference, responsibilities (as sentences: "Translated … by NAME"),
       funder, publisher and rights, one short paragraph each. -->
  <xsl:template name="edf:title-facts">
    <xsl:variable name="fd" select="$edf:header/tei:fileDesc"/>
    <xsl:variable name="ms" select="$fd/tei:sourceDesc/tei:msDesc[1]/tei:msIdentifier"/>
    <xsl:call-template name="edf:fact">
      <xsl:with-param name="label" select="'Source'"/>
      <xsl:with-param name="value" select="$ms/(tei:institution, tei:repository, tei:settlement, tei:collection)"/>
    </xsl:call-template>
    <xsl:call-template name="edf:fact">
      <xsl:with-param name="label" select="'Archive reference'"/>
      <xsl:with-param name="value" select="$ms/tei:idno"/>
    </xsl:call-template>
    <xsl:call-template name="edf:fact">
      <xsl:with-param name="label" select="'Record'"/>
      <xsl:with-param name="value" select="$fd/tei:sourceDesc/tei:bibl"/>
    </xsl:call-template>
    <xsl:for-each select="$fd/tei:titleStmt/tei:editor">
      <xsl:call-template name="edf:fact">
        <xsl:with-param name="label" select="'Editor'"/>
        <xsl:with-param name="value" select="."/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$fd/tei:titleStmt/tei:respStmt[normalize-space()]">
      <fo:block space-after="2pt">
        <xsl:variable name="resp" select="normalize-space(string-join(tei:resp[1]//text(), ''))"/>
        <xsl:value-of select="upper-case(substring($resp, 1, 1)) || substring($resp, 2)"/>
        <xsl:if test="$resp"><xsl:text> </xsl:text></xsl:if>
        <fo:inline font-weight="bold">
          <xsl:for-each select="* except tei:resp">
            <xsl:if test="position() gt 1">, </xsl:if>
            <xsl:apply-templates mode="edf:title"/>
          </xsl:for-each>
        </fo:inline>
        <xsl:text>.</xsl:text>
      </fo:block>
    </xsl:for-each>
    <xsl:call-template name="edf:fact">
      <xsl:with-param name="label" select="'Funded by'"/>
      <xsl:with-param name="value" select="$fd/tei:titleStmt/tei:funder"/>
    </xsl:call-template>
    <xsl:call-template name="edf:fact">
      <xsl:with-param name="label" select="'Published by'"/>
      <xsl:with-param name="value" select="$fd/tei:publicationStmt/(tei:publisher, tei:distributor, tei:authority)"/>
    </xsl:call-template>
    <xsl:call-template name="edf:fact">
      <xsl:with-param name="label" select="'Rights'"/>
      <xsl:with-param name="value" select="$fd/tei:publicationStmt/tei:availability"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="edf:fact">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="element()*"/>
    <xsl:if test="exists($value[normalize-space()])">
      <fo:block space-after="2pt">
        <fo:inline font-weight="bold"><xsl:value-of select="$label"/>: </fo:inline>
        <xsl:for-each select="$value[normalize-space()]">
          <xsl:if test="position() gt 1">; </xsl:if>
          <fo:inline>
            <xsl:if test="@xml:lang"><xsl:call-template name="edf:lang-attrs"/></xsl:if>
            <xsl:apply-templates mode="edf:title"/>
          </fo:inline>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- Header text on the title page: text kept, paragraphs as lines, notes inline. -->
  <xsl:template match="tei:p | tei:licence" mode="edf:title">
    <fo:block><xsl:apply-templates mode="edf:title"/></fo:block>
  </xsl:template>
  <xsl:template match="tei:note" mode="edf:title">
    <fo:inline> (<xsl:apply-templates mode="edf:title"/>)</fo:inline>
  </xsl:template>
  <xsl:template match="tei:lb" mode="edf:title"><xsl:text> </xsl:text></xsl:template>
  <xsl:template match="tei:gap | tei:choice" mode="edf:title"><xsl:apply-templates select="."/></xsl:template>
  <xsl:template match="*" mode="edf:title">
    <xsl:apply-templates mode="edf:title"/>
  </xsl:template>
  <xsl:template match="text()" mode="edf:title">
    <xsl:value-of select="."/>
  </xsl:template>

  <!-- The document's date: the sending date in correspDesc, else the first dated dateline. -->
  <xsl:function name="edf:document-date" as="xs:string?">
    <xsl:variable name="d" select="($edf:header/tei:profileDesc/tei:correspDesc//tei:correspAction[@type = 'sent']/tei:date,
                                    $edf:translations[1]//tei:dateline//tei:date)[1]"/>
    <xsl:variable name="when" select="string($d/@when)"/>
    <xsl:sequence select="if (matches($when, '^\d{4}-\d{2}-\d{2}$'))
                          then format-date(xs:date($when), '[D] [MNn] [Y]', 'en', (), ())
                          else normalize-space($d)[.]"/>
  </xsl:function>

</xsl:stylesheet>
