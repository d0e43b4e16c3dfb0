<?xml version="1.0" encoding="UTF-8"?>
<!--
  positions.xsl - the positions that numbers and anchors are made of, computed for a whole
  document in one pass (accumulators, evaluated once per tree on first use) and then looked up.
  Counting preceding siblings or preceding notes for every node instead made a document of n
  paragraphs cost O(n²): minutes for 100,000 paragraphs.

  ed:child-position($e)      position of $e among its parent's element children
  ed:p-position($p)          position of a p among its parent's p children
  ed:sections-before($e)     how many div[@type='section'] siblings start before $e
  ed:section-ordinal($div)   how many div[@type='section'] start before it in the document, + 1
  ed:note-position($note, $scope)  position of a numbered note among the numbered notes of $scope
  ed:listed-app-ordinal($app)      how many apps inside a listApp start before it, + 1 if it is one
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    exclude-result-prefixes="#all">

  <!-- Per open parent (keyed by generate-id): element children, p children ("id p") and section
       children ("id section") seen so far. A parent's counters are dropped when it ends, so the
       map only ever holds the open ancestors. -->
  <xsl:accumulator name="ed:sibling-counts" as="map(xs:string, xs:integer)" initial-value="map{}">
    <xsl:accumulator-rule match="*" phase="start" select="
        let $k := generate-id(..),
            $kind := if (self::tei:p) then $k || ' p' else if (self::tei:div[@type = 'section']) then $k || ' section' else (),
            $v := map:put($value, $k, ($value($k), 0)[1] + 1)
        return if (exists($kind)) then map:put($v, $kind, ($v($kind), 0)[1] + 1) else $v"/>
    <xsl:accumulator-rule match="*" phase="end" select="
        let $k := generate-id(.) return map:remove($value, ($k, $k || ' p', $k || ' section'))"/>
  </xsl:accumulator>

  <xsl:accumulator name="ed:sections" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:div[@type = 'section']" select="$value + 1"/>
  </xsl:accumulator>

  <!-- Numbered notes (ed:note-scope) so far, per scope text. -->
  <xsl:accumulator name="ed:note-counts" as="map(xs:string, xs:integer)" initial-value="map{}">
    <xsl:accumulator-rule match="tei:note[not(ancestor::tei:note)][ancestor::tei:text]" select="
        let $k := generate-id(ancestor::tei:text[1]) return map:put($value, $k, ($value($k), 0)[1] + 1)"/>
  </xsl:accumulator>

  <xsl:accumulator name="ed:listed-apps" as="xs:integer" initial-value="0">
    <xsl:accumulator-rule match="tei:app[ancestor::tei:listApp]" select="$value + 1"/>
  </xsl:accumulator>

  <xsl:function name="ed:child-position" visibility="public" as="xs:integer">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/accumulator-before('ed:sibling-counts')(generate-id($e/..))"/>
  </xsl:function>

  <xsl:function name="ed:p-position" visibility="public" as="xs:integer">
    <xsl:param name="p" as="element(tei:p)"/>
    <xsl:sequence select="$p/accumulator-before('ed:sibling-counts')(generate-id($p/..) || ' p')"/>
  </xsl:function>

  <xsl:function name="ed:sections-before" visibility="public" as="xs:integer">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="($e/accumulator-before('ed:sibling-counts')(generate-id($e/..) || ' section'), 0)[1]
                          - (if ($e/self::tei:div[@type = 'section']) then 1 else 0)"/>
  </xsl:function>

  <xsl:function name="ed:section-ordinal" visibility="public" as="xs:integer">
    <xsl:param name="div" as="element(tei:div)"/>
    <!-- As count(preceding::div[@type='section']) + 1: the preceding axis leaves out ancestors. -->
    <xsl:sequence select="$div/accumulator-before('ed:sections') - count($div/ancestor::tei:div[@type = 'section'])"/>
  </xsl:function>

  <xsl:function name="ed:note-position" visibility="public" as="xs:integer">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:param name="scope" as="element(tei:text)"/>
    <xsl:sequence select="$note/accumulator-before('ed:note-counts')(generate-id($scope))"/>
  </xsl:function>

  <xsl:function name="ed:listed-app-ordinal" visibility="public" as="xs:integer">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="$app/accumulator-before('ed:listed-apps')"/>
  </xsl:function>

</xsl:stylesheet>
