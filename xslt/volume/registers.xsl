<?xml version="1.0" encoding="UTF-8"?>
<!--
  registers.xsl - the cumulative register of a volume: the persons, places and organisations
  of all its documents merged by xml:id (the same id in two documents is the same entity),
  every name form any document gives, "see" references from each form to the heading, and
  every occurrence in every document. Output-neutral: the book (FO) and the site (HTML) both
  render this model. Conflicting entries are not resolved here (the first document's kind and
  heading win); org.editionkit.volume.RegisterConflicts reports them.

  Needs the common library: the entry point imports ../common/ed.xsl and includes this module.

  ed:volume-index($docs)           the index of the documents, in volume order (document N = position N)
  ed:document-index($doc, $n)      the same for one document as document N (a part of a volume index)
  ed:merge-indexes($parts)         the volume index from the parts of its documents; lets a caller
                                   hold one document at a time and only the small parts at once
  ed:index-sort-key($s)            the sort key of a heading or form: lower case, accents removed

  The model (namespace urn:editionkit:functions):
    <ed:index>
      <ed:entry kind="person|place|org" key="ID" heading="…" sort="…">
        <ed:form lang="…" label="…">text</ed:form> …              every distinct form (text + lang)
        <ed:occurrence doc="N" id="dN-ANCHOR" lang="en|ko" loc="§1.2"/> …   in document order
      </ed:entry> …                                                sorted by @sort, then @key
      <ed:see from="form" to="heading" key="ID"/> …                sorted by the form's sort key
    </ed:index>
  @loc (the paragraph locator, ed:locator) is an addition to the shared contract, for the site.
  Entries with no occurrence in any document are left out: an index cites places in the text.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    exclude-result-prefixes="#all">

  <xsl:function name="ed:volume-index" visibility="public" as="element(ed:index)">
    <xsl:param name="docs" as="document-node()*"/>
    <xsl:sequence select="ed:merge-indexes(for $i in 1 to count($docs) return ed:document-index($docs[$i], $i))"/>
  </xsl:function>

  <!-- One document's entries (with occurrences or not: another document may cite the entity),
       its forms and its occurrences; no see references (those need the merged headings). -->
  <xsl:function name="ed:document-index" visibility="public" as="element(ed:index)">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:param name="n" as="xs:integer"/>
    <ed:index>
      <xsl:for-each select="('person', 'place', 'org')">
        <xsl:variable name="kind" select="."/>
        <xsl:for-each select="ed:register($doc, $kind)">
          <ed:entry kind="{$kind}" key="{@xml:id}" heading="{ed:preferred-name(.)}">
            <xsl:for-each select="ed:name-forms(.)[normalize-space()]">
              <ed:form lang="{ed:lang-of(.)}" label="{ed:name-form-label(.)}">
                <xsl:value-of select="normalize-space()"/>
              </ed:form>
            </xsl:for-each>
            <xsl:for-each select="ed:occurrences(.)[self::tei:persName or self::tei:placeName or self::tei:orgName
                                  or self::tei:name or self::tei:rs]">
              <ed:occurrence doc="{$n}" id="d{$n}-{ed:anchor-id(.)}"
                  lang="{(ancestor::tei:text[@xml:lang][1]/@xml:lang, ed:lang-of(.))[1]}" loc="{ed:locator(.)}"/>
            </xsl:for-each>
          </ed:entry>
        </xsl:for-each>
      </xsl:for-each>
    </ed:index>
  </xsl:function>

  <xsl:function name="ed:merge-indexes" visibility="public" as="element(ed:index)">
    <xsl:param name="parts" as="element(ed:index)*"/>
    <xsl:variable name="entries" as="element(ed:entry)*">
      <xsl:for-each-group select="$parts/ed:entry" group-by="@key">
        <xsl:variable name="occurrences" select="current-group()/ed:occurrence"/>
        <xsl:if test="exists($occurrences)">
          <xsl:variable name="first" select="current-group()[1]"/>
          <ed:entry kind="{$first/@kind}" key="{$first/@key}" heading="{$first/@heading}"
              sort="{ed:index-sort-key($first/@heading)}">
            <!-- A form once per text and language, labelled as the first document labels it. -->
            <xsl:for-each-group select="current-group()/ed:form" group-by="string(.) || '|' || @lang">
              <xsl:sequence select="current-group()[1]"/>
            </xsl:for-each-group>
            <xsl:sequence select="$occurrences"/>
          </ed:entry>
        </xsl:if>
      </xsl:for-each-group>
    </xsl:variable>
    <ed:index>
      <xsl:perform-sort select="$entries">
        <xsl:sort select="@sort"/>
        <xsl:sort select="@key"/>
      </xsl:perform-sort>
      <xsl:variable name="see" as="element(ed:see)*">
        <!-- Each variant once per entry (the same text in two languages is one reference). -->
        <xsl:for-each select="$entries">
          <xsl:variable name="entry" select="."/>
          <xsl:for-each select="distinct-values(ed:form[. ne $entry/@heading])">
            <ed:see from="{.}" to="{$entry/@heading}" key="{$entry/@key}"/>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:variable>
      <xsl:perform-sort select="$see">
        <xsl:sort select="ed:index-sort-key(@from)"/>
        <xsl:sort select="@key"/>
      </xsl:perform-sort>
    </ed:index>
  </xsl:function>

  <!-- Lower case without combining marks (Brzeziński files with Brzezinski, Kim Il-sŏng with
       Kim Il-song); Hangul keeps its syllables, which sort after Latin letters. -->
  <xsl:function name="ed:index-sort-key" visibility="public" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="normalize-unicode(replace(normalize-unicode(lower-case(normalize-space($s)), 'NFD'), '\p{M}', ''), 'NFC')"/>
  </xsl:function>

</xsl:stylesheet>
