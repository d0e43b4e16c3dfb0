<?xml version="1.0" encoding="UTF-8"?>
<!--
  notes.xsl - translator and editorial notes as footnotes on the page of their call, numbered
  per translation through ed:note-number (xslt/common/notes.xsl): English calls "1", Korean
  calls "1)" as Korean books do, so the two sequences cannot be confused on a shared page.
  Each note ends with who wrote it (trans./ed.). Notes that cannot be footnotes (inside another
  note, in an apparatus entry, or unnumbered) and notes placed "inline" are set in parentheses.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <!-- True for a node whose rendering ends with a block (a stamp, a dateline): a note right
       after it is called inside that block, not on a line of its own below it. -->
  <xsl:function name="edf:ends-with-block" as="xs:boolean">
    <xsl:param name="n" as="node()?"/>
    <xsl:sequence select="exists($n[self::tei:stamp or self::tei:dateline])
        or ($n instance of element() and edf:ends-with-block($n/node()[not(self::text()[not(normalize-space())])][last()]))"/>
  </xsl:function>

  <xsl:function name="edf:after-block" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="edf:ends-with-block($note/preceding-sibling::node()[not(self::text()[not(normalize-space())])][1])"/>
  </xsl:function>

  <!-- The notes to call at the end of a block: those right after it (see edf:after-block). -->
  <xsl:function name="edf:trailing-notes" as="element(tei:note)*">
    <xsl:param name="block" as="element()"/>
    <xsl:variable name="outer" select="$block/ancestor-or-self::*[following-sibling::node()[not(self::text()[not(normalize-space())])][1][self::tei:note]][1]"/>
    <xsl:sequence select="($outer/following-sibling::node()[not(self::text()[not(normalize-space())])][1][self::tei:note])
                          [edf:after-block(.)][not($block/descendant::*[self::tei:stamp or self::tei:dateline][. >> $block])]"/>
  </xsl:function>

  <xsl:template match="tei:note">
    <xsl:param name="in-footnote" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:param name="attached" as="xs:boolean" select="false()"/>
    <xsl:variable name="n" select="ed:note-number(.)"/>
    <xsl:choose>
      <xsl:when test="not($attached) and not($in-footnote) and edf:after-block(.)"/>
      <xsl:when test="$in-footnote or empty($n) or @place = ('inline', 'display')">
        <fo:inline font-size="0.92em"> (<xsl:apply-templates/><xsl:value-of select="edf:note-signature(.)"/>)</fo:inline>
      </xsl:when>
      <xsl:when test="exists(edf:item-page(ed:note-ref-id(.)))">
        <!-- Placed by the previous pass: the call only, and at the page's first foot item the
             tiers of the whole page (foot.xsl). -->
        <xsl:variable name="call" as="element()">
          <fo:inline baseline-shift="super" font-size="65%" font-style="normal" font-weight="normal"
                     color="#000000" id="{ed:note-ref-id(.)}"><xsl:value-of select="edf:note-label(.)"/></fo:inline>
        </xsl:variable>
        <xsl:call-template name="edf:foot-call">
          <xsl:with-param name="id" select="ed:note-ref-id(.)"/>
          <xsl:with-param name="call" select="$call"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="label" select="edf:note-label(.)"/>
        <fo:footnote role="Div">
          <fo:inline baseline-shift="super" font-size="65%" font-style="normal" font-weight="normal"
                     color="#000000" id="{ed:note-ref-id(.)}"><xsl:value-of select="$label"/></fo:inline>
          <fo:footnote-body>
            <xsl:call-template name="edf:probe-whole">
              <xsl:with-param name="content" as="element()">
                <xsl:call-template name="edf:footnote-body">
                  <xsl:with-param name="id" select="ed:note-id(.)"/>
                  <xsl:with-param name="label" select="$label"/>
                  <xsl:with-param name="body" as="node()*">
                    <xsl:apply-templates>
                      <xsl:with-param name="in-footnote" select="true()" tunnel="yes"/>
                    </xsl:apply-templates>
                    <xsl:value-of select="edf:note-signature(.)"/>
                  </xsl:with-param>
                </xsl:call-template>
              </xsl:with-param>
            </xsl:call-template>
          </fo:footnote-body>
        </fo:footnote>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A footnote's text, with every inherited property reset (the call may sit in a centred heading). -->
  <xsl:template name="edf:footnote-body">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="label" as="xs:string"/>
    <xsl:param name="body" as="node()*"/>
    <fo:list-block id="{$id}" provisional-distance-between-starts="1.8em" provisional-label-separation="0.4em"
                   font-size="{$edf:note-size}" line-height="1.3" text-align="start" text-indent="0pt"
                   start-indent="0pt" end-indent="0pt" font-weight="normal" font-style="normal"
                   color="#000000" letter-spacing="normal" space-after="1.5pt" keep-together.within-page="auto">
      <xsl:call-template name="edf:lang-attrs"/>
      <fo:list-item>
        <fo:list-item-label end-indent="label-end()">
          <fo:block text-align="end"><xsl:value-of select="$label"/></fo:block>
        </fo:list-item-label>
        <fo:list-item-body start-indent="body-start()">
          <fo:block><xsl:sequence select="$body"/></fo:block>
        </fo:list-item-body>
      </fo:list-item>
    </fo:list-block>
  </xsl:template>

  <xsl:function name="edf:note-label" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="n" select="string(ed:note-number($note))"/>
    <xsl:sequence select="if (edf:chain-key(edf:lang($note)) = 'ko') then $n || ')' else $n"/>
  </xsl:function>

  <!-- " (trans.)", " (ed.)" or the Korean equivalents; nothing for other notes. -->
  <xsl:function name="edf:note-signature" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="ko" select="edf:chain-key(edf:lang($note)) = 'ko'"/>
    <xsl:sequence select="if ($note/@type = 'translator') then (if ($ko) then ' — 역주' else ' — Trans.')
                          else if ($note/@type = 'editorial') then (if ($ko) then ' — 편집자 주' else ' — Ed.')
                          else ''"/>
  </xsl:function>

</xsl:stylesheet>
