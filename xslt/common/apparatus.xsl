<?xml version="1.0" encoding="UTF-8"?>
<!--
  apparatus.xsl - the critical apparatus of translation divergences: app entries in
  standOff/listApp, linked to the passages in the texts (seg type="divergence") both ways:
  seg/@corresp → app, lem|rdg/@corresp → seg. Inline apps (app inside a text, as in
  third-party editions) are not entries here; outputs render them in place.

  ed:apps($doc)              the apparatus entries, in listApp order
  ed:app-number($app)        1, 2, 3 … in that order
  ed:app-of($seg)            the entry a divergence passage points to
  ed:app-readings($app)      lem and rdg elements, in order (rdgGrp flattened)
  ed:reading-passages($r)    the segs a lem/rdg points to (one reading may occur twice)
  ed:app-passages($app)      every passage of an entry in the texts
  ed:app-locator($app)       where the entry is keyed: "§2.3" of its first passage
  ed:is-omission($r)         true for an empty reading
  ed:app-proposal($app)      "proposed by collation, certainty medium" for an entry `edition
                             collate` wrote (@resp="#edition-collate") and no editor has taken
                             over (an editor who accepts it changes @resp); empty otherwise
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    exclude-result-prefixes="#all">

  <xsl:function name="ed:apps" visibility="public" as="element(tei:app)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)/tei:TEI/tei:standOff//tei:listApp//tei:app"/>
  </xsl:function>

  <!-- Numbering counts the listed apps before this one through an accumulator
       (positions.xsl): one pass per document, instead of a count per entry. -->
  <!-- Apps in a listApp before this one, not counting any app it is nested in. -->
  <xsl:function name="ed:app-number" visibility="public" as="xs:integer">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="ed:listed-app-ordinal($app) - (if ($app/ancestor::tei:listApp) then 1 else 0)
                          - count($app/ancestor::tei:app[ancestor::tei:listApp]) + 1"/>
  </xsl:function>

  <xsl:function name="ed:app-of" visibility="public" as="element(tei:app)?">
    <xsl:param name="seg" as="element()"/>
    <xsl:sequence select="ed:resolve($seg/@corresp)[self::tei:app][1]"/>
  </xsl:function>

  <xsl:function name="ed:app-readings" visibility="public" as="element()*">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="$app//(tei:lem | tei:rdg)[ancestor::tei:app[1] is $app]"/>
  </xsl:function>

  <xsl:function name="ed:reading-passages" visibility="public" as="element()*">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="ed:resolve($reading/@corresp)[ancestor::tei:text]"/>
  </xsl:function>

  <xsl:function name="ed:app-passages" visibility="public" as="element()*">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="ed:app-readings($app) ! ed:reading-passages(.)"/>
  </xsl:function>

  <xsl:function name="ed:app-locator" visibility="public" as="xs:string?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="ed:app-passages($app)[1] ! ed:locator(.)"/>
  </xsl:function>

  <xsl:function name="ed:is-omission" visibility="public" as="xs:boolean">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="not(normalize-space($reading)) and empty($reading/*)"/>
  </xsl:function>

  <xsl:function name="ed:app-proposal" visibility="public" as="xs:string?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="if (tokenize(normalize-space($app/@resp)) = '#edition-collate')
        then 'proposed by collation' || ($app/@cert ! (', certainty ' || .))
        else ()"/>
  </xsl:function>

</xsl:stylesheet>
