<?xml version="1.0" encoding="UTF-8"?>
<!--
  book-facts.xsl - what the book keeps of one document once it is typeset (edition volume keeps
  no document tree in memory after its part is printed): its number, pages, titles, date and
  source (for the contents and the list of sources), its share of the cumulative index
  (ed:document-index of registers.xsl, the volume contract's model: entries by register
  xml:id, every name form, occurrences with ids dN-…) and, for each occurrence, the page it
  landed on (edv:at), read from the layout map of the pass that wrote the part (a name in a note counts on the
  page of the note's call).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:edv="urn:editionkit:volume"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/ed.xsl"/>
  <xsl:include href="book-common.xsl"/>
  <xsl:include href="registers.xsl"/>

  <xsl:param name="vol-number" as="xs:integer"/>
  <xsl:param name="vol-first-page" as="xs:integer"/>
  <xsl:param name="vol-last-page" as="xs:integer"/>
  <xsl:param name="vol-file" as="xs:string" select="''"/>
  <xsl:param name="layout-map" as="document-node()"/>

  <!-- An occurrence by its anchor id (ed:anchor-id: xml:id or the path id). -->
  <xsl:key name="edv:by-id" match="tei:text//*[@ref]" use="ed:anchor-id(.)"/>
  <xsl:key name="edv:page-of" match="page" use="line/@ids ! tokenize(.)"/>

  <xsl:template match="/">
    <xsl:variable name="h" select="/tei:TEI/tei:teiHeader"/>
    <xsl:variable name="ts" select="$h/tei:fileDesc/tei:titleStmt"/>
    <xsl:variable name="ms" select="$h/tei:fileDesc/tei:sourceDesc/tei:msDesc[1]/tei:msIdentifier"/>
    <edv:doc n="{$vol-number}" first="{$vol-first-page}" last="{$vol-last-page}" file="{$vol-file}"
             short="{ed:short-title(/)}" date="{edv:date(/)}" source="{edv:source-line($h)}"
             repository="{normalize-space(($ms/tei:repository, $ms/tei:institution)[1])}"
             country="{normalize-space(($ms/tei:country, $ms/tei:settlement)[1])}"
             idno="{normalize-space($ms/tei:idno[1])}">
      <xsl:for-each select="($ts/tei:title[@type = 'main'], $ts/tei:title[not(@type)])[1], $ts/tei:title[@type = 'main'][position() gt 1]">
        <edv:title xml:lang="{ed:lang-of(.)}"><xsl:value-of select="normalize-space(.)"/></edv:title>
      </xsl:for-each>
      <!-- The register model of the volume contract (registers.xsl), this document's share. -->
      <xsl:variable name="index" select="ed:document-index(/, $vol-number)"/>
      <xsl:sequence select="$index"/>
      <xsl:for-each select="$index/ed:entry/ed:occurrence">
        <xsl:variable name="e" select="key('edv:by-id', substring-after(@id, '-'), $edv:root)[1]"/>
        <edv:at id="{@id}" page="{if ($e) then edv:page($e) else $vol-first-page}"/>
      </xsl:for-each>
    </edv:doc>
  </xsl:template>

  <xsl:variable name="edv:root" select="/"/>

  <!-- The folio an occurrence landed on: its own id, else its note's call, else the document's first page. -->
  <xsl:function name="edv:page" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="note" select="$e/ancestor::tei:note[1]"/>
    <xsl:variable name="ids" select="('d' || $vol-number || '-' || ed:anchor-id($e),
                                      if ($note) then ed:note-ref-id($note) else ())"/>
    <xsl:sequence select="string((($ids ! key('edv:page-of', ., $layout-map)[1]/@n), $vol-first-page)[1])"/>
  </xsl:function>

  <xsl:function name="edv:date" as="xs:string">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:variable name="d" select="($doc/tei:TEI/tei:teiHeader/tei:profileDesc/tei:correspDesc//tei:correspAction[@type = 'sent']/tei:date,
                                    $doc/tei:TEI/tei:text//tei:dateline//tei:date)[1]"/>
    <xsl:variable name="when" select="string($d/@when)"/>
    <xsl:sequence select="if (matches($when, '^\d{4}-\d{2}-\d{2}$'))
                          then format-date(xs:date($when), '[D] [MNn] [Y]', 'en', (), ())
                          else normalize-space($d)"/>
  </xsl:function>

</xsl:stylesheet>
