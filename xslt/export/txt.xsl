<?xml version="1.0" encoding="UTF-8"?>
<!--
  Export as plain text for corpus linguistics: the reading text (reading-text.xsl) of one
  translation, one block per line, "LABEL<TAB>TEXT", where LABEL is the paragraph number
  (§1.2), else the block's xml:id, else its element name and position (dateline-1).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:xp="urn:editionkit:export"
    exclude-result-prefixes="#all">

  <xsl:param name="language" as="xs:string" select="'en'"/>

  <xsl:mode name="xp:txt" on-no-match="shallow-skip" use-accumulators="#all"/>
  <xsl:template match="/tei:TEI" mode="xp:txt">
    <xsl:for-each select="xp:texts(.)[(xp:lang(.), 'und')[1] = $language]/xp:text-units(.)">
      <xsl:value-of select="?label || '&#9;' || ?text || '&#10;'"/>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
