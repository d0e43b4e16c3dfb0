<?xml version="1.0" encoding="UTF-8"?>
<!--
  Export as JSON: the model of model.xsl serialised unchanged (keys: document, persons, places,
  organisations, notes, apparatus, text). Absent values are null.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:xp="urn:editionkit:export"
    exclude-result-prefixes="#all">

  <xsl:mode name="xp:json" on-no-match="shallow-skip" use-accumulators="#all"/>

  <xsl:template match="/tei:TEI" mode="xp:json">
    <xsl:value-of select="serialize(xp:export(.), map{ 'method': 'json', 'indent': true() })"/>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>
</xsl:stylesheet>
