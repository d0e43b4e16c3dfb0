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
        <fo:block id="edf-title-page" text-align="center" space-before="20%" space-before.conditionality="retain">
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
        <fo:block-container absolute-position="absolute" bottom="0mm" left="0mm" right="0mm" height="45%"
                            display-align="after">
          <fo:block font-size="{$edf:note-size}" line-height="1.45" text-align="start">
            <xsl:call-template name="edf:title-facts"/>
          </fo:block>
        </fo:block-container>
      </fo:flow>
    </fo:page-sequence>
  </xsl:template>

  <xsl:template name="edf:title-facts">
    <xsl:variable name="fd" select="$edf:header/tei:fileDesc"/>
    <xsl:variable name="ms" select="$fd/tei:sourceDesc/tei:msDesc[1]/tei:msIdentifier"/>
    <fo:table table-layout="fixed" width="100%" border-collapse="separate" border-top="0.4pt solid #444444" padding-top="4pt">
      <fo:table-column column-width="30%"/>
      <fo:table-column column-width="70%"/>
      <fo:table-body>
        <xsl:if test="$ms">
          <xsl:call-template name="edf:fact">
            <xsl:with-param name="label" select="'Source'"/>
            <xsl:with-param name="value" select="$ms/(tei:institution, tei:repository, tei:settlement, tei:collection)"/>
          </xsl:call-template>
          <xsl:call-template name="edf:fact">
            <xsl:with-param name="label" select="'Archive reference'"/>
            <xsl:with-param name="value" select="$ms/tei:idno"/>
          </xsl:call-template>
        </xsl:if>
        <xsl:call-template name="edf:fact">
          <xsl:with-param name="label" select="'Record'"/>
          <xsl:with-param name="value" select="$fd/tei:sourceDesc/tei:bibl"/>
        </xsl:call-template>
        <xsl:for-each select="$fd/tei:titleStmt/(tei:editor, tei:respStmt)">
          <xsl:call-template name="edf:fact">
            <xsl:with-param name="label" select="if (self::tei:editor) then 'Editor' else normalize-space(tei:resp[1])"/>
            <xsl:with-param name="value" select="if (self::tei:editor) then . else (tei:name, tei:persName, tei:orgName)"/>
          </xsl:call-template>
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
      </fo:table-body>
    </fo:table>
  </xsl:template>

  <xsl:template name="edf:fact">
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="value" as="element()*"/>
    <xsl:if test="exists($value[normalize-space()])">
      <fo:table-row>
        <fo:table-cell padding="1.5pt 6pt 1.5pt 0pt">
          <fo:block font-weight="bold" text-align="start"><xsl:value-of select="if ($label) then $label else 'Responsibility'"/></fo:block>
        </fo:table-cell>
        <fo:table-cell padding="1.5pt 0pt">
          <xsl:for-each select="$value[normalize-space()]">
            <fo:block text-align="start">
              <xsl:call-template name="edf:lang-attrs"/>
              <xsl:apply-templates mode="edf:title"/>
            </fo:block>
          </xsl:for-each>
        </fo:table-cell>
      </fo:table-row>
    </xsl:if>
  </xsl:template>

  <!-- Header text on the title page: text kept, paragraphs as lines, notes inline. -->
  <xsl:template match="tei:p | tei:licence" mode="edf:title">
    <fo:block><xsl:apply-templates mode="edf:title"/></fo:block>
  </xsl:template>
  <xsl:template match="tei:note" mode="edf:title">
    <fo:inline> (<xsl:apply-templates mode="edf:title"/>)</fo:inline>
  </xsl:template>
  <xsl:template match="tei:lb" mode="edf:title"><fo:block/></xsl:template>
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
