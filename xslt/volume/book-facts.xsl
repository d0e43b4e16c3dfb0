<?xml version="1.0" encoding="UTF-8"?>
<!--
  book-facts.xsl - what the book keeps of one document once it is typeset (edition volume keeps
  no document tree in memory after its part is printed): its number, pages, titles, date and
  source (for the contents and the list of sources), and its share of the cumulative index in
  the ed:index form of the volume contract (docs/volume-spec: entries by register xml:id,
  every name form, occurrences with ids dN-…), each occurrence with the page it landed on,
  read from the layout map of the pass that wrote the part (a name in a note counts on the
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

  <xsl:param name="vol-number" as="xs:integer"/>
  <xsl:param name="vol-first-page" as="xs:integer"/>
  <xsl:param name="vol-last-page" as="xs:integer"/>
  <xsl:param name="vol-file" as="xs:string" select="''"/>
  <xsl:param name="layout-map" as="document-node()"/>

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
      <ed:index>
        <xsl:for-each select="('person', 'place', 'org')">
          <xsl:variable name="kind" select="."/>
          <xsl:for-each select="ed:register($edv:root, $kind)">
            <xsl:variable name="occ" select="ed:occurrences(.)[self::tei:persName or self::tei:placeName
                                             or self::tei:orgName or self::tei:name or self::tei:rs]"/>
            <xsl:if test="exists($occ)">
              <ed:entry kind="{$kind}" key="{@xml:id}" heading="{ed:preferred-name(.)}"
                        sort="{edv:sort-key(ed:preferred-name(.))}">
                <xsl:for-each select="ed:name-forms(.)[normalize-space()]">
                  <ed:form lang="{ed:lang-of(.)}" label="{ed:name-form-label(.)}"><xsl:value-of select="normalize-space(.)"/></ed:form>
                </xsl:for-each>
                <xsl:for-each select="$occ">
                  <ed:occurrence doc="{$vol-number}" id="d{$vol-number}-{ed:anchor-id(.)}" lang="{ed:lang-of(.)}"
                                 page="{edv:page(.)}"/>
                </xsl:for-each>
              </ed:entry>
            </xsl:if>
          </xsl:for-each>
        </xsl:for-each>
      </ed:index>
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
