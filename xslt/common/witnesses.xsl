<?xml version="1.0" encoding="UTF-8"?>
<!--
  witnesses.xsl - the witnesses declared in the header's listWit and their sigla.
  A siglum is the witness's @n, else its abbr/label child, else its xml:id; readings whose
  @wit points nowhere keep the pointer text, so no reading ever loses its attribution.

  ed:witnesses($doc)        every witness declared in listWit
  ed:siglum($wit)           the short label for one witness ("EN")
  ed:witness-label($wit)    its description ("English translation")
  ed:reading-witnesses($r)  the witness elements a lem/rdg cites
  ed:reading-sigla($r)      the sigla a lem/rdg cites, in @wit order
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    exclude-result-prefixes="#all">

  <xsl:function name="ed:witnesses" visibility="public" as="element(tei:witness)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)//tei:listWit//tei:witness"/>
  </xsl:function>

  <xsl:function name="ed:siglum" visibility="public" as="xs:string">
    <xsl:param name="wit" as="element(tei:witness)"/>
    <xsl:sequence select="normalize-space(($wit/@n, $wit/(tei:abbr, tei:label, tei:idno)[1], $wit/@xml:id, '?')[normalize-space()][1])"/>
  </xsl:function>

  <xsl:function name="ed:witness-label" visibility="public" as="xs:string">
    <xsl:param name="wit" as="element(tei:witness)"/>
    <xsl:variable name="own" select="normalize-space(string-join($wit/text()))"/>
    <xsl:sequence select="if ($own) then $own else normalize-space($wit)"/>
  </xsl:function>

  <xsl:function name="ed:reading-witnesses" visibility="public" as="element(tei:witness)*">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="ed:resolve($reading/@wit)[self::tei:witness]"/>
  </xsl:function>

  <xsl:function name="ed:reading-sigla" visibility="public" as="xs:string*">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="for $t in tokenize(normalize-space($reading/@wit))
                          return let $w := if (starts-with($t, '#')) then id(substring($t, 2), root($reading))[self::tei:witness] else ()
                          return if ($w) then ed:siglum($w) else replace($t, '^#', '')"/>
  </xsl:function>

</xsl:stylesheet>
