<?xml version="1.0" encoding="UTF-8"?>
<!--
  book-common.xsl - small functions shared by the book stylesheets (edition volume): the
  source line of a document (archive, reference) and the Roman folio.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:edv="urn:editionkit:volume"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <!-- "Polish Foreign Ministry Archive, No. 267/37/2421/57" from the first msIdentifier, else the first bibl. -->
  <xsl:function name="edv:source-line" as="xs:string?">
    <xsl:param name="header" as="element(tei:teiHeader)?"/>
    <xsl:variable name="ms" select="$header/tei:fileDesc/tei:sourceDesc/tei:msDesc[1]/tei:msIdentifier"/>
    <xsl:variable name="parts" select="($ms/(tei:institution, tei:repository, tei:collection, tei:idno) ! normalize-space(.)[.],
                                       if ($ms) then () else normalize-space($header/tei:fileDesc/tei:sourceDesc/tei:bibl[1])[.])"/>
    <xsl:sequence select="string-join($parts, ', ')[.]"/>
  </xsl:function>


  <!-- The volume's title (main, in the volume's language) for running heads and metadata. -->
  <xsl:function name="edv:volume-title" as="xs:string">
    <xsl:param name="vol" as="document-node()"/>
    <xsl:variable name="ts" select="$vol/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:sequence select="normalize-space(($ts/tei:title[@type = 'short'], $ts/tei:title[@type = 'main'], $ts/tei:title)[1])"/>
  </xsl:function>

</xsl:stylesheet>
