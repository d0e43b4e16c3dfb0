<?xml version="1.0" encoding="UTF-8"?>
<!--
  blocks.xsl - block-level TEI. Every template honours the tunnel parameter h:inline: inside
  a paragraph or a heading HTML allows no blocks, so a block met there becomes a span with
  class "blk" (shown as a block by the CSS) and the page stays valid.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:h="urn:editionkit:html"
    exclude-result-prefixes="#all">

  <!-- A block element: its HTML name normally, a span.blk inside phrasing content. -->
  <xsl:template name="h:block">
    <xsl:param name="tag" as="xs:string" select="'div'"/>
    <xsl:param name="class" as="xs:string?" select="()"/>
    <xsl:param name="inner-inline" as="xs:boolean" select="false()"/>
    <xsl:param name="h:inline" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:element name="{if ($h:inline) then 'span' else $tag}">
      <xsl:call-template name="h:attrs">
        <xsl:with-param name="class" select="string-join(($class, 'tei-' || local-name(), if ($h:inline) then 'blk' else ()), ' ')"/>
      </xsl:call-template>
      <xsl:apply-templates>
        <xsl:with-param name="h:inline" tunnel="yes" select="$h:inline or $inner-inline"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:text | tei:body | tei:front | tei:back | tei:group | tei:div
                       | tei:div1 | tei:div2 | tei:div3 | tei:div4 | tei:div5 | tei:div6 | tei:div7
                       | tei:postscript | tei:address | tei:lg | tei:sp | tei:floatingText
                       | tei:titlePage | tei:epigraph | tei:argument | tei:castList | tei:spGrp">
    <xsl:call-template name="h:block">
      <xsl:with-param name="class" select="@type ! ('type-' || replace(., '\W', '-'))"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Openers and closers are lines (separated by lb), as the source sets them. -->
  <xsl:template match="tei:opener | tei:closer">
    <xsl:call-template name="h:block">
      <xsl:with-param name="inner-inline" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:p | tei:ab | tei:dateline | tei:salute | tei:byline | tei:trailer
                       | tei:docTitle | tei:docAuthor | tei:docImprint | tei:docDate | tei:titlePart">
    <xsl:call-template name="h:block">
      <xsl:with-param name="tag" select="'p'"/>
      <xsl:with-param name="inner-inline" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:l | tei:speaker | tei:signed | tei:castItem | tei:addrLine">
    <xsl:call-template name="h:block">
      <xsl:with-param name="inner-inline" select="true()"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:stage">
    <xsl:param name="h:inline" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:call-template name="h:block">
      <xsl:with-param name="tag" select="'p'"/>
      <xsl:with-param name="inner-inline" select="true()"/>
      <xsl:with-param name="h:inline" tunnel="yes" select="$h:inline or exists(parent::tei:l | parent::tei:p)"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A stamp standing between blocks is framed on a line of its own. -->
  <xsl:template match="tei:stamp">
    <xsl:param name="h:inline" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="stamp">
      <span>
        <xsl:call-template name="h:attrs">
          <xsl:with-param name="class" select="'stamp' || (if (contains(@rend, 'tilt')) then ' tilted' else '')"/>
        </xsl:call-template>
        <xsl:apply-templates>
          <xsl:with-param name="h:inline" tunnel="yes" select="true()"/>
        </xsl:apply-templates>
      </span>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$h:inline"><xsl:sequence select="$stamp"/></xsl:when>
      <xsl:otherwise><div class="stamp-line"><xsl:sequence select="$stamp"/></div></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:head">
    <xsl:param name="h:inline" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:choose>
      <xsl:when test="not($h:inline) and parent::*[self::tei:div or matches(local-name(), '^div\d$')]">
        <xsl:element name="h{h:heading-level(.)}">
          <xsl:call-template name="h:attrs"/>
          <xsl:apply-templates>
            <xsl:with-param name="h:inline" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
        </xsl:element>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="h:block">
          <xsl:with-param name="class" select="'head'"/>
          <xsl:with-param name="inner-inline" select="true()"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Lists: anything in a list that is not an item gets an li of its own. -->
  <xsl:template match="tei:list | tei:listBibl | tei:castGroup">
    <xsl:param name="h:inline" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:element name="{if ($h:inline) then 'span' else 'ul'}">
      <xsl:call-template name="h:attrs">
        <xsl:with-param name="class" select="string-join(('list', @type ! ('list-' || replace(., '\W', '-')), if ($h:inline) then 'blk' else ()), ' ')"/>
      </xsl:call-template>
      <xsl:for-each select="node()">
        <xsl:choose>
          <xsl:when test="self::tei:item | self::tei:bibl | self::tei:castItem | self::comment() | self::processing-instruction()">
            <xsl:apply-templates select="."/>
          </xsl:when>
          <xsl:when test="self::text()[not(normalize-space())]"/>
          <xsl:otherwise>
            <xsl:element name="{if ($h:inline) then 'span' else 'li'}">
              <xsl:attribute name="class" select="'list-extra' || (if ($h:inline) then ' blk' else '')"/>
              <xsl:apply-templates select="."/>
            </xsl:element>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:item | tei:listBibl/tei:bibl | tei:castGroup/tei:castItem">
    <xsl:call-template name="h:block">
      <xsl:with-param name="tag" select="'li'"/>
    </xsl:call-template>
  </xsl:template>

  <!-- Tables: head → caption; children that are not rows get a row. -->
  <xsl:template match="tei:table">
    <xsl:param name="h:inline" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:choose>
      <xsl:when test="$h:inline">
        <xsl:call-template name="h:block"/>
      </xsl:when>
      <xsl:otherwise>
        <table>
          <xsl:call-template name="h:attrs"><xsl:with-param name="class" select="'tei-table'"/></xsl:call-template>
          <xsl:if test="tei:head">
            <caption>
              <xsl:apply-templates select="tei:head/node()">
                <xsl:with-param name="h:inline" tunnel="yes" select="true()"/>
              </xsl:apply-templates>
            </caption>
          </xsl:if>
          <tbody>
            <xsl:for-each select="node() except tei:head">
              <xsl:choose>
                <xsl:when test="self::tei:row"><xsl:apply-templates select="."/></xsl:when>
                <xsl:when test="self::text()[not(normalize-space())] | self::comment() | self::processing-instruction()"/>
                <xsl:otherwise><tr><td><xsl:apply-templates select="."/></td></tr></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:row">
    <xsl:param name="h:inline" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:choose>
      <xsl:when test="$h:inline"><xsl:call-template name="h:block"/></xsl:when>
      <xsl:otherwise>
        <tr>
          <xsl:call-template name="h:attrs"/>
          <xsl:for-each select="node()">
            <xsl:choose>
              <xsl:when test="self::tei:cell"><xsl:apply-templates select="."/></xsl:when>
              <xsl:when test="self::text()[not(normalize-space())] | self::comment() | self::processing-instruction()"/>
              <xsl:otherwise><td><xsl:apply-templates select="."/></td></xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </tr>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:cell">
    <xsl:param name="h:inline" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:choose>
      <xsl:when test="$h:inline"><xsl:call-template name="h:block"/></xsl:when>
      <xsl:otherwise>
        <xsl:element name="{if (@role = 'label' or parent::tei:row/@role = 'label') then 'th' else 'td'}">
          <xsl:call-template name="h:attrs"/>
          <xsl:if test="@cols[. castable as xs:integer][xs:integer(.) gt 1]"><xsl:attribute name="colspan" select="@cols"/></xsl:if>
          <xsl:if test="@rows[. castable as xs:integer][xs:integer(.) gt 1]"><xsl:attribute name="rowspan" select="@rows"/></xsl:if>
          <xsl:apply-templates/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- TEI examples (egXML) are shown as the markup they are. -->
  <xsl:template match="*[namespace-uri() = 'http://www.tei-c.org/ns/Examples' and local-name() = 'egXML']">
    <xsl:param name="h:inline" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:element name="{if ($h:inline) then 'code' else 'pre'}">
      <xsl:attribute name="class" select="'egxml' || (if ($h:inline) then ' blk' else '')"/>
      <xsl:value-of select="serialize(node(), map { 'method': 'xml', 'omit-xml-declaration': true() })"/>
    </xsl:element>
  </xsl:template>

</xsl:stylesheet>
