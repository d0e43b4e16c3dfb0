<?xml version="1.0" encoding="UTF-8"?>
<!--
  foot.xsl - the foot of a page in tiers, as printed critical editions have it: first the
  notes called on the page (English, then Korean, one a line with a hanging number, as
  notes.xsl sets them), then under a rule of its own the critical apparatus of the page, its
  entries run on in one paragraph, each keyed to the line of its lemma. FOP 2.11 has one
  footnote area per page and stacks footnotes in call order, so a page's tiers are ONE
  fo:footnote, attached to the page's first foot item (layout.xsl, from the previous pass);
  the page's other calls print their mark only. The tiers stand in a block-container as tall
  as the page's footnotes were in the first pass (edf:tier-height), so the page keeps its lines.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <!-- A mapped foot item: its call (a note's figure, or nothing for a passage), carrying the
       tiers when it is its page's anchor. -->
  <xsl:template name="edf:foot-call">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="call" as="element()?"/>
    <xsl:variable name="page" select="edf:item-page($id)"/>
    <xsl:choose>
      <xsl:when test="edf:tier-anchor($page) = $id">
        <fo:footnote role="Div">
          <xsl:sequence select="($call, $edf:silent-call)[1]"/>
          <fo:footnote-body>
            <xsl:call-template name="edf:foot-tiers">
              <xsl:with-param name="page" select="$page"/>
            </xsl:call-template>
          </fo:footnote-body>
        </fo:footnote>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$call"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A footnote's content in the first pass is kept on one page, as the tiers are: the pass
       measures what each page's foot takes (edf:tier-height). -->
  <xsl:template name="edf:probe-whole">
    <xsl:param name="content" as="element()"/>
    <xsl:choose>
      <xsl:when test="$edf:probe">
        <fo:block id="edf-fn-{$content/@id}" keep-together.within-page="always"><xsl:sequence select="$content"/></fo:block>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$content"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An apparatus entry in the first pass: a footnote of no text, as tall as its share of the
       run-on apparatus paragraph (its estimated width over the measure, in lines of the foot,
       plus a margin for the space justification leaves at line ends). The page's tiers then get
       about the height they need; what the estimate misses shows as need in the next map. -->
  <xsl:template name="edf:probe-entry">
    <xsl:variable name="text" as="xs:string">
      <xsl:value-of><xsl:call-template name="edf:app-entry-content"/></xsl:value-of>
    </xsl:variable>
    <xsl:variable name="em" select="edf:pt($edf:note-size)"/>
    <!-- The key is not known yet: "00–00" wide; four spaces part the entries. -->
    <xsl:variable name="width" select="(edf:estimated-ems($text) + 2.5 + 1.3) * $em"/>
    <fo:block-container id="edf-fn-{edf:id(.)}" height="{format-number(1.08 * $width div $edf:text-width * 1.3 * $em, '0.###')}pt">
      <fo:block/>
    </fo:block-container>
  </xsl:template>

  <!-- The width of a text in ems of its font, as Noto Serif and Nanum Myeongjo set it on average:
       Hangul, kana and Han a full em, other letters half of one. -->
  <xsl:function name="edf:estimated-ems" as="xs:double">
    <xsl:param name="text" as="xs:string"/>
    <xsl:variable name="wide" select="string-length(replace($text, '[^\p{IsHangulSyllables}\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}]', ''))"/>
    <xsl:sequence select="$wide + 0.5 * (string-length($text) - $wide)"/>
  </xsl:function>

  <xsl:template name="edf:foot-tiers">
    <xsl:param name="page" as="xs:string"/>
    <xsl:variable name="ids" select="edf:page-items($page)"/>
    <xsl:variable name="notes" as="element(tei:note)*">
      <xsl:perform-sort select="$edf:root//tei:note[exists(ed:note-number(.))][ed:note-ref-id(.) = $ids]">
        <xsl:sort select="edf:chain-key(edf:lang(.)) = 'ko'"/>
        <xsl:sort select="ed:note-number(.)"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="apps" as="element(tei:app)*">
      <xsl:perform-sort select="if ($apparatus = 'foot') then edf:apparatus-entries()[edf:app-anchor(.) ! edf:anchor-id(.) = $ids] else ()">
        <xsl:sort select="xs:integer(edf:where(edf:anchor-id(edf:app-anchor(.)))[1]/@no)"/>
        <!-- listApp entries by number; inline ones (0) keep document order (the sort is stable). -->
        <xsl:sort select="if (ancestor::tei:listApp) then ed:app-number(.) else 0"/>
      </xsl:perform-sort>
    </xsl:variable>
    <xsl:variable name="tiers" as="element(fo:block)">
    <fo:block start-indent="0pt" end-indent="0pt" text-indent="0pt" text-align="start" font-weight="normal"
              font-style="normal" color="#000000" letter-spacing="normal" font-size="{$edf:note-size}" line-height="1.3"
              keep-together.within-page="always">
      <xsl:for-each select="$notes">
        <xsl:call-template name="edf:footnote-body">
          <xsl:with-param name="id" select="ed:note-id(.)"/>
          <xsl:with-param name="label" select="edf:note-label(.)"/>
          <xsl:with-param name="body" as="node()*">
            <xsl:apply-templates>
              <xsl:with-param name="in-footnote" select="true()" tunnel="yes"/>
            </xsl:apply-templates>
            <xsl:value-of select="edf:note-signature(.)"/>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:if test="exists($apps)">
        <xsl:if test="exists($notes)">
          <!-- The apparatus under a rule of its own, apart from the notes above. -->
          <fo:block space-before="3pt" padding-bottom="5pt" line-height="1pt" font-size="1pt" keep-with-next.within-page="always">
            <fo:leader leader-pattern="rule" leader-length="30%" rule-thickness="0.4pt" color="#444444"/>
          </fo:block>
        </xsl:if>
        <!-- The block carries the first entry's id (a link target, like the bookmark to the
             apparatus): FOP resolves no ids of inlines inside footnotes. -->
        <fo:block id="{edf:id($apps[1])}" text-align="justify" xml:lang="{$edf:doc-lang}"
                  font-family="{edf:font-family($edf:doc-lang)}" hyphenate="false" space-after="1.5pt">
          <xsl:for-each select="$apps">
            <fo:inline><xsl:call-template name="edf:app-entry-content"/></fo:inline>
            <xsl:if test="position() != last()"><xsl:text>&#xA0;&#xA0;&#xA0; </xsl:text></xsl:if>
          </xsl:for-each>
        </fo:block>
      </xsl:if>
    </fo:block>
    </xsl:variable>
    <xsl:variable name="height" select="edf:tier-height($page, ($notes ! ed:note-id(.), $apps ! edf:id(.)))"/>
    <xsl:choose>
      <xsl:when test="empty($height)"><xsl:sequence select="$tiers"/></xsl:when>
      <!-- The page's foot as tall as the first pass measured it (layout.xsl): the page keeps
           its lines, so the map of this pass is the map this FO was printed from. Tiers that
           need less stand at the bottom under their rule, the space left above it. -->
      <xsl:otherwise>
        <fo:block-container id="edf-tiers-{edf:tier-anchor($page)}"
                            height="{format-number($height + xs:double($layout-map/layout/@separator), '0.###')}pt"
                            display-align="after" start-indent="0pt" end-indent="0pt">
          <xsl:call-template name="edf:foot-rule"/>
          <xsl:sequence select="$tiers"/>
        </fo:block-container>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
