<?xml version="1.0" encoding="UTF-8"?>
<!--
  Export entry point (org.editionkit.exchange.Exporter). One mode per output file, all from the
  same model (model.xsl), all text output in UTF-8:
    xp:json        NAME.json             the whole model as one JSON document
    xp:persons     NAME.persons.csv      one row per name form of every register entry
    xp:occurrences NAME.occurrences.csv  one row per occurrence of a register entry in the texts
    xp:notes       NAME.notes.csv        one row per note in the texts
    xp:apparatus   NAME.apparatus.csv    one row per lemma or reading of every apparatus entry
    xp:txt         NAME.LANG.txt         the reading text of the translation $language
  Parameters: $document-name (model.xsl), $language (xp:txt).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:xp="urn:editionkit:export"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/ed.xsl"/>
  <xsl:include href="model.xsl"/>
  <xsl:include href="json.xsl"/>
  <xsl:include href="csv.xsl"/>
  <xsl:include href="txt.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- Entry modes list use-accumulators: Saxon computes the accumulators of positions.xsl
       (numbers, anchors) for the input only when the initial mode names them. -->
  <!-- Languages of the translations, one per line: tells the caller which .txt files to ask for. -->
  <xsl:mode name="xp:languages" on-no-match="shallow-skip" use-accumulators="#all"/>
  <xsl:template match="/tei:TEI" mode="xp:languages">
    <xsl:value-of select="xp:texts(.) ! (xp:lang(.), 'und')[1]" separator="&#10;"/>
  </xsl:template>
</xsl:stylesheet>
