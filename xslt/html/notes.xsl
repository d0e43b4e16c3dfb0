<?xml version="1.0" encoding="UTF-8"?>
<!--
  notes.xsl - note calls in the text and the note lists, one per translation (per text in
  other TEI files), numbered by ed:note-number. Call and note link to each other (ids from
  ed:note-ref-id / ed:note-id). Notes outside any text (header) are shown in place.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:h="urn:editionkit:html"
    exclude-result-prefixes="#all">

  <xsl:template match="tei:note">
    <xsl:param name="h:in-link" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="n" select="ed:note-number(.)"/>
    <xsl:choose>
      <xsl:when test="exists($n) and not($h:in-link)">
        <sup class="note-call">
          <a id="{ed:note-ref-id(.)}" href="#{ed:note-id(.)}" role="doc-noteref"
             aria-label="{h:label(ed:note-kind(.), ed:lang-of(.)) || ' ' || $n}"><xsl:value-of select="$n"/></a>
        </sup>
      </xsl:when>
      <xsl:when test="exists($n)">
        <sup class="note-call" id="{ed:note-ref-id(.)}"><xsl:value-of select="$n"/></sup>
      </xsl:when>
      <xsl:otherwise>
        <span>
          <xsl:call-template name="h:attrs"><xsl:with-param name="class" select="'note-inline'"/></xsl:call-template>
          <xsl:text>[</xsl:text>
          <xsl:apply-templates>
            <xsl:with-param name="h:inline" tunnel="yes" select="true()"/>
          </xsl:apply-templates>
          <xsl:text>]</xsl:text>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="h:notes-section">
    <xsl:param name="texts" as="element(tei:text)*"/>
    <xsl:variable name="scopes" select="if (exists($texts)) then $texts
                  else (//tei:text[exists(ed:numbered-notes(.))])"/>
    <section id="notes" aria-labelledby="h-notes">
      <h2 id="h-notes">Notes</h2>
      <div class="notes-cols{if (exists($texts)) then ' parallel-notes' else ''}">
        <xsl:for-each select="$scopes[exists(ed:numbered-notes(.))]">
          <xsl:variable name="lang" select="ed:lang-of(.)"/>
          <div class="notes-col" data-lang="{$lang}">
            <xsl:if test="$lang"><xsl:attribute name="lang" select="$lang"/></xsl:if>
            <h3 lang="en">
              <xsl:value-of select="if (exists($texts)) then h:label('notes-to', $lang)
                                    else if (count($scopes) gt 1) then 'Notes to text ' || position() || (@xml:id ! (' (' || . || ')'))
                                    else 'Notes to the text'"/>
            </h3>
            <ol class="notes">
              <xsl:for-each select="ed:numbered-notes(.)">
                <li id="{ed:note-id(.)}" class="note note-{replace(ed:note-kind(.), '\W', '-')}">
                  <a class="note-back" href="#{ed:note-ref-id(.)}" role="doc-backlink"
                     aria-label="{'Back to the call of note ' || ed:note-number(.)}"><xsl:value-of select="ed:note-number(.)"/></a>
                  <xsl:text> </xsl:text>
                  <span class="note-kind"><xsl:value-of select="h:label(ed:note-kind(.), $lang)"/></span>
                  <xsl:text> </xsl:text>
                  <div class="note-body">
                    <xsl:if test="ed:note-lang(.) ne $lang and ed:note-lang(.)"><xsl:attribute name="lang" select="ed:note-lang(.)"/></xsl:if>
                    <xsl:apply-templates/>
                  </div>
                </li>
              </xsl:for-each>
            </ol>
          </div>
        </xsl:for-each>
      </div>
    </section>
  </xsl:template>

</xsl:stylesheet>
