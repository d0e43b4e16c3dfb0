<?xml version="1.0" encoding="UTF-8"?>
<!--
  alignment.xsl - the EN↔KO alignment as rows. Alignment units (ENCODING.md) carry @corresp to
  their counterpart and back. A row pairs one block of the leading text with its counterpart.
  Blocks are leaf units, plus anything that holds no unit (so unaligned material still gets a
  row of its own: nothing is dropped). Blocks of the other text that no row claims ("orphans")
  get rows of their own right after the row of the nearest preceding paired block.

  ed:translations($doc)   the translation texts of the group, leading one first; () if none
  ed:is-unit($e)          true for div, head, p, opener, closer, list, item, dateline, stamp, signed with @corresp
  ed:partner($unit)       its counterpart, only if the counterpart points back
  ed:holds-units($e)      true when an element contains alignment units (so it is not a block)
  ed:blocks($container)   the row-level nodes of a text or container, in document order
  ed:row($lead, $other)   one row map (used by ed:rows; handy for tests)
  ed:rows($lead, $other)  the rows: maps {'lead': node()?, 'other': node()?, 'kind': 'head'|'block', 'level': xs:integer}
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    exclude-result-prefixes="#all">

  <xsl:variable name="ed:unit-names" as="xs:string+"
      select="('div', 'head', 'p', 'opener', 'closer', 'list', 'item', 'dateline', 'stamp', 'signed')"/>

  <xsl:function name="ed:translations" visibility="public" as="element(tei:text)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="texts" select="(root($doc)/tei:TEI/tei:text/tei:group/tei:text[@xml:lang][@type = 'translation'])"/>
    <xsl:sequence select="if (count($texts) ge 2) then $texts else ()"/>
  </xsl:function>

  <xsl:function name="ed:is-unit" visibility="public" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="$e/self::tei:* and local-name($e) = $ed:unit-names and exists($e/@corresp)"/>
  </xsl:function>

  <xsl:function name="ed:partner" visibility="public" as="element()?">
    <xsl:param name="unit" as="element()"/>
    <xsl:variable name="other" select="ed:resolve($unit/@corresp)[1]"/>
    <xsl:sequence select="$other[ed:resolve(@corresp)[1] is $unit][not(ancestor::tei:text[1] is $unit/ancestor::tei:text[1])]"/>
  </xsl:function>

  <!-- ed:is-unit inlined: this runs over every descendant of every container, and the cheap
       @corresp test first rules out most elements. -->
  <xsl:function name="ed:holds-units" visibility="public" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e//tei:*[@corresp][local-name() = $ed:unit-names])"/>
  </xsl:function>

  <xsl:function name="ed:blocks" visibility="public" as="node()*">
    <xsl:param name="container" as="element()"/>
    <xsl:for-each select="$container/node()">
      <xsl:choose>
        <xsl:when test="self::element() and ed:holds-units(.)">
          <xsl:sequence select="ed:blocks(.)"/>
        </xsl:when>
        <xsl:when test="self::element()">
          <xsl:sequence select="."/>
        </xsl:when>
        <xsl:when test="self::text()[normalize-space()]">
          <xsl:sequence select="."/>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="ed:row" visibility="public" as="map(*)">
    <xsl:param name="lead" as="node()?"/>
    <xsl:param name="other" as="node()?"/>
    <xsl:variable name="any" select="($lead, $other)[1]"/>
    <xsl:sequence select="map {
        'lead': $lead, 'other': $other,
        'kind': if (($lead, $other)[self::tei:head]) then 'head' else 'block',
        'level': count($any/ancestor::tei:div) }"/>
  </xsl:function>

  <!-- Membership is tested through maps of generate-id()s and each orphan's anchor found in one
       walk over the other text's blocks, so the rows of n blocks cost O(n), not O(n²). -->
  <xsl:function name="ed:rows" visibility="public" as="map(*)*">
    <xsl:param name="lead" as="element(tei:text)"/>
    <xsl:param name="other" as="element(tei:text)?"/>
    <xsl:variable name="other-blocks" select="if ($other) then ed:blocks($other) else ()"/>
    <xsl:variable name="is-other-block" as="map(xs:string, xs:boolean)"
        select="map:merge($other-blocks ! map:entry(generate-id(.), true()))"/>
    <xsl:variable name="base" as="map(*)*" select="
        for $b in ed:blocks($lead)
        return let $p := if ($b instance of element()) then ed:partner($b) else ()
        return ed:row($b, $p[map:contains($is-other-block, generate-id(.))])"/>
    <xsl:variable name="is-paired" as="map(xs:string, xs:boolean)"
        select="map:merge($base ! ?other ! map:entry(generate-id(.), true()))"/>
    <!-- Orphans by the generate-id() of the paired block they follow ('' when none precedes them):
         the other blocks are in document order, so each group starts at a paired block. -->
    <xsl:variable name="orphans-after" as="map(xs:string, node()*)">
      <xsl:map>
        <xsl:for-each-group select="$other-blocks" group-starting-with="node()[map:contains($is-paired, generate-id(.))]">
          <xsl:variable name="orphans" select="current-group()[not(map:contains($is-paired, generate-id(.)))]"/>
          <xsl:if test="exists($orphans)">
            <xsl:map-entry key="if (map:contains($is-paired, generate-id(.))) then generate-id(.) else ''" select="$orphans"/>
          </xsl:if>
        </xsl:for-each-group>
      </xsl:map>
    </xsl:variable>
    <xsl:sequence select="$orphans-after('') ! ed:row((), .)"/>
    <xsl:for-each select="$base">
      <xsl:variable name="row" select="."/>
      <xsl:sequence select="$row"/>
      <xsl:if test="exists($row?other)">
        <xsl:sequence select="$orphans-after(generate-id($row?other)) ! ed:row((), .)"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

</xsl:stylesheet>
