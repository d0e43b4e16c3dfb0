<?xml version="1.0" encoding="UTF-8"?>
<!--
  about.xsl - "About this document": the header's metadata through the ed: header functions
  (source, archive, reference number, translators, funder, rights, editorial principles,
  revision history), a suggested citation, the downloads, and, folded away, the complete
  header rendered generically so no header text is ever hidden from the reader.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:h="urn:editionkit:html"
    exclude-result-prefixes="#all">

  <!-- "translated by: X" reads badly; a resp ending in "by" is followed by the names directly. -->
  <xsl:function name="h:resp" as="xs:string">
    <xsl:param name="resp" as="element(tei:respStmt)"/>
    <xsl:variable name="label" select="ed:resp-label($resp)"/>
    <xsl:sequence select="$label || (if (matches($label, '\sby$')) then ' ' else ': ') || string-join(ed:resp-names($resp), ', ')"/>
  </xsl:function>

  <xsl:template name="h:meta">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="class" as="xs:string"/>
    <xsl:param name="value" as="item()*"/>
    <xsl:if test="exists($value)">
      <div class="meta-{$class}">
        <dt><xsl:value-of select="$key"/></dt>
        <dd><xsl:sequence select="$value"/></dd>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template name="h:about-section">
    <xsl:variable name="doc" select="."/>
    <xsl:variable name="texts" select="ed:translations(.)"/>
    <xsl:variable name="ms" select="ed:ms-identifier(.)"/>
    <section id="about" aria-labelledby="h-about">
      <h2 id="h-about">About this document</h2>
      <xsl:for-each select="ed:abstracts(.)">
        <div class="abstract"><xsl:apply-templates/></div>
      </xsl:for-each>
      <dl class="meta">
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Title'"/>
          <xsl:with-param name="class" select="'title'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:for-each select="distinct-values(distinct-values(($texts/string(@xml:lang), '')) ! ed:title($doc, .[.]))">
              <span class="meta-line"><xsl:value-of select="."/></span>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Author'"/><xsl:with-param name="class" select="'author'"/>
          <xsl:with-param name="value" select="string-join(ed:authors(.), '; ')[.]"/>
        </xsl:call-template>
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Date'"/><xsl:with-param name="class" select="'date'"/>
          <xsl:with-param name="value" select="ed:document-date(.)"/>
        </xsl:call-template>
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Source'"/><xsl:with-param name="class" select="'source'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:for-each select="ed:source-bibls(.)">
              <span class="meta-line"><xsl:apply-templates><xsl:with-param name="h:inline" tunnel="yes" select="true()"/></xsl:apply-templates></span>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Archive'"/><xsl:with-param name="class" select="'archive'"/>
          <xsl:with-param name="value" select="string-join(($ms/tei:repository, $ms/tei:collection, $ms/tei:settlement, $ms/tei:country) ! normalize-space()[.], ', ')[.]"/>
        </xsl:call-template>
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Reference number'"/><xsl:with-param name="class" select="'idno'"/>
          <xsl:with-param name="value" select="ed:reference-number(.)"/>
        </xsl:call-template>
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Translators'"/><xsl:with-param name="class" select="'translators'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:for-each select="ed:translators(.)">
              <span class="meta-line"><xsl:value-of select="h:resp(.)"/></span>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Responsibility'"/><xsl:with-param name="class" select="'resp'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:for-each select="ed:responsibilities(.) except ed:translators(.)">
              <span class="meta-line"><xsl:value-of select="h:resp(.)"/></span>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Funder'"/><xsl:with-param name="class" select="'funder'"/>
          <xsl:with-param name="value" select="string-join(ed:funders(.), '; ')[.]"/>
        </xsl:call-template>
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Rights'"/><xsl:with-param name="class" select="'rights'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:for-each select="ed:rights(.)">
              <div class="meta-block"><xsl:apply-templates/></div>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Hands'"/><xsl:with-param name="class" select="'hands'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:for-each select="root()/*/tei:teiHeader//tei:handDesc/tei:handNote">
              <span class="meta-line">
                <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
                <xsl:value-of select="normalize-space()"/>
              </span>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Editorial principles'"/><xsl:with-param name="class" select="'principles'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:for-each select="ed:editorial-principles(.)">
              <div class="meta-block"><xsl:apply-templates/></div>
            </xsl:for-each>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Revision history'"/><xsl:with-param name="class" select="'revisions'"/>
          <xsl:with-param name="value" as="node()*">
            <xsl:if test="exists(ed:revisions(.))">
              <ol class="revisions">
                <xsl:for-each select="ed:revisions(.)">
                  <li>
                    <xsl:if test="@when"><span class="rev-date"><xsl:value-of select="@when"/></span><xsl:text> </xsl:text></xsl:if>
                    <xsl:if test="@who"><span class="rev-who"><xsl:value-of select="string-join(ed:resolve(@who) ! (if (self::tei:respStmt) then string-join(ed:resp-names(.), ', ') else normalize-space()), ', ')"/></span><xsl:text>: </xsl:text></xsl:if>
                    <xsl:apply-templates><xsl:with-param name="h:inline" tunnel="yes" select="true()"/></xsl:apply-templates>
                  </li>
                </xsl:for-each>
              </ol>
            </xsl:if>
          </xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Suggested citation'"/><xsl:with-param name="class" select="'citation'"/>
          <xsl:with-param name="value" as="node()*"><cite class="citation"><xsl:value-of select="ed:citation(., $name)"/></cite></xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="h:meta">
          <xsl:with-param name="key" select="'Download'"/><xsl:with-param name="class" select="'download'"/>
          <xsl:with-param name="value" as="node()*">
            <a class="download" href="{$name}.xml" type="application/tei+xml">TEI XML source (<xsl:value-of select="$name"/>.xml)</a>
            <xsl:text> · </xsl:text>
            <a class="download" href="{$name}.pdf" type="application/pdf">PDF for print (<xsl:value-of select="$name"/>.pdf)</a>
          </xsl:with-param>
        </xsl:call-template>
      </dl>
      <details class="full-header">
        <summary>Complete TEI header</summary>
        <xsl:apply-templates select="/*/tei:teiHeader">
          <xsl:with-param name="h:copy-ids" tunnel="yes" select="false()"/>
        </xsl:apply-templates>
      </details>
    </section>
  </xsl:template>

</xsl:stylesheet>
