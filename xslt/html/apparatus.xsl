<?xml version="1.0" encoding="UTF-8"?>
<!--
  apparatus.xsl - the apparatus of translation divergences: one entry per ed:apps, keyed to
  the paragraph (ed:app-locator), lemma and readings with their witness sigla (ed:reading-sigla,
  full witness name on hover), each reading linked to its passage, then the editorial note.
  Entries proposed by `edition collate` carry a "proposed by collation, certainty …" label.
  data-passages lists the passage ids so edition.js can highlight both ways.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:h="urn:editionkit:html"
    exclude-result-prefixes="#all">

  <!-- ed:locator gives §n.m or a unit key; readers get a word for the keys. -->
  <xsl:function name="h:locator-label" as="xs:string">
    <xsl:param name="loc" as="xs:string?"/>
    <xsl:sequence select="if (starts-with($loc, '§')) then $loc
        else (map { 'opener': 'Opening', 'closer': 'Closing', 'head': 'Title', 'distribution': 'Distribution',
                    'document': 'Document', 'postscript': 'Postscript', 'text': 'Text' }($loc), $loc, '—')[1]"/>
  </xsl:function>

  <xsl:template name="h:apparatus-section">
    <xsl:variable name="wits" select="ed:witnesses(.)"/>
    <section id="apparatus" aria-labelledby="h-apparatus">
      <h2 id="h-apparatus">Critical apparatus</h2>
      <xsl:if test="exists($wits)">
        <dl class="sigla-key">
          <xsl:for-each select="$wits">
            <div>
              <dt><abbr class="siglum" title="{ed:witness-label(.)}"><xsl:value-of select="ed:siglum(.)"/></abbr></dt>
              <dd><xsl:value-of select="ed:witness-label(.)"/></dd>
            </div>
          </xsl:for-each>
        </dl>
        <p class="app-help">Select a marked passage (‡) in the text to highlight its entry here; select a reading in an entry to highlight its passage.</p>
      </xsl:if>
      <ol class="apparatus">
        <xsl:for-each select="ed:apps(.)">
          <xsl:variable name="passages" select="ed:app-passages(.)"/>
          <li id="{ed:anchor-id(.)}" class="app{@type ! (' kind-' || replace(., '\W', '-'))}{if (ed:app-proposal(.)) then ' proposed' else ''}"
              data-passages="{string-join($passages ! ed:anchor-id(.), ' ')}">
            <span class="app-n"><xsl:value-of select="'‡' || ed:app-number(.)"/></span>
            <xsl:text> </xsl:text>
            <xsl:choose>
              <xsl:when test="exists($passages)">
                <a class="app-loc" href="#{ed:anchor-id($passages[1])}"><xsl:value-of select="h:locator-label(ed:app-locator(.))"/></a>
              </xsl:when>
              <xsl:otherwise><span class="app-loc">—</span></xsl:otherwise>
            </xsl:choose>
            <xsl:if test="@type"><xsl:text> </xsl:text><span class="app-type"><xsl:value-of select="@type"/></span></xsl:if>
            <xsl:for-each select="ed:app-proposal(.)">
              <xsl:text> </xsl:text><span class="app-proposed"><xsl:value-of select="."/></span>
            </xsl:for-each>
            <xsl:text> </xsl:text>
            <span class="readings">
              <xsl:for-each select="ed:app-readings(.)">
                <xsl:call-template name="h:reading"/>
                <xsl:if test="position() ne last()">
                  <span class="app-sep"><xsl:value-of select="if (self::tei:lem) then ' ] ' else ' ; '"/></span>
                </xsl:if>
              </xsl:for-each>
            </span>
            <xsl:for-each select="tei:note | tei:rdgGrp/tei:note">
              <div class="app-comment">
                <xsl:call-template name="h:attrs"/>
                <xsl:apply-templates/>
              </div>
            </xsl:for-each>
          </li>
        </xsl:for-each>
      </ol>
    </section>
  </xsl:template>

  <xsl:template name="h:reading">
    <xsl:variable name="reading" select="."/>
    <xsl:variable name="passages" select="ed:reading-passages(.)"/>
    <xsl:variable name="lang" select="($passages[1] ! ed:lang-of(.), @xml:lang)[normalize-space()][1]"/>
    <span class="reading {local-name()}">
      <xsl:if test="$lang"><xsl:attribute name="lang" select="$lang"/></xsl:if>
      <xsl:choose>
        <xsl:when test="ed:is-omission(.)"><em class="om">om.</em></xsl:when>
        <xsl:when test="exists($passages)">
          <a class="app-passage" href="#{ed:anchor-id($passages[1])}">
            <xsl:apply-templates>
              <xsl:with-param name="h:inline" tunnel="yes" select="true()"/>
              <xsl:with-param name="h:in-link" tunnel="yes" select="true()"/>
            </xsl:apply-templates>
          </a>
          <xsl:for-each select="$passages[position() gt 1]">
            <xsl:text> </xsl:text>
            <a class="app-passage app-again" href="#{ed:anchor-id(.)}" aria-label="{'again at ' || ed:locator(.)}">(<xsl:value-of select="'again ' || ed:locator(.)"/>)</a>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates>
            <xsl:with-param name="h:inline" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
        </xsl:otherwise>
      </xsl:choose>
    </span>
    <xsl:for-each select="ed:reading-sigla(.)">
      <xsl:variable name="s" select="."/>
      <xsl:variable name="w" select="ed:witnesses($reading)[ed:siglum(.) = $s][1]"/>
      <xsl:text> </xsl:text>
      <abbr class="siglum" lang="en" title="{($w ! ed:witness-label(.), $s)[1]}"><xsl:value-of select="$s"/></abbr>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>
