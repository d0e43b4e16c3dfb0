<?xml version="1.0" encoding="UTF-8"?>
<!--
  indexes.xsl - registers of persons, places and organisations (ed:register): every name
  form with its label, anything else the entry says, and links to every occurrence
  (ed:occurrences) grouped by language, each link labelled with the paragraph it is in.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:h="urn:editionkit:html"
    exclude-result-prefixes="#all">

  <!-- The occurrences phrase.xsl gives an anchor: the name elements. -->
  <xsl:function name="h:occurrences" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="ed:occurrences($entry)[self::tei:persName or self::tei:placeName or self::tei:orgName
                          or self::tei:name or self::tei:rs]"/>
  </xsl:function>

  <xsl:template name="h:indexes-section">
    <xsl:variable name="doc" select="."/>
    <section id="indexes" aria-labelledby="h-indexes">
      <h2 id="h-indexes">Indexes</h2>
      <xsl:for-each select="('person', 'place', 'org')">
        <xsl:variable name="kind" select="."/>
        <xsl:variable name="entries" select="ed:register($doc, $kind)[exists(h:occurrences(.))]"/>
        <xsl:if test="exists($entries)">
          <xsl:variable name="title" select="map { 'person': 'Persons', 'place': 'Places', 'org': 'Organisations' }($kind)"/>
          <section class="index index-{$kind}" aria-labelledby="h-index-{$kind}">
            <h3 id="h-index-{$kind}"><xsl:value-of select="$title"/></h3>
            <ul class="index-list">
              <xsl:for-each select="$entries">
                <xsl:sort select="lower-case(ed:preferred-name(.))"/>
                <xsl:call-template name="h:index-entry"/>
              </xsl:for-each>
            </ul>
          </section>
        </xsl:if>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="h:index-entry">
    <xsl:variable name="forms" select="ed:name-forms(.)"/>
    <xsl:variable name="main" select="ed:preferred-name(.)"/>
    <li id="idx-{@xml:id}" class="index-entry">
      <span class="entry-name"><xsl:value-of select="$main"/></span>
      <xsl:variable name="others" select="$forms[normalize-space() ne $main or @type = 'ko']"/>
      <xsl:if test="exists($others)">
        <span class="forms">
          <xsl:for-each select="$others">
            <span class="form">
              <span class="form-label"><xsl:value-of select="ed:name-form-label(.)"/></span>
              <xsl:text> </xsl:text>
              <span class="form-value">
                <xsl:if test="@xml:lang or @type = 'ko'"><xsl:attribute name="lang" select="(@xml:lang, 'ko')[1]"/></xsl:if>
                <xsl:value-of select="normalize-space()"/>
              </span>
            </span>
          </xsl:for-each>
        </span>
      </xsl:if>
      <xsl:variable name="more" select="* except $forms"/>
      <xsl:if test="exists($more)">
        <span class="entry-more">
          <xsl:for-each select="$more">
            <span class="entry-detail{if (self::tei:note) then ' entry-note' else ''}">
              <xsl:apply-templates select="if (self::tei:note) then node() else .">
                <xsl:with-param name="h:inline" tunnel="yes" select="true()"/>
              </xsl:apply-templates>
            </span>
          </xsl:for-each>
        </span>
      </xsl:if>
      <xsl:for-each-group select="h:occurrences(.)" group-by="ed:lang-of(.)">
        <span class="occurrences" data-lang="{current-grouping-key()}">
          <xsl:if test="current-grouping-key()"><xsl:attribute name="lang" select="current-grouping-key()"/></xsl:if>
          <span class="occ-lang" lang="en">
            <xsl:value-of select="if (current-grouping-key()) then h:lang-name(., current-grouping-key()) else 'Text'"/>
          </span>
          <xsl:text> </xsl:text>
          <!-- Each locator once: a repeated one (a second mention in the same paragraph) is
               numbered "(2)"; the counts so far are carried along, so k mentions cost O(k). -->
          <xsl:iterate select="current-group()">
            <xsl:param name="seen" as="map(xs:string, xs:integer)" select="map{}"/>
            <xsl:variable name="loc" select="ed:locator(.)"/>
            <xsl:variable name="nth" select="($seen($loc), 0)[1] + 1"/>
            <xsl:if test="position() gt 1"><xsl:text>, </xsl:text></xsl:if>
            <a class="occ" href="#{ed:anchor-id(.)}"><xsl:value-of select="h:locator-label($loc) || (if ($nth gt 1) then ' (' || $nth || ')' else '')"/></a>
            <xsl:next-iteration>
              <xsl:with-param name="seen" select="map:put($seen, $loc, $nth)"/>
            </xsl:next-iteration>
          </xsl:iterate>
        </span>
      </xsl:for-each-group>
    </li>
  </xsl:template>

</xsl:stylesheet>
