<?xml version="1.0" encoding="UTF-8"?>
<!--
  edition.xsl - entry point of the HTML edition: one self-contained HTML5 page per TEI file
  (CSS and JS from assets/ inlined, no external URL). What the TEI means comes from the
  common ed: library; the modules included here only decide how it looks:

    page.xsl       document skeleton, masthead, toolbar, section order, inlined assets
    parallel.xsl   the aligned EN↔KO rows (or a single text for other TEI files)
    blocks.xsl     block-level TEI (p, head, opener, lists, tables, verse, drama …)
    phrase.xsl     phrase-level TEI, with the reading and diplomatic renderings side by side
    notes.xsl      note calls and the per-language note lists
    apparatus.xsl  the critical apparatus entries
    indexes.xsl    persons, places, organisations with links to every occurrence
    about.xsl      "About this document" from the header
    fallback.xsl   any other element: keeps its text, as a block or inline
    labels.xsl     interface words in English and Korean

  Parameter: name - the output base name; the page links to NAME.xml and NAME.pdf.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:h="urn:editionkit:html"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/ed.xsl"/>
  <xsl:include href="labels.xsl"/>
  <xsl:include href="fallback.xsl"/>
  <xsl:include href="page.xsl"/>
  <xsl:include href="parallel.xsl"/>
  <xsl:include href="blocks.xsl"/>
  <xsl:include href="phrase.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="apparatus.xsl"/>
  <xsl:include href="indexes.xsl"/>
  <xsl:include href="about.xsl"/>

  <xsl:param name="name" as="xs:string" select="'edition'"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

</xsl:stylesheet>
