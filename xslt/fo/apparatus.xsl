<?xml version="1.0" encoding="UTF-8"?>
<!--
  apparatus.xsl - the critical apparatus: the translation divergences of the master
  (standOff/listApp/app, ENCODING.md) and the inline apparatus of third-party files (parallel
  segmentation: app/lem/rdg in the running text). An entry reads "12 lemma] E  reading K ·
  note": keyed to the lemma's line when the previous layout pass placed it (layout.xsl), in
  the page's apparatus tier (foot.xsl) or, with apparatus=end, after the text; without a map
  (the first pass, the fallback) a footnote of its own keyed by § (an inline app: by a ° call).
  An inline app is its own anchor: its printed reading (the lem, else the first rdg) carries
  the id the layout map records.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <xsl:key name="edf:segs-by-app" match="tei:seg[@corresp]" use="ed:pointers(@corresp)"/>
  <!-- The entries of ed:apps by the passage they hang on (edf:app-anchor), so that each seg
       finds its footnotes without testing every entry of the document. -->
  <xsl:key name="edf:apps-by-anchor" match="/tei:TEI/tei:standOff//tei:listApp//tei:app"
           use="edf:app-anchor(.) ! generate-id(.)"/>

  <xsl:function name="edf:apparatus-entries" as="element(tei:app)*">
    <xsl:sequence select="(ed:apps($edf:root), $edf:inline-apps)"/>
  </xsl:function>

  <!-- The inline apps that are entries: printed in the running text (not in a note, not in a
       reading the text does not show) and with something to report (two readings, or a note);
       an app of one reading is text. -->
  <xsl:variable name="edf:inline-apps" as="element(tei:app)*"
      select="$edf:root//tei:text//tei:app[not(ancestor::tei:teiHeader)][edf:inline-entry(.)]"/>

  <xsl:function name="edf:inline-entry" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="empty($app/ancestor::tei:note) and edf:in-running-text($app)
        and (count($app/(tei:lem | tei:rdg | tei:rdgGrp/tei:rdg)) gt 1 or exists($app/tei:note))"/>
  </xsl:function>

  <!-- True for a node the running text prints, as far as inline apps go: not an app's own note
       (it goes into the entry), and inside apps only within the reading each app prints. -->
  <xsl:function name="edf:in-running-text" as="xs:boolean">
    <xsl:param name="n" as="element()"/>
    <xsl:sequence select="empty($n/parent::tei:app)
        and (every $r in $n/ancestor::*[self::tei:lem or self::tei:rdg][ancestor::tei:app]
             satisfies $r is edf:shown-reading($r/ancestor::tei:app[1]))"/>
  </xsl:function>

  <!-- The reading an inline app prints in the text: the lem, else the first rdg. -->
  <xsl:function name="edf:shown-reading" as="element()?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="($app/tei:lem, $app/tei:rdg, $app/tei:rdgGrp/tei:rdg)[1]"/>
  </xsl:function>

  <!-- The passage an entry hangs on: the seg its lemma points to, else the first seg citing it;
       an inline app hangs on itself. -->
  <xsl:function name="edf:app-anchor" as="element()?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="lem-seg" select="ed:resolve($app/tei:lem/@corresp)[self::tei:seg]"/>
    <xsl:variable name="citing" select="if ($app/@xml:id) then key('edf:segs-by-app', string($app/@xml:id), $edf:root) else ()"/>
    <xsl:sequence select="if ($app/ancestor::tei:text) then $app else ($lem-seg, $citing)[1]"/>
  </xsl:function>

  <!-- The FO id of an anchor in the text: a seg's own; for an inline app its printed reading's
       (the app's own id names its entry, in the foot tier or the list at the end). -->
  <xsl:function name="edf:anchor-id" as="xs:string">
    <xsl:param name="anchor" as="element()"/>
    <xsl:sequence select="if ($anchor/self::tei:app) then 'edf-lem-' || edf:id($anchor) else edf:id($anchor)"/>
  </xsl:function>

  <!-- What a footnote without a visible call hangs on: a ZERO WIDTH JOINER, a glyph of no
       width. Not an empty fo:inline: FOP 2.11 then anchors the footnote on an auxiliary box
       without a position, and re-breaking a hyphenated line (LineLayoutManager →
       InlineStackingLayoutManager.getChangedKnuthElements) fails with a NullPointerException
       on it ("prevLM is null"). Not a space of no width either (U+200B, U+2060): FOP makes
       glue of it, finds no box to anchor the footnote on and drops the footnote. -->
  <xsl:variable name="edf:silent-call" as="element()"><fo:inline>&#x200D;</fo:inline></xsl:variable>

  <xsl:function name="edf:in-foot" as="xs:boolean">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="$apparatus = 'foot' and exists(edf:app-anchor($app))"/>
  </xsl:function>

  <xsl:template match="tei:seg">
    <xsl:param name="in-footnote" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="seg" select="."/>
    <xsl:variable name="mapped" select="not($in-footnote) and exists(edf:item-page(edf:id(.)))"/>
    <!-- A passage that holds a block (the Korean registry stamp) is a block itself: FOP splits
         a bordered block nested in an inline into two frames. -->
    <xsl:element name="{if (tei:stamp | tei:dateline | tei:p) then 'fo:block' else 'fo:inline'}"
                 namespace="http://www.w3.org/1999/XSL/Format">
      <xsl:attribute name="id" select="edf:id(.)"/>
      <xsl:if test="@xml:lang"><xsl:call-template name="edf:lang-attrs"/></xsl:if>
      <xsl:call-template name="edf:rend"/>
      <!-- Placed by the previous pass: at its start, so that it is on the lemma's first line,
           the page's foot tiers if this passage is the page's first foot item (foot.xsl). -->
      <xsl:if test="$mapped">
        <xsl:call-template name="edf:foot-call">
          <xsl:with-param name="id" select="edf:id(.)"/>
          <xsl:with-param name="call" select="()"/>
        </xsl:call-template>
      </xsl:if>
      <!-- The first pass anchors the entries where the tiers will hang: at the passage's start. -->
      <xsl:if test="not($in-footnote) and $edf:probe">
        <xsl:call-template name="edf:app-footnotes"/>
      </xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
    <xsl:if test="not($in-footnote) and not($mapped) and not($edf:probe)">
      <xsl:call-template name="edf:app-footnotes"/>
    </xsl:if>
  </xsl:template>

  <!-- The entries anchored at a passage (by default those citing the context seg; an inline
       app is its own), each a footnote of its own (no map). -->
  <xsl:template name="edf:app-footnotes">
    <xsl:param name="entries" as="element(tei:app)*" select="key('edf:apps-by-anchor', generate-id(.), $edf:root)"/>
    <xsl:for-each select="if ($apparatus = 'foot') then $entries else ()">
      <fo:footnote role="Div">
        <!-- No visible call: the entry is keyed by § and lemma. -->
        <xsl:sequence select="$edf:silent-call"/>
        <fo:footnote-body>
          <xsl:choose>
            <xsl:when test="$edf:probe"><xsl:call-template name="edf:probe-entry"/></xsl:when>
            <xsl:otherwise><xsl:call-template name="edf:app-entry"/></xsl:otherwise>
          </xsl:choose>
        </fo:footnote-body>
      </fo:footnote>
    </xsl:for-each>
  </xsl:template>

  <!-- An entry as a block of its own (a footnote without a map, or the list at the end). -->
  <xsl:template name="edf:app-entry">
    <fo:block id="{edf:id(.)}" font-size="{$edf:note-size}" line-height="1.3" text-align="start"
              start-indent="1.8em" text-indent="-1.8em" end-indent="0pt" font-weight="normal"
              font-style="normal" color="#000000" letter-spacing="normal" space-after="1.5pt"
              xml:lang="{$edf:doc-lang}" font-family="{edf:font-family($edf:doc-lang)}">
      <xsl:call-template name="edf:app-entry-content"/>
    </fo:block>
  </xsl:template>

  <!-- "3 lemma] E  reading K (l. 5) · note": the key, the lemma as the text prints it, each
       reading with its sigla (a reading's own line when it stands in the other column). -->
  <xsl:template name="edf:app-entry-content">
    <xsl:variable name="anchor" select="edf:app-anchor(.)"/>
    <xsl:variable name="at" select="if ($anchor) then edf:where(edf:anchor-id($anchor)) else ()"/>
    <!-- What stands before "]": the lem; of an inline app without one, the reading it prints. -->
    <xsl:variable name="lemma" select="(tei:lem, if ($anchor is .) then edf:shown-reading(.) else ())[1]"/>
    <!-- A key is one unit: a line never breaks inside "12–13" or "4.12–13". Without a map an
         inline entry at the foot is keyed by the ° its lemma carries in the text. -->
    <fo:inline font-weight="bold" keep-together.within-line="always"><xsl:value-of select="(edf:line-key($at, $apparatus = 'end'),
        if ($anchor is . and $apparatus = 'foot') then '°'
        else if ($anchor) then edf:locator-label(ed:locator($anchor), $anchor) else '§?')[1]"/></fo:inline>
    <!-- No break between a key and its lemma: a key ending a line would key nothing on it. -->
    <xsl:text>&#xA0;&#xA0;</xsl:text>
    <xsl:for-each select="tei:lem | tei:rdg | tei:rdgGrp/tei:rdg">
      <fo:inline>
        <xsl:call-template name="edf:lang-attrs"/>
        <xsl:choose>
          <xsl:when test=". is $lemma and (normalize-space() or *)">
            <xsl:call-template name="edf:with-symbols">
              <xsl:with-param name="text" select="edf:lemma-text(.)"/>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="normalize-space() or *"><xsl:apply-templates>
            <xsl:with-param name="in-footnote" select="true()" tunnel="yes"/>
          </xsl:apply-templates></xsl:when>
          <xsl:otherwise><fo:inline font-style="italic">om.</fo:inline></xsl:otherwise>
        </xsl:choose>
      </fo:inline>
      <xsl:if test=". is $lemma">]</xsl:if>
      <!-- A reading without @wit (an inline lem often has none) gets no siglum. -->
      <xsl:if test="exists(ed:reading-sigla(.))">
        <xsl:text> </xsl:text>
        <fo:inline font-style="italic" font-size="0.9em"><xsl:value-of select="string-join(ed:reading-sigla(.), ' ')"/></fo:inline>
      </xsl:if>
      <xsl:if test="self::tei:rdg">
        <xsl:variable name="passage" select="ed:resolve(@corresp)[self::tei:seg][1]"/>
        <xsl:variable name="rat" select="if ($passage) then edf:where(edf:id($passage), 'r') else ()"/>
        <xsl:if test="exists($rat)">
          <xsl:value-of select="' (' || edf:line-key($rat, $apparatus = 'end' or $rat[1]/@page != $at[1]/@page) || ')'"/>
        </xsl:if>
      </xsl:if>
      <xsl:if test="position() != last()"><xsl:text>&#xA0;&#xA0; </xsl:text></xsl:if>
    </xsl:for-each>
    <xsl:for-each select="tei:note">
      <xsl:text> · </xsl:text>
      <fo:inline>
        <xsl:call-template name="edf:lang-attrs"/>
        <xsl:apply-templates>
          <xsl:with-param name="in-footnote" select="true()" tunnel="yes"/>
        </xsl:apply-templates>
      </fo:inline>
    </xsl:for-each>
  </xsl:template>

  <!-- The lemma as the reading text prints it (the passage it points to, else the lem or the
       printed reading itself), shortened to "first two … last two" words when longer than six. -->
  <xsl:function name="edf:lemma-text" as="xs:string">
    <xsl:param name="lem" as="element()"/>
    <xsl:variable name="passage" select="ed:resolve($lem/@corresp)[self::tei:seg][1]"/>
    <!-- A lemma the reading view leaves empty (a deletion only) reads as the page shows it, struck through. -->
    <xsl:variable name="words" select="tokenize((ed:plain(($passage, $lem)[1], 'reading')[.], ed:plain(($passage, $lem)[1], 'diplomatic'))[1])"/>
    <xsl:sequence select="if (count($words) le 6) then string-join($words, ' ')
                          else string-join(($words[1], $words[2], '…', $words[last() - 1], $words[last()]), ' ')"/>
  </xsl:function>

  <!-- Plain text with the angle brackets of gaps in the symbol face (the text faces lack them). -->
  <xsl:template name="edf:with-symbols">
    <xsl:param name="text" as="xs:string"/>
    <xsl:analyze-string select="$text" regex="[⟨⟩]">
      <xsl:matching-substring><fo:inline font-family="{edf:symbol-family($edf:root/*)}"><xsl:value-of select="."/></fo:inline></xsl:matching-substring>
      <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <!-- An app nested in a lemma reads as the text prints it: its shown reading only. -->
  <xsl:template match="tei:app" mode="ed:plain">
    <xsl:apply-templates select="edf:shown-reading(.)" mode="#current"/>
  </xsl:template>

  <!-- In print a gap reads as the page shows it (phrase.xsl), not as the generic ⟨…⟩. -->
  <xsl:template match="tei:gap" mode="ed:plain">
    <xsl:variable name="ko" select="edf:chain-key(edf:lang(.)) = 'ko'"/>
    <xsl:variable name="what" select="normalize-space(string-join(tei:desc//text(), ' '))"/>
    <xsl:sequence select="if (@reason = 'signature') then (if ($ko) then ' (서명)' else ' (signature)')
        else '⟨' || (if (@reason = 'illegible') then (if ($ko) then '판독 불가' else 'illegible') || (if ($what) then ': ' || $what else '')
                     else if ($what) then $what else '…') || '⟩'"/>
  </xsl:template>

  <!-- A § locator as is; a unit name ("opener", "head") as a reader's word. -->
  <xsl:function name="edf:locator-label" as="xs:string">
    <xsl:param name="locator" as="xs:string"/>
    <xsl:param name="anchor" as="element()"/>
    <xsl:variable name="words" select="map { 'opener': 'Opening', 'closer': 'Closing', 'head': 'Title',
        'distribution': 'Distribution', 'postscript': 'Postscript', 'document': 'Text' }"/>
    <xsl:sequence select="if (starts-with($locator, '§')) then $locator
                          else if ($locator = 'head' and $anchor/ancestor::tei:div[@type = 'section'])
                          then '§' || $anchor/ancestor::tei:div[@type = 'section'][1]/@n
                          else ($words($locator), $locator)[1]"/>
  </xsl:function>

  <xsl:template name="edf:apparatus-end">
    <xsl:variable name="entries" select="edf:apparatus-entries()[not(edf:in-foot(.))]"/>
    <xsl:if test="exists($entries)">
      <fo:block id="edf-apparatus" break-before="page" role="Sect">
        <fo:block role="H1" font-size="{$edf:body-size} * 1.35" font-weight="bold" text-align="center"
                  space-after="{$edf:leading}" keep-with-next.within-page="always">
          <fo:marker marker-class-name="section">Apparatus</fo:marker>
          <xsl:text>Apparatus</xsl:text>
        </fo:block>
        <fo:block font-size="{$edf:note-size}" font-style="italic" space-after="{$edf:leading} * 0.5" text-align="start">
          <xsl:value-of select="if (empty(ed:apps($edf:root))) then 'Variant readings, keyed to ' || (if ($edf:mapped) then 'page and line' else 'paragraph')
                                || ': lemma] witnesses, reading witnesses · note.'
                                else if ($edf:mapped) then 'Divergences between the translations, keyed to page and line: lemma] witness, reading witness (its page and line) · note.'
                                else 'Divergences between the translations, keyed to paragraph numbers: lemma] witness, reading witness · note.'"/>
        </fo:block>
        <xsl:for-each select="$entries">
          <xsl:call-template name="edf:app-entry"/>
        </xsl:for-each>
      </fo:block>
    </xsl:if>
  </xsl:template>

  <!-- Inline apparatus (third-party files): the lemma (else the first reading) in the text. An
       entry's printed reading carries the anchor id the layout map records; placed by the
       previous pass it is a foot item like a seg (the page's tiers may hang on it); in the first
       pass its entry is a footnote of its own at its start, as a seg's; in the fallback it gets
       a ° and its entry as a footnote after it. Apps that are
       no entries (one reading; inside a note or an entry: in-footnote) print as before: the
       reading, the others bracketed. -->
  <xsl:template match="tei:text//tei:app">
    <xsl:param name="in-footnote" as="xs:boolean" select="false()" tunnel="yes"/>
    <xsl:variable name="shown" select="edf:shown-reading(.)"/>
    <xsl:choose>
      <xsl:when test="not($in-footnote) and edf:inline-entry(.)">
        <xsl:variable name="id" select="edf:anchor-id(.)"/>
        <xsl:variable name="mapped" select="exists(edf:item-page($id))"/>
        <fo:inline id="{$id}">
          <xsl:if test="$mapped">
            <xsl:call-template name="edf:foot-call">
              <xsl:with-param name="id" select="$id"/>
              <xsl:with-param name="call" select="()"/>
            </xsl:call-template>
          </xsl:if>
          <!-- The first pass: the entry where the tiers will hang, with no mark that the print
               will not have (foot.xsl, edf:probe-whole). -->
          <xsl:if test="$edf:probe">
            <xsl:call-template name="edf:app-footnotes">
              <xsl:with-param name="entries" select="."/>
            </xsl:call-template>
          </xsl:if>
          <xsl:apply-templates select="$shown"/>
          <!-- An empty lemma (an addition in the other witnesses) still needs a glyph to be placed by. -->
          <xsl:if test="not(normalize-space($shown) or $shown/*)"><xsl:sequence select="$edf:silent-call"/></xsl:if>
        </fo:inline>
        <xsl:if test="not($mapped) and not($edf:probe) and $apparatus = 'foot'">
          <fo:footnote role="Div">
            <fo:inline baseline-shift="super" font-size="60%">°</fo:inline>
            <fo:footnote-body>
              <xsl:call-template name="edf:app-entry"/>
            </fo:footnote-body>
          </fo:footnote>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline><xsl:apply-templates select="$shown"/></fo:inline>
        <xsl:variable name="others" select="(tei:lem, tei:rdg, tei:rdgGrp/tei:rdg, tei:note) except $shown"/>
        <xsl:if test="exists($others)">
          <fo:inline font-size="0.9em"> [<xsl:for-each select="$others">
              <xsl:if test="position() gt 1">; </xsl:if>
              <xsl:choose>
                <xsl:when test="self::tei:note or normalize-space() or *"><xsl:apply-templates select="."/></xsl:when>
                <xsl:otherwise><fo:inline font-style="italic">om.</fo:inline></xsl:otherwise>
              </xsl:choose>
              <xsl:if test="exists(ed:reading-sigla(.))">
                <fo:inline font-style="italic"><xsl:value-of select="' ' || string-join(ed:reading-sigla(.), ' ')"/></fo:inline>
              </xsl:if>
            </xsl:for-each>]</fo:inline>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:lem | tei:rdg | tei:rdgGrp">
    <fo:inline><xsl:apply-templates/></fo:inline>
  </xsl:template>

</xsl:stylesheet>
