<?xml version="1.0" encoding="UTF-8"?>
<!--
  Export as CSV (RFC 4180: CRLF line ends, header row, a field quoted when it holds a comma,
  quote or line break, quotes doubled). Each table flattens one part of the model.xsl model;
  lists (witnesses, sigla) are joined with single spaces.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:xp="urn:editionkit:export"
    exclude-result-prefixes="#all">

  <xsl:function name="xp:csv-field" as="xs:string">
    <xsl:param name="value" as="xs:anyAtomicType?"/>
    <xsl:variable name="s" select="string($value)"/>
    <xsl:sequence select="if (matches($s, '[&quot;,&#13;&#10;]')) then '&quot;' || replace($s, '&quot;', '&quot;&quot;') || '&quot;' else $s"/>
  </xsl:function>

  <!-- One record; each field is given as an array member so that an absent value keeps its column. -->
  <xsl:function name="xp:csv-row" as="xs:string">
    <xsl:param name="fields" as="array(*)"/>
    <xsl:sequence select="string-join(array:for-each($fields, function($f) { xp:csv-field(string-join($f ! string(.), ' ')) })?*, ',') || '&#13;&#10;'"/>
  </xsl:function>

  <xsl:function name="xp:registers" as="map(*)*">
    <xsl:param name="model" as="map(*)"/>
    <xsl:sequence select="($model?persons?*, $model?places?*, $model?organisations?*)"/>
  </xsl:function>

  <xsl:mode name="xp:persons" on-no-match="shallow-skip" use-accumulators="#all"/>
  <xsl:template match="/tei:TEI" mode="xp:persons">
    <xsl:value-of select="xp:csv-row(['register', 'id', 'name_type', 'name_language', 'name'])"/>
    <xsl:for-each select="xp:registers(xp:export(.))">
      <xsl:variable name="e" select="."/>
      <xsl:for-each select="$e?names?*">
        <xsl:value-of select="xp:csv-row([$e?register, $e?id, ?type, ?language, ?form])"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <xsl:mode name="xp:occurrences" on-no-match="shallow-skip" use-accumulators="#all"/>
  <xsl:template match="/tei:TEI" mode="xp:occurrences">
    <xsl:value-of select="xp:csv-row(['register', 'id', 'document', 'language', 'paragraph', 'element', 'form'])"/>
    <xsl:for-each select="xp:registers(xp:export(.))">
      <xsl:variable name="e" select="."/>
      <xsl:for-each select="$e?occurrences?*">
        <xsl:value-of select="xp:csv-row([$e?register, $e?id, ?document, ?language, ?paragraph, ?element, ?form])"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <xsl:mode name="xp:notes" on-no-match="shallow-skip" use-accumulators="#all"/>
  <xsl:template match="/tei:TEI" mode="xp:notes">
    <xsl:value-of select="xp:csv-row(['id', 'number', 'type', 'subtype', 'language', 'paragraph', 'anchor', 'resp', 'text'])"/>
    <xsl:for-each select="xp:notes(.)?*">
      <xsl:value-of select="xp:csv-row([?id, ?number, ?type, ?subtype, ?language, ?paragraph, ?anchor, ?resp, ?text])"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:mode name="xp:apparatus" on-no-match="shallow-skip" use-accumulators="#all"/>
  <xsl:template match="/tei:TEI" mode="xp:apparatus">
    <xsl:value-of select="xp:csv-row(['app_id', 'app_type', 'role', 'witnesses', 'sigla', 'anchor', 'text', 'note'])"/>
    <xsl:for-each select="xp:apparatus(.)?*">
      <xsl:variable name="app" select="."/>
      <xsl:for-each select="$app?lemma">
        <xsl:value-of select="xp:csv-row([$app?id, $app?type, 'lemma', ?witnesses?*, ?sigla?*, ?anchor, ?text, $app?note])"/>
      </xsl:for-each>
      <xsl:for-each select="$app?readings?*">
        <xsl:value-of select="xp:csv-row([$app?id, $app?type, 'reading', ?witnesses?*, ?sigla?*, ?anchor, ?text, $app?note])"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
