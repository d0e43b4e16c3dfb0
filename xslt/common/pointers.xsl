<?xml version="1.0" encoding="UTF-8"?>
<!--
  pointers.xsl - resolving TEI pointers ("#id" in @corresp, @ref, @wit, @hand, @resp …) and
  naming anchors. Every other common module resolves references through these functions, so
  a change in pointer syntax is made here once. Output-neutral: returns TEI nodes and strings.

  ed:pointers($attr)   local ids named by a pointer attribute ("#a #b" → "a", "b")
  ed:resolve($attr)    the elements those ids name, in the same document
  ed:anchor-id($e)     a stable id for an element: its xml:id, else one generated for this run
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    exclude-result-prefixes="#all">

  <!-- Local ids named by a pointer attribute; external URIs and bare words are ignored. -->
  <xsl:function name="ed:pointers" visibility="public" as="xs:string*">
    <xsl:param name="attr" as="attribute()?"/>
    <xsl:sequence select="tokenize(normalize-space($attr))[starts-with(., '#')] ! substring(., 2)"/>
  </xsl:function>

  <!-- The elements a pointer attribute names, in pointer order; unresolved pointers give nothing. -->
  <xsl:function name="ed:resolve" visibility="public" as="element()*">
    <xsl:param name="attr" as="attribute()?"/>
    <xsl:variable name="root" select="$attr/root()"/>
    <xsl:sequence select="if ($root instance of document-node())
                          then ed:pointers($attr) ! id(., $root)
                          else ()"/>
  </xsl:function>

  <!-- An id for anchoring links to an element: the xml:id when it has one, else its path. -->
  <xsl:function name="ed:anchor-id" visibility="public" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="string(($e/@xml:id, ed:path-id($e))[1])"/>
  </xsl:function>

  <!-- The element's position path ("ed-1-2-5"): unique in its document and, unlike
       generate-id(), the same in every run, so outputs are reproducible byte for byte. -->
  <xsl:function name="ed:path-id" visibility="public" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="'ed-' || string-join($e/ancestor-or-self::* ! string(ed:child-position(.)), '-')"/>
  </xsl:function>

</xsl:stylesheet>
