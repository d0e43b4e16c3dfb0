<?xml version="1.0" encoding="UTF-8"?>
<!--
  site.xsl - entry point of the HTML volume site (org.editionkit.volume.VolumeSite), compiled
  once for all its pages. It imports the HTML edition unchanged, so a document's page is the
  document's edition page (same templates, same inlined assets) with the volume's navigation
  added, and the contents and index pages share its look.

    site-common.xsl    page names, the summary of a document, the page frame of the volume pages
    site-contents.xsl  initial template vs:contents: title page data, front matter, the documents by part
    site-index.xsl     initial template vs:index: the cumulative index (ed:volume-index model)
    site-document.xsl  a document's page: the edition page (next-match) plus the volume navigation
    registers.xsl      the cumulative register model ed:volume-index

  Parameters (each page uses the ones it needs):
    name       the document page's base name (docN), as for the edition: it links to NAME.xml
    vs:n       the document's number in the volume; vs:count the number of documents
    vs:volume  the volume description (for its titles on every page)
    vs:summaries  the documents' summaries (vs:document-summary), in volume order
    vs:index   the cumulative index (ed:merge-indexes of the documents' ed:document-index)
    vs:book    the file name of the book PDF beside the site, or '' when there is none
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:editionkit:functions"
    xmlns:vs="urn:editionkit:volume-site"
    exclude-result-prefixes="#all">

  <xsl:import href="../html/edition.xsl"/>
  <xsl:include href="registers.xsl"/>
  <xsl:include href="site-common.xsl"/>
  <xsl:include href="site-contents.xsl"/>
  <xsl:include href="site-index.xsl"/>
  <xsl:include href="site-document.xsl"/>

  <xsl:param name="vs:n" as="xs:integer" select="0"/>
  <xsl:param name="vs:count" as="xs:integer" select="0"/>
  <xsl:param name="vs:volume" as="document-node()?" select="()"/>
  <xsl:param name="vs:summaries" as="element(vs:document)*" select="()"/>
  <xsl:param name="vs:index" as="element(ed:index)?" select="()"/>
  <xsl:param name="vs:book" as="xs:string" select="''"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no" include-content-type="no"/>

</xsl:stylesheet>
