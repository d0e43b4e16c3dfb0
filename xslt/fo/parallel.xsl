<?xml version="1.0" encoding="UTF-8"?>
<!--
  parallel.xsl - the two translations side by side. One table row per alignment row
  (ed:rows from xslt/common/alignment.xsl), so each pair starts on the same line and the
  shorter side leaves space; the narrow middle column carries the § number. Headings span
  all three columns (the leading language above its counterpart) and set the running-head
  marker. A row may break across pages; a heading row keeps with the row after it.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <xsl:template name="edf:parallel">
    <xsl:variable name="lead" select="$edf:translations[1]"/>
    <xsl:variable name="other" select="$edf:translations[2]"/>
    <!-- Headings are blocks between tables (so the running-head marker and the heading
         structure are ordinary blocks); each run of paragraph rows is one table. -->
    <xsl:for-each-group select="ed:rows($lead, $other)" group-adjacent="edf:row-section(.)">
      <xsl:variable name="section" select="(current-group()[1] ! (?lead, ?other))[1]/ancestor::tei:div[@type = ('section', 'distribution')][1]"/>
      <xsl:if test="$section and empty(current-group()[?kind = 'head'])">
        <!-- A section without a heading still sets the running head, on a line of space. -->
        <fo:block keep-with-next.within-page="always">
          <fo:marker marker-class-name="section"><xsl:value-of select="edf:section-label($section)"/></fo:marker>
          <fo:leader leader-length="0pt"/>
        </fo:block>
      </xsl:if>
      <xsl:call-template name="edf:parallel-rows">
        <xsl:with-param name="rows" select="current-group()"/>
      </xsl:call-template>
    </xsl:for-each-group>
  </xsl:template>

  <!-- Rows are grouped by the numbered section they belong to ("" outside sections). -->
  <xsl:function name="edf:row-section" as="xs:string">
    <xsl:param name="row" as="map(*)"/>
    <xsl:variable name="div" select="(($row?lead, $row?other)[1])/ancestor::tei:div[@type = ('section', 'distribution')][1]"/>
    <xsl:sequence select="if ($div) then generate-id($div) else ''"/>
  </xsl:function>

  <xsl:template name="edf:parallel-rows">
    <xsl:param name="rows" as="map(*)*"/>
    <xsl:for-each-group select="$rows" group-adjacent="?kind = 'head'">
      <xsl:choose>
        <xsl:when test="current-grouping-key()">
          <xsl:for-each select="current-group()">
            <xsl:call-template name="edf:parallel-head">
              <xsl:with-param name="row" select="."/>
            </xsl:call-template>
          </xsl:for-each>
        </xsl:when>
        <xsl:otherwise>
          <!-- Justified, as Korean and English books set their text; Korean words stay whole
               (phrase.xsl), so a Korean line stretches at its word spaces only. -->
          <fo:table table-layout="fixed" width="100%" border-collapse="separate" text-align="justify">
            <fo:table-column column-number="1" column-width="proportional-column-width(1)"/>
            <fo:table-column column-number="2" column-width="{$edf:column-gap} * 1.6"/>
            <fo:table-column column-number="3" column-width="proportional-column-width(1)"/>
            <fo:table-body>
              <xsl:for-each select="current-group()">
                <xsl:call-template name="edf:parallel-row">
                  <xsl:with-param name="row" select="."/>
                </xsl:call-template>
              </xsl:for-each>
            </fo:table-body>
          </fo:table>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template name="edf:parallel-head">
    <xsl:param name="row" as="map(*)"/>
    <xsl:variable name="heads" select="($row?lead, $row?other)"/>
    <xsl:variable name="div" select="($heads/parent::tei:div)[1]"/>
    <fo:block text-align="center" keep-with-next.within-page="always" keep-together.within-page="always"
              space-before="{$edf:leading} * 0.8" space-after="{$edf:leading} * 0.6">
      <xsl:if test="$div/@type = 'section'">
        <fo:marker marker-class-name="section"><xsl:value-of select="edf:section-label($div)"/></fo:marker>
      </xsl:if>
      <xsl:call-template name="edf:div-ids">
        <xsl:with-param name="nodes" select="$heads"/>
      </xsl:call-template>
      <xsl:for-each select="$heads">
        <xsl:apply-templates select=".">
          <xsl:with-param name="spanning" select="true()" tunnel="yes"/>
          <xsl:with-param name="secondary" select="position() gt 1" tunnel="yes"/>
        </xsl:apply-templates>
      </xsl:for-each>
    </fo:block>
  </xsl:template>

  <xsl:template name="edf:parallel-row">
    <xsl:param name="row" as="map(*)"/>
    <xsl:variable name="num" select="edf:row-number(($row?lead, $row?other)[1])"/>
    <fo:table-row>
      <xsl:if test="($row?lead, $row?other)[self::tei:dateline or self::tei:stamp or self::tei:add]">
        <xsl:attribute name="keep-with-next.within-page" select="'always'"/>
      </xsl:if>
      <xsl:call-template name="edf:parallel-cell">
        <xsl:with-param name="node" select="$row?lead"/>
        <xsl:with-param name="lang" select="$edf:translations[1]/@xml:lang"/>
      </xsl:call-template>
      <fo:table-cell padding-bottom="{$edf:leading} * 0.5">
        <fo:block text-align="center" font-size="{$edf:note-size}" color="#555555" line-height="{$edf:leading}">
          <xsl:if test="$num">
            <!-- The id tells the line map (layout.xsl) that this line is the gutter's. -->
            <xsl:attribute name="id" select="'edf-gutter-' || edf:id(($row?lead, $row?other)[1])"/>
            <xsl:attribute name="padding-top" select="'0.15em'"/>
            <fo:wrapper role="artifact"><xsl:value-of select="'§' || $num"/></fo:wrapper>
          </xsl:if>
        </fo:block>
      </fo:table-cell>
      <xsl:call-template name="edf:parallel-cell">
        <xsl:with-param name="node" select="$row?other"/>
        <xsl:with-param name="lang" select="$edf:translations[2]/@xml:lang"/>
      </xsl:call-template>
    </fo:table-row>
  </xsl:template>

  <xsl:template name="edf:parallel-cell">
    <xsl:param name="node" as="node()?"/>
    <xsl:param name="lang" as="xs:string"/>
    <fo:table-cell padding-bottom="{$edf:leading} * 0.5">
      <fo:block>
        <xsl:call-template name="edf:lang-attrs">
          <xsl:with-param name="node" select="$edf:translations[@xml:lang = $lang][1]"/>
        </xsl:call-template>
        <!-- One baseline grid for both columns: within a line of the same height FOP sets the
             baseline half the face's ascent minus descent below the line's middle, and Nanum
             Myeongjo's exceeds Noto Serif's by 0.079 em, so a Korean line stands 0.039 em
             (0.4 pt at 10.5 pt) lower than its English neighbour. The other column moves
             down by as much. -->
        <xsl:if test="($edf:translations/@xml:lang ! edf:chain-key(string(.))) = 'ko' and edf:chain-key($lang) = 'default'">
          <!-- Kept where the row runs on to the next page, too. -->
          <xsl:attribute name="padding-before" select="'0.0394em'"/>
          <xsl:attribute name="padding-before.conditionality" select="'retain'"/>
        </xsl:if>
        <xsl:call-template name="edf:div-ids">
          <xsl:with-param name="nodes" select="$node"/>
        </xsl:call-template>
        <xsl:choose>
          <xsl:when test="$node instance of text()">
            <fo:block><xsl:apply-templates select="$node"/></fo:block>
          </xsl:when>
          <xsl:when test="exists($node)">
            <xsl:apply-templates select="$node"/>
          </xsl:when>
        </xsl:choose>
      </fo:block>
    </fo:table-cell>
  </xsl:template>

  <!-- Divisions are not rows themselves: their ids (bookmark targets) go with their first row. -->
  <xsl:template name="edf:div-ids">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:for-each select="$nodes">
      <xsl:variable name="node" select="."/>
      <xsl:for-each select="ancestor::tei:div[ed:blocks(.)[1] is $node]">
        <fo:block id="{edf:id(.)}"/>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- The § number shown beside a row: paragraphs only. -->
  <xsl:function name="edf:row-number" as="xs:string?">
    <xsl:param name="n" as="node()?"/>
    <xsl:sequence select="if ($n instance of element(tei:p)) then ed:para-number($n) else ()"/>
  </xsl:function>

</xsl:stylesheet>
