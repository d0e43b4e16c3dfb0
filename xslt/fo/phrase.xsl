<?xml version="1.0" encoding="UTF-8"?>
<!--
  phrase.xsl - phrase-level TEI as fo:inline, in the reading view of ENCODING.md: expansions
  without brackets, the corrected form, the first regularised name form, supplied punctuation,
  glosses in parentheses, gaps as ⟨…⟩ with their reason, the hand-written additions in an
  italic "ink" style, deletions struck through (kept: no text is dropped). Korean words are
  kept together on a line (FOP would otherwise break Hangul between any two syllables).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <!-- Text: Korean words (runs without spaces that contain Hangul) must not break inside. -->
  <xsl:template match="text()">
    <xsl:choose>
      <xsl:when test="edf:chain-key(edf:lang(.)) = 'ko' and matches(., '[\p{IsHangulSyllables}]')">
        <!-- Word by word: a run of non-space characters is kept together when it holds a
             Hangul syllable. (One regex for "a run holding Hangul" backtracks through every
             other word, and with \p{…} escaped in the attribute Saxon compiled it for each node.) -->
        <!-- A word running on from the element before (<persName>김승화</persName>가) is
             joined to it with a ZERO WIDTH NO-BREAK SPACE (line-break class WJ): the two
             inlines would otherwise meet at a break opportunity between two syllables. Not
             U+2060 WORD JOINER: Noto Serif, the first face of the chain that has it, gives it
             0.6 em of width, a visible gap in "소련 과". -->
        <!-- The two parts of the word are letter-spaced like the letters of each (edf:tracked). -->
        <xsl:if test="edf:continues-word(.)">&#xFEFF;<xsl:sequence select="edf:letter-space()"/></xsl:if>
        <xsl:analyze-string select="." regex="[^\s]+">
          <xsl:matching-substring>
            <xsl:choose>
              <xsl:when test="matches(., '[\p{IsHangulSyllables}]')">
                <!-- A line may also break before an opening bracket that follows a letter or
                     digit inside the run (1인(5개년 → 1인 | (5개년): a ZERO WIDTH SPACE between
                     the two parts, each kept whole. -->
                <xsl:for-each select="tokenize(replace(., '([\p{L}\p{N}])([(\[〈《「『【〔])', '$1&#xE000;$2'), '&#xE000;')">
                  <xsl:if test="position() gt 1">&#x200B;</xsl:if>
                  <xsl:choose>
                    <xsl:when test="matches(., '[\p{IsHangulSyllables}]')">
                      <fo:inline keep-together.within-line="always"><xsl:sequence select="edf:tracked(.)"/></fo:inline>
                    </xsl:when>
                    <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
                  </xsl:choose>
                </xsl:for-each>
              </xsl:when>
              <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
            </xsl:choose>
          </xsl:matching-substring>
          <xsl:non-matching-substring><xsl:value-of select="."/></xsl:non-matching-substring>
        </xsl:analyze-string>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A Korean word with elastic letter spacing. Kept whole in a narrow column, Korean has few
       word spaces to stretch: a line before a long word (조선민주주의인민공화국) opened spaces
       of 3.5 em. So a space leader stands between the word's characters: a justified line may
       stretch it up to 0.05 em, or tighten it by 0.06 em to take a long word in (FOP makes a
       leader's length elastic in justified text only and never breaks a line at one; ragged
       text keeps the optimum, 0). More stretch would spread a loose line's letters past
       0.15 em, where PDF text extraction reads them as separate words. FOP's letter-spacing
       is no use: with the OpenType faces (GSUB/GPOS, complex scripts on) FOP 2.11 counts no
       letter spaces in a word and fails on an elastic one. -->
  <xsl:function name="edf:tracked" as="node()*">
    <xsl:param name="word" as="xs:string"/>
    <xsl:variable name="chars" select="string-to-codepoints($word) ! codepoints-to-string(.)"/>
    <xsl:for-each select="$chars">
      <xsl:variable name="i" select="position()"/>
      <!-- Not at a combining mark or a joiner, which belong to the character before them. -->
      <xsl:if test="$i gt 1 and not(matches(., '[\p{M}&#xFEFF;&#x200D;]')) and not(matches($chars[$i - 1], '[&#xFEFF;&#x200D;]'))">
        <xsl:sequence select="edf:letter-space()"/>
      </xsl:if>
      <xsl:value-of select="."/>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="edf:letter-space" as="element(fo:leader)">
    <fo:leader leader-length.minimum="-0.06em" leader-length.optimum="0pt" leader-length.maximum="0.05em"/>
  </xsl:function>

  <!-- True when a text node starts inside a word begun by the text before it in the same block. -->
  <xsl:function name="edf:continues-word" as="xs:boolean">
    <xsl:param name="t" as="text()"/>
    <xsl:variable name="before" select="$t/preceding::text()[1]"/>
    <xsl:sequence select="matches($t, '^\S') and exists($before) and matches($before, '\S$')
        and not($before/ancestor::tei:note) and not($t/preceding::*[1][self::tei:note or self::tei:lb or self::tei:pb])
        and ($before/ancestor::*[self::tei:p or self::tei:ab or self::tei:head or self::tei:item][1]
             is $t/ancestor::*[self::tei:p or self::tei:ab or self::tei:head or self::tei:item][1])"/>
  </xsl:function>

  <xsl:template match="tei:hi | tei:emph | tei:title | tei:mentioned | tei:soCalled | tei:term | tei:foreign">
    <fo:inline>
      <xsl:if test="@xml:lang"><xsl:call-template name="edf:lang-attrs"/></xsl:if>
      <xsl:call-template name="edf:rend"/>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <!-- @rend words to FO properties; emphasis without @rend is italic. -->
  <xsl:template name="edf:rend">
    <xsl:variable name="r" select="tokenize(lower-case(string(@rend)), '[\s,;]+')"/>
    <xsl:if test="$r = ('italic', 'italics', 'i') or (empty(@rend) and (self::tei:emph or self::tei:title or self::tei:mentioned or self::tei:foreign or self::tei:term[@xml:lang]))">
      <xsl:attribute name="font-style" select="'italic'"/>
    </xsl:if>
    <xsl:if test="$r = ('bold', 'b', 'strong')"><xsl:attribute name="font-weight" select="'bold'"/></xsl:if>
    <xsl:if test="$r = ('sup', 'superscript')"><xsl:attribute name="baseline-shift" select="'super'"/><xsl:attribute name="font-size" select="'70%'"/></xsl:if>
    <xsl:if test="$r = ('sub', 'subscript')"><xsl:attribute name="baseline-shift" select="'sub'"/><xsl:attribute name="font-size" select="'70%'"/></xsl:if>
    <xsl:if test="$r = ('smallcaps', 'sc', 'small-caps')"><xsl:attribute name="font-variant" select="'small-caps'"/></xsl:if>
    <xsl:if test="$r = ('underline', 'ul', 'u')"><xsl:attribute name="text-decoration" select="'underline'"/></xsl:if>
    <xsl:if test="$r = ('strikethrough', 'overstrike')"><xsl:attribute name="text-decoration" select="'line-through'"/></xsl:if>
    <xsl:if test="$r = ('spaced', 'letterspaced', 'gesperrt')"><xsl:attribute name="letter-spacing" select="'0.15em'"/></xsl:if>
  </xsl:template>

  <!-- choice: the reading form. -->
  <xsl:template match="tei:choice">
    <xsl:variable name="shown" select="(tei:corr, tei:expan, tei:reg, tei:seg, *)[1]"/>
    <fo:inline><xsl:apply-templates select="$shown"/></fo:inline>
  </xsl:template>

  <xsl:template match="tei:expan | tei:ex | tei:abbr | tei:sic | tei:corr | tei:orig | tei:reg | tei:unclear
                       | tei:date | tei:time | tei:measure | tei:num | tei:rs | tei:name | tei:persName
                       | tei:placeName | tei:orgName | tei:geogName | tei:roleName | tei:surname | tei:forename
                       | tei:ref | tei:q | tei:said | tei:quote | tei:c | tei:g | tei:w | tei:pc | tei:damage
                       | tei:restore | tei:supplied | tei:addName | tei:bibl | tei:author | tei:idno | tei:s | tei:phr | tei:cl">
    <fo:inline>
      <xsl:if test="@xml:lang"><xsl:call-template name="edf:lang-attrs"/></xsl:if>
      <xsl:call-template name="edf:rend"/>
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:gloss">
    <fo:inline font-style="italic" color="#333333"> (<xsl:apply-templates/>)</fo:inline>
  </xsl:template>

  <xsl:template match="tei:del">
    <fo:inline text-decoration="line-through" color="#555555"><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- Additions by a named hand are set as "ink": italic, dark blue (at the text's size: a
       larger face would stretch its line off the grid shared by both columns). -->
  <xsl:template match="tei:add[@hand]">
    <fo:inline font-style="italic" color="#1f3f8f">
      <xsl:apply-templates/>
    </fo:inline>
  </xsl:template>

  <xsl:template match="tei:add">
    <fo:inline><xsl:apply-templates/></fo:inline>
  </xsl:template>

  <!-- Gaps: ⟨…⟩ with what is missing; the signature as a short rule with its label. -->
  <xsl:template match="tei:gap">
    <xsl:variable name="ko" select="edf:chain-key(edf:lang(.)) = 'ko'"/>
    <xsl:variable name="what" select="normalize-space(string-join(tei:desc//text(), ' '))"/>
    <xsl:choose>
      <xsl:when test="@reason = 'signature'">
        <fo:inline font-style="italic" color="#1f3f8f">
          <fo:wrapper role="artifact"><fo:leader leader-pattern="rule" leader-length="6em" rule-thickness="0.5pt"/></fo:wrapper>
          <xsl:value-of select="if ($ko) then ' (서명)' else ' (signature)'"/>
        </fo:inline>
      </xsl:when>
      <xsl:otherwise>
        <fo:inline color="#555555">
          <!-- The brackets in inlines of their own: FOP picks one font per word, and the
               Latin and Hangul faces have no ⟨⟩ (a symbol font of the chain has). The math
               face reaches deeper than the Hangul face; a nominal baseline shift makes FOP
               leave it out of the line height (line-height-shift-adjustment="disregard-shifts"
               on the flow), so the line stays on the grid. -->
          <fo:inline font-style="normal" font-family="{edf:symbol-family(.)}" baseline-shift="0.01pt">⟨</fo:inline>
          <fo:inline>
          <xsl:choose>
            <xsl:when test="@reason = 'illegible'">
              <xsl:value-of select="(if ($ko) then '판독 불가' else 'illegible') || (if ($what) then ': ' || $what else '')"/>
            </xsl:when>
            <xsl:when test="$what"><xsl:value-of select="$what"/></xsl:when>
            <xsl:otherwise>…</xsl:otherwise>
          </xsl:choose>
          </fo:inline>
          <fo:inline font-style="normal" font-family="{edf:symbol-family(.)}" baseline-shift="0.01pt">⟩</fo:inline>
        </fo:inline>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The chain with the math/symbol faces first, for generated brackets: FOP measures a
       character it falls back for with the first family's metrics, which misplaces it. -->
  <xsl:function name="edf:symbol-family" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="'Noto Sans Math, ' || edf:font-family(edf:lang($node))"/>
  </xsl:function>

  <xsl:template match="tei:space">
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- Line breaks are kept where the lines mean something (opener, closer, heading, stamp,
       address, verse); in running prose they become a space (none inside a split word). -->
  <xsl:template match="tei:lb">
    <xsl:choose>
      <xsl:when test="ancestor::*[self::tei:opener or self::tei:closer or self::tei:head or self::tei:stamp
                      or self::tei:signed or self::tei:dateline or self::tei:address or self::tei:l]
                      and preceding-sibling::node()[normalize-space() or self::*]">
        <fo:block/>
      </xsl:when>
      <xsl:when test="@break = 'no'"/>
      <!-- Right after a stamp or dateline the line has already ended. -->
      <xsl:when test="edf:ends-with-block(preceding-sibling::node()[not(self::text()[not(normalize-space())])][1])"/>
      <xsl:otherwise><xsl:text> </xsl:text></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:pb | tei:cb | tei:milestone | tei:anchor | tei:handShift | tei:ptr | tei:index | tei:alt | tei:join | tei:link"/>

  <xsl:template match="tei:ptr[@target]" priority="1">
    <fo:inline color="#555555">[<xsl:value-of select="@target"/>]</fo:inline>
  </xsl:template>

</xsl:stylesheet>
