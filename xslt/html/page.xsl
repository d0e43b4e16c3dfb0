<?xml version="1.0" encoding="UTF-8"?>
<!--
  page.xsl - the page skeleton: head with the inlined stylesheet, masthead with the titles and
  the view switches, section navigation, the main sections in reading order, the inlined
  script. The switches start hidden and edition.js reveals them, so a reader without
  JavaScript sees the reading text and no dead buttons.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:h="urn:editionkit:html"
    exclude-result-prefixes="#all">

  <!-- Static: read once when the stylesheet is compiled, not again for every page (read from
       the jar, that cost about 2 ms a page). -->
  <xsl:variable name="h:css" static="yes" as="xs:string" select="unparsed-text(resolve-uri('assets/edition.css', static-base-uri()))"/>
  <xsl:variable name="h:js" static="yes" as="xs:string" select="unparsed-text(resolve-uri('assets/edition.js', static-base-uri()))"/>

  <xsl:template match="/">
    <xsl:variable name="doc" select="."/>
    <xsl:variable name="texts" select="ed:translations(.)"/>
    <xsl:variable name="lang" select="(tei:TEI/@xml:lang, $texts[1]/@xml:lang, 'en')[1]"/>
    <xsl:variable name="has-notes" select="exists(//tei:text//tei:note[ed:note-scope(.)])"/>
    <xsl:variable name="has-app" select="exists(ed:apps(.))"/>
    <xsl:variable name="has-index" select="exists(('person', 'place', 'org') ! ed:register($doc, .)[exists(h:occurrences(.))])"/>
    <html lang="{$lang}">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="ed:title(., 'en')"/></title>
        <meta name="generator" content="edition (TEI P5 scholarly-edition toolkit)"/>
        <style><xsl:value-of select="$h:css"/></style>
      </head>
      <body data-show="both">
        <a class="skip" href="#text">Skip to the text</a>
        <header class="masthead">
          <p class="kicker">
            <xsl:value-of select="string-join((if (exists($texts)) then 'Critical edition' else 'TEI edition',
                                                ed:reference-number(.), ed:document-date(.)), ' · ')"/>
          </p>
          <h1><xsl:value-of select="ed:title(., ($texts[1]/@xml:lang, $lang)[1])"/></h1>
          <xsl:for-each select="$texts[position() gt 1]">
            <xsl:variable name="t" select="ed:title(., @xml:lang)"/>
            <xsl:if test="$t ne ed:title(., $texts[1]/@xml:lang)">
              <p class="subtitle" lang="{@xml:lang}"><xsl:value-of select="$t"/></p>
            </xsl:if>
          </xsl:for-each>
          <xsl:call-template name="h:toolbar">
            <xsl:with-param name="texts" select="$texts"/>
          </xsl:call-template>
        </header>
        <nav class="sections" aria-label="Sections">
          <ul>
            <li><a href="#text">Text</a></li>
            <xsl:if test="$has-notes"><li><a href="#notes">Notes</a></li></xsl:if>
            <xsl:if test="$has-app"><li><a href="#apparatus">Apparatus</a></li></xsl:if>
            <xsl:if test="$has-index"><li><a href="#indexes">Indexes</a></li></xsl:if>
            <li><a href="#about">About this document</a></li>
          </ul>
        </nav>
        <main id="main">
          <section id="text" class="text-section" aria-labelledby="h-text">
            <h2 id="h-text">Text</h2>
            <xsl:call-template name="h:text-view">
              <xsl:with-param name="texts" select="$texts"/>
            </xsl:call-template>
          </section>
          <xsl:if test="$has-notes">
            <xsl:call-template name="h:notes-section"><xsl:with-param name="texts" select="$texts"/></xsl:call-template>
          </xsl:if>
          <xsl:if test="$has-app"><xsl:call-template name="h:apparatus-section"/></xsl:if>
          <xsl:if test="$has-index"><xsl:call-template name="h:indexes-section"/></xsl:if>
          <xsl:call-template name="h:about-section"/>
        </main>
        <footer class="colophon">
          <p>
            <xsl:value-of select="ed:short-title(.)"/>
            <xsl:text> · TEI source: </xsl:text><a href="{$name}.xml"><xsl:value-of select="$name"/>.xml</a>
            <xsl:text> · Print version: </xsl:text><a href="{$name}.pdf"><xsl:value-of select="$name"/>.pdf</a>
          </p>
        </footer>
        <script><xsl:value-of select="$h:js"/></script>
      </body>
    </html>
  </xsl:template>

  <!-- View switches: real buttons with aria-pressed; hidden until the script runs. -->
  <xsl:template name="h:toolbar">
    <xsl:param name="texts" as="element(tei:text)*"/>
    <div id="toolbar" class="toolbar" hidden="">
      <div class="switch" role="group" aria-labelledby="lbl-view">
        <span id="lbl-view" class="switch-label">Text</span>
        <button type="button" data-view="reading" aria-pressed="true"
                title="Expansions, corrections and supplied text">Reading</button>
        <button type="button" data-view="diplomatic" aria-pressed="false"
                title="Abbreviations, errors and brackets as the source has them">Diplomatic</button>
      </div>
      <xsl:if test="exists($texts)">
        <div class="switch" role="group" aria-labelledby="lbl-lang">
          <span id="lbl-lang" class="switch-label">Language</span>
          <button type="button" data-show="both" aria-pressed="true">Both</button>
          <xsl:for-each select="$texts">
            <button type="button" data-show="{@xml:lang}" aria-pressed="false" lang="{@xml:lang}">
              <xsl:value-of select="h:lang-name(., @xml:lang)"/>
            </button>
          </xsl:for-each>
        </div>
      </xsl:if>
    </div>
  </xsl:template>

</xsl:stylesheet>
