<?xml version="1.0" encoding="UTF-8"?>
<!--
  phrase.xsl - phrase-level TEI. Both renderings of the text are written into the page:
  class "rd" marks what only the reading view shows, class "dp" what only the diplomatic view
  shows (brackets, abbreviations, the source's errors); edition.css hides one set according
  to the body class, and with no script the reading view shows. The physical document
  (stamp: blocks.xsl; hands, gaps, signature) is made visible here.
  Tunnel parameter h:in-link: inside an a element, no nested links are written.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:h="urn:editionkit:html"
    exclude-result-prefixes="#all">

  <xsl:template name="h:only">
    <xsl:param name="view" as="xs:string"/>
    <xsl:param name="text" as="xs:string"/>
    <span class="{if ($view = 'diplomatic') then 'dp' else 'rd'}"><xsl:value-of select="$text"/></span>
  </xsl:template>

  <xsl:template match="tei:expan | tei:corr | tei:reg | tei:sic | tei:orig | tei:abbr">
    <span><xsl:call-template name="h:attrs"><xsl:with-param name="class" select="local-name()"/></xsl:call-template><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:ex | tei:supplied">
    <span>
      <xsl:call-template name="h:attrs"><xsl:with-param name="class" select="local-name()"/></xsl:call-template>
      <xsl:call-template name="h:only"><xsl:with-param name="view" select="'diplomatic'"/><xsl:with-param name="text" select="'['"/></xsl:call-template>
      <xsl:apply-templates/>
      <xsl:call-template name="h:only"><xsl:with-param name="view" select="'diplomatic'"/><xsl:with-param name="text" select="']'"/></xsl:call-template>
    </span>
  </xsl:template>

  <xsl:template match="tei:gloss">
    <span>
      <xsl:call-template name="h:attrs"><xsl:with-param name="class" select="'gloss'"/></xsl:call-template>
      <span class="rd"> (</span><span class="dp">[</span>
      <xsl:apply-templates/>
      <span class="rd">)</span><span class="dp">]</span>
    </span>
  </xsl:template>

  <!-- choice: reading = corr/reg/expan, diplomatic = sic/orig/abbr; several regs = name forms. -->
  <xsl:template match="tei:choice">
    <xsl:variable name="rd" select="(tei:corr, tei:reg, tei:expan)[1]"/>
    <xsl:variable name="dp" select="(tei:sic, tei:orig, tei:abbr)[1]"/>
    <xsl:choose>
      <xsl:when test="count(tei:reg) gt 1 and empty($dp)">
        <xsl:variable name="regs" select="tei:reg"/>
        <span class="choice name-forms">
          <span class="rd" title="{string-join($regs[position() gt 1] ! normalize-space(), ' · ')}">
            <xsl:apply-templates select="$regs[1]"/>
          </span>
          <span class="dp">
            <xsl:apply-templates select="$regs[1]"/>
            <xsl:text> [</xsl:text>
            <xsl:apply-templates select="$regs[2]"/>
            <xsl:for-each select="$regs[position() gt 2]">
              <xsl:text> (</xsl:text><xsl:apply-templates select="."/><xsl:text>)</xsl:text>
            </xsl:for-each>
            <xsl:text>]</xsl:text>
          </span>
          <xsl:apply-templates select="* except $regs"/>
        </span>
      </xsl:when>
      <xsl:when test="$rd and $dp">
        <span class="choice">
          <span class="rd" title="{'source: ' || normalize-space($dp)}"><xsl:apply-templates select="$rd"/></span>
          <span class="dp"><xsl:apply-templates select="$dp"/></span>
          <xsl:apply-templates select="* except ($rd, $dp)"/>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <span class="choice">
          <xsl:for-each select="*">
            <xsl:if test="position() gt 1"><span class="sep"> / </span></xsl:if>
            <xsl:apply-templates select="."/>
          </xsl:for-each>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Deleted text belongs to the diplomatic view only. -->
  <xsl:template match="tei:del">
    <del class="dp"><xsl:call-template name="h:attrs"/><xsl:apply-templates/></del>
  </xsl:template>

  <!-- Gaps: omitted words ⟨…⟩, illegible passages named, a signature as a signature mark. -->
  <xsl:template match="tei:gap">
    <xsl:variable name="what" select="normalize-space(string-join((tei:desc, @reason ! replace(., '-', ' '), @extent ! ('extent: ' || .), @quantity ! (. || ' ' || ../@unit)), ', '))"/>
    <xsl:choose>
      <xsl:when test="@reason = 'signature'">
        <span class="gap gap-signature" title="signature (not transcribed)">
          <xsl:value-of select="(tei:desc[normalize-space()] ! normalize-space(), 'signature')[1]"/>
        </span>
      </xsl:when>
      <xsl:when test="@reason = 'illegible' or tei:desc">
        <span class="gap gap-{replace((@reason, 'unknown')[1], '\W', '-')}" title="{$what}">⟨<xsl:value-of
          select="normalize-space(string-join((@reason[. = 'illegible'][not(ed:lang-of(.) = 'ko')], tei:desc), ' '))"/>⟩</span>
      </xsl:when>
      <xsl:otherwise>
        <span class="gap" title="{if ($what) then $what else 'gap'}">⟨…⟩<span class="visually-hidden">
          <xsl:value-of select="' (' || (if ($what) then $what else 'gap') || ')'"/></span></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- An addition in another hand: hand style, the hand named on hover and on keyboard focus.
       The tooltip is the addition's sibling, not its child, so that a screen reader says the
       text once and the hand once (as its description); role "term": a phrase with an
       explanation. -->
  <xsl:template match="tei:add">
    <xsl:choose>
      <xsl:when test="@hand">
        <xsl:variable name="tip" select="'tip-' || ed:anchor-id(.)"/>
        <span class="tip-holder">
          <span role="term" tabindex="0" aria-describedby="{$tip}" data-hand="{ed:pointers(@hand)[1]}">
            <xsl:call-template name="h:attrs">
              <xsl:with-param name="class" select="string-join(('hand', ed:pointers(@hand)[1], @place ! ('place-' || replace(., '\W', '-'))), ' ')"/>
            </xsl:call-template>
            <xsl:apply-templates/>
          </span>
          <span class="tip" role="tooltip" id="{$tip}">
            <xsl:value-of select="'Added by hand' || (@place ! (' (' || . || ')')) || ': ' || ed:hand-label(@hand)"/>
          </span>
        </span>
      </xsl:when>
      <xsl:otherwise>
        <span>
          <xsl:call-template name="h:attrs"><xsl:with-param name="class" select="'add'"/></xsl:call-template>
          <span class="dp">\</span><xsl:apply-templates/><span class="dp">/</span>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A change of hand is marked where a minor hand starts; back to the main hand is silent. -->
  <xsl:template match="tei:handShift[ed:hand(@new)/@scope = 'major']"/>

  <xsl:template match="tei:handShift">
    <xsl:variable name="tip" select="'tip-' || ed:anchor-id(.)"/>
    <span class="tip-holder"><span class="handshift" role="img" aria-label="change of hand" tabindex="0"
        aria-describedby="{$tip}">✍</span><span class="tip" role="tooltip" id="{$tip}">
      <xsl:value-of select="'Change of hand: ' || ed:hand-label((@new, @scribeRef, @scribe)[1])"/></span></span>
  </xsl:template>

  <!-- Names: linked to their index entry when the register has one. -->
  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:name | tei:rs">
    <xsl:param name="h:in-link" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="entry" select="if (@ref and ancestor::tei:text) then ed:entry-of(.) else ()"/>
    <xsl:variable name="linkable" select="exists($entry) and not($h:in-link)
                  and empty(.//(tei:note | tei:seg[@type = 'divergence'] | tei:ref | tei:ptr | *[@ref]))"/>
    <xsl:element name="{if ($linkable) then 'a' else 'span'}">
      <xsl:attribute name="class" select="string-join(('name', local-name(), $entry ! local-name(.)), ' ')"/>
      <xsl:if test="$entry"><xsl:attribute name="id" select="ed:anchor-id(.)"/></xsl:if>
      <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:if test="$linkable"><xsl:attribute name="href" select="'#idx-' || $entry/@xml:id"/></xsl:if>
      <xsl:apply-templates>
        <xsl:with-param name="h:in-link" tunnel="yes" select="$h:in-link or $linkable"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- A divergence between the translations: marked, and keyed to its apparatus entry. -->
  <xsl:template match="tei:seg[@type = 'divergence']">
    <xsl:param name="h:in-link" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="app" select="ed:app-of(.)"/>
    <span class="divergence" data-app="{$app ! ed:anchor-id(.)}">
      <xsl:call-template name="h:attrs"><xsl:with-param name="class" select="'divergence'"/></xsl:call-template>
      <xsl:apply-templates/>
    </span>
    <xsl:if test="$app">
      <sup class="app-ref">
        <xsl:element name="{if ($h:in-link) then 'span' else 'a'}">
          <xsl:if test="not($h:in-link)">
            <xsl:attribute name="href" select="'#' || ed:anchor-id($app)"/>
            <xsl:attribute name="aria-label" select="'Apparatus entry ' || ed:app-number($app)"/>
          </xsl:if>
          <xsl:value-of select="'‡' || ed:app-number($app)"/>
        </xsl:element>
      </sup>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:date[@when] | tei:time[@when]">
    <xsl:variable name="w" select="string(@when)"/>
    <xsl:element name="{if (matches($w, '^\d{4}(-\d{2}(-\d{2})?)?$')) then 'time' else 'span'}">
      <xsl:call-template name="h:attrs"><xsl:with-param name="class" select="local-name()"/></xsl:call-template>
      <xsl:if test="matches($w, '^\d{4}(-\d{2}(-\d{2})?)?$')"><xsl:attribute name="datetime" select="$w"/></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:hi | tei:emph | tei:foreign | tei:term | tei:mentioned | tei:soCalled | tei:q | tei:quote[not(tei:p | tei:lg | tei:l)]
                       | tei:title[ancestor::tei:text] | tei:unclear | tei:damage | tei:surplus | tei:measure | tei:num">
    <span>
      <xsl:call-template name="h:attrs"><xsl:with-param name="class" select="local-name()"/></xsl:call-template>
      <xsl:if test="self::tei:q or self::tei:soCalled"><xsl:text>“</xsl:text></xsl:if>
      <xsl:apply-templates/>
      <xsl:if test="self::tei:q or self::tei:soCalled"><xsl:text>”</xsl:text></xsl:if>
    </span>
  </xsl:template>

  <!-- Line breaks are layout in openers, closers, headings and the like (both views); in
       running prose they only show in the diplomatic view. -->
  <xsl:template match="tei:lb">
    <xsl:variable name="lines" select="exists(ancestor::*[self::tei:opener or self::tei:closer or self::tei:head
                  or self::tei:signed or self::tei:address or self::tei:stamp or self::tei:salute
                  or self::tei:byline or self::tei:docImprint or self::tei:titlePart or self::tei:postscript])"/>
    <xsl:if test="not(@break = 'no') and not($lines)"><xsl:text> </xsl:text></xsl:if>
    <br class="{if ($lines) then 'lb' else 'dp'}"/>
  </xsl:template>

  <xsl:template match="tei:pb | tei:cb">
    <span class="{local-name()}" title="{if (self::tei:pb) then 'page break' else 'column break'}">
      <xsl:call-template name="h:attrs"><xsl:with-param name="class" select="local-name()"/></xsl:call-template>
      <xsl:value-of select="'‖' || (@n ! (' ' || .))"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:fw">
    <span>
      <xsl:call-template name="h:attrs"><xsl:with-param name="class" select="'fw'"/></xsl:call-template>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <!-- Links: to a URL, or to an element of this document that the page shows with an id. -->
  <xsl:function name="h:target-id" as="xs:string?">
    <xsl:param name="target" as="element()?"/>
    <xsl:sequence select="if (empty($target)) then ()
        else if ($target/ancestor::tei:text or $target/self::tei:handNote or $target/self::tei:app[ancestor::tei:listApp])
        then ed:anchor-id($target)
        else if ($target[self::tei:person or self::tei:place or self::tei:org][@xml:id][exists(h:occurrences(.))]) then 'idx-' || $target/@xml:id
        else ()"/>
  </xsl:function>

  <xsl:template match="tei:ref[@target] | tei:ptr[@target]">
    <xsl:param name="h:in-link" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="t" select="tokenize(normalize-space(@target))[1]"/>
    <xsl:variable name="local" select="if (starts-with($t, '#')) then h:target-id(id(substring($t, 2), root())[1]) else ()"/>
    <xsl:variable name="href" select="if ($h:in-link) then () else if (exists($local)) then '#' || $local
                                      else if (matches($t, '^(https?:|mailto:)')) then $t else ()"/>
    <xsl:element name="{if (exists($href)) then 'a' else 'span'}">
      <xsl:call-template name="h:attrs"><xsl:with-param name="class" select="local-name()"/></xsl:call-template>
      <xsl:if test="exists($href)"><xsl:attribute name="href" select="$href"/></xsl:if>
      <xsl:apply-templates>
        <xsl:with-param name="h:in-link" tunnel="yes" select="$h:in-link or exists($href)"/>
      </xsl:apply-templates>
      <xsl:if test="self::tei:ptr"><xsl:value-of select="@target"/></xsl:if>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:graphic | tei:media">
    <span class="graphic">[image: <xsl:value-of select="(@url, @mimeType, 'graphic')[1]"/>]</span>
    <xsl:apply-templates/>
  </xsl:template>

  <!-- Apparatus written inline (third-party editions): lemma, then the readings with sigla. -->
  <xsl:template match="tei:text//tei:app">
    <span class="app-inline">
      <xsl:call-template name="h:attrs"/>
      <xsl:variable name="main" select="(tei:lem, tei:rdg, tei:rdgGrp)[1]"/>
      <xsl:apply-templates select="$main"/>
      <xsl:if test="* except $main">
        <span class="app-variants">
          <xsl:text> [</xsl:text>
          <xsl:for-each select="* except $main">
            <xsl:if test="position() gt 1"><xsl:text>; </xsl:text></xsl:if>
            <xsl:apply-templates select="."/>
          </xsl:for-each>
          <xsl:text>]</xsl:text>
        </span>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template match="tei:text//tei:lem | tei:text//tei:rdg">
    <span>
      <xsl:call-template name="h:attrs"><xsl:with-param name="class" select="local-name()"/></xsl:call-template>
      <xsl:if test="ed:is-omission(.)"><em class="om">om.</em></xsl:if>
      <xsl:apply-templates/>
      <xsl:if test="@wit and ancestor::tei:app[1]/(* except current())">
        <span class="sigla"><xsl:value-of select="' ' || string-join(ed:reading-sigla(.), ' ')"/></span>
      </xsl:if>
    </span>
  </xsl:template>

</xsl:stylesheet>
