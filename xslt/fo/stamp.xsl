<?xml version="1.0" encoding="UTF-8"?>
<!--
  stamp.xsl - a tilted stamp drawn at its tilt. FOP rotates areas only in 90° steps, but it
  renders SVG through Batik, whose text FOP writes as PDF text in the configured fonts (so the
  stamp's words stay extractable and searchable). A stamp with rend="tilted" whose lines are
  short enough to measure becomes an SVG figure with alternate text (PDF/UA); any other stamp
  keeps the framed box of blocks.xsl. The tilt matches the HTML edition's (-3°).

  Batik measures text only when it draws it, so the frame is sized here from an estimate of
  the line widths (edf:text-width); the estimate errs on the wide side.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:math="http://www.w3.org/2005/xpath-functions/math"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions"
    xmlns:svg="http://www.w3.org/2000/svg"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <xsl:variable name="edf:stamp-tilt" as="xs:double" select="-3"/>

  <!-- The stamp's lines in the reading view: text split at lb, without notes and the
       alternatives the reading text does not show. -->
  <xsl:function name="edf:stamp-lines" as="xs:string*">
    <xsl:param name="stamp" as="element(tei:stamp)"/>
    <xsl:variable name="texts" select="$stamp//text()[not(ancestor::*[self::tei:note or self::tei:orig
        or self::tei:sic or self::tei:abbr or self::tei:del or self::tei:reg[preceding-sibling::tei:reg]])]"/>
    <xsl:for-each-group select="$texts" group-by="count(preceding::tei:lb[ancestor::tei:stamp[1] is $stamp])">
      <xsl:sequence select="normalize-space(string-join(current-group()))[.]"/>
    </xsl:for-each-group>
  </xsl:function>

  <!-- Estimated advance of a line in em: full width for CJK, Noto Serif-like widths otherwise. -->
  <xsl:function name="edf:text-width" as="xs:double">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="sum(string-to-codepoints($s) ! (
        if (. ge 4352 and (. le 4607 or (. ge 11904 and . le 40959) or (. ge 44032 and . le 55215)
            or (. ge 63744 and . le 64255) or (. ge 65280 and . le 65519))) then 1.0
        else if (. = 32) then 0.26
        else if (codepoints-to-string(.) = ('i', 'j', 'l', '.', ',', ':', ';', '’', '''', '|', '!', '/')) then 0.3
        else if (matches(codepoints-to-string(.), '\p{Lu}')) then 0.72
        else 0.58), 0)"/>
  </xsl:function>

  <!-- Short, plain lines only: long or structured stamps stay boxes. -->
  <xsl:function name="edf:draw-stamp" as="xs:boolean">
    <xsl:param name="stamp" as="element(tei:stamp)"/>
    <xsl:variable name="lines" select="edf:stamp-lines($stamp)"/>
    <xsl:sequence select="contains-token(string($stamp/@rend), 'tilted') and exists($lines)
        and count($lines) le 4 and max($lines ! edf:text-width(.)) le 26
        and matches(string-join($lines), $edf:svg-safe-text)
        and empty($stamp//(tei:table | tei:list | tei:figure | tei:graphic | tei:p))"/>
  </xsl:function>

  <!-- Text the first two faces of a chain (Noto Serif, then the language's own) set. Batik,
       which draws the SVG, tries every family it is given: the whole chain would make FOP load
       every CJK and MUFI face of the default set for each document, so SVG text gets those two
       faces only, and a stamp with other characters stays a box, set by the whole chain. -->
  <xsl:variable name="edf:svg-safe-text" as="xs:string"
      select="'^[\p{IsBasicLatin}\p{IsLatin-1Supplement}\p{IsLatinExtended-A}\p{IsGeneralPunctuation}\p{IsHangulSyllables}]*$'"/>

  <xsl:template match="tei:stamp[edf:draw-stamp(.)]" priority="1">
    <xsl:variable name="ko" select="edf:chain-key(edf:lang(.)) = 'ko'"/>
    <xsl:variable name="lines" select="edf:stamp-lines(.)"/>
    <xsl:variable name="size" select="xs:double(replace($edf:body-size, 'pt$', '')) * 0.9"/>
    <xsl:variable name="lead" select="$size * 1.3"/>
    <!-- Frame: text plus padding, two strokes (a double rule as in blocks.xsl). -->
    <xsl:variable name="w" select="round(max($lines ! edf:text-width(.)) * $size + 16)"/>
    <xsl:variable name="h" select="round(count($lines) * $lead + 10)"/>
    <xsl:variable name="a" select="math:pi() * abs($edf:stamp-tilt) div 180"/>
    <!-- The rotated frame's bounding box, plus a point of margin. -->
    <xsl:variable name="bw" select="ceiling($w * math:cos($a) + $h * math:sin($a)) + 2"/>
    <xsl:variable name="bh" select="ceiling($w * math:sin($a) + $h * math:cos($a)) + 2"/>
    <xsl:variable name="alt" select="(if ($ko) then '도장: ' else 'Stamp: ') || string-join($lines, ' ')"/>
    <fo:block id="{edf:id(.)}" space-after="{$edf:leading} * 0.4" keep-together.within-page="always"
              text-align="start" line-height="1">
      <fo:instream-foreign-object fox:alt-text="{$alt}" content-width="{$bw}pt" content-height="{$bh}pt"
                                  alignment-baseline="after-edge">
        <svg:svg width="{$bw}pt" height="{$bh}pt" viewBox="0 0 {$bw} {$bh}">
          <svg:g transform="rotate({$edf:stamp-tilt} {$bw div 2} {$bh div 2}) translate({($bw - $w) div 2} {($bh - $h) div 2})"
                 fill="none" stroke="#3a3a7a">
            <svg:rect x="0.6" y="0.6" width="{$w - 1.2}" height="{$h - 1.2}" stroke-width="0.4"/>
            <svg:rect x="1.8" y="1.8" width="{$w - 3.6}" height="{$h - 3.6}" stroke-width="0.4"/>
            <svg:g stroke="none" fill="#2b2b66" text-anchor="middle" font-size="{$size}"
                   font-family="{string-join(tokenize(edf:font-family(edf:lang(.)), ',\s*')[position() le 2], ', ')}">
              <xsl:for-each select="$lines">
                <svg:text x="{$w div 2}" y="{5 + (position() - 1) * $lead + $size * 1.02}"><xsl:value-of select="."/></svg:text>
              </xsl:for-each>
            </svg:g>
          </svg:g>
        </svg:svg>
      </fo:instream-foreign-object>
      <xsl:apply-templates select=".//tei:note"/>
      <xsl:apply-templates select="edf:trailing-notes(.)"><xsl:with-param name="attached" select="true()"/></xsl:apply-templates>
    </fo:block>
  </xsl:template>

</xsl:stylesheet>
