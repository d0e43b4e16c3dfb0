<?xml version="1.0" encoding="UTF-8"?>
<!--
  header.xsl - access to the teiHeader metadata every output shows (title page, "About this
  document", citation, PDF metadata, manifest). Each function tolerates a sparse header and
  returns () rather than failing, so third-party files still render.

  ed:file-desc($doc)           the fileDesc of the header, if any
  ed:ms-identifier($doc)       the first msIdentifier of the sourceDesc
  ed:title($doc, $lang)        the main title in a language (any main title, else any title)
  ed:short-title($doc)         title type="short", else the main title
  ed:authors($doc)             author strings
  ed:funders($doc)             funder strings
  ed:responsibilities($doc)    respStmt elements, in header order
  ed:translators($doc)         respStmts of translators (resp-trans-*, or resp naming translation)
  ed:resp-names($resp)         the names in one respStmt
  ed:resp-label($resp)         what the respStmt is for ("English translation")
  ed:repository($doc)          the holding archive
  ed:reference-number($doc)    idno type="registry" of the msIdentifier (else its first idno)
  ed:source-bibls($doc)        the bibl(s) describing the source in sourceDesc
  ed:rights($doc)              availability elements of the publicationStmt
  ed:publication-date($doc)    the edition's publication date, if any
  ed:editorial-principles($doc) editorialDecl, projectDesc, samplingDecl
  ed:revisions($doc)           change elements of revisionDesc, in document order
  ed:abstracts($doc)           abstract elements of profileDesc
  ed:hand($attr)               the handNote a @hand/@new pointer names
  ed:hand-label($attr)         a sentence naming that hand, or the bare pointer
  ed:document-date($doc)       the date of the document (correspDesc sending date, else first date in a text)
  ed:citation($doc, $name)     a suggested citation for the edition published as NAME.html
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    exclude-result-prefixes="#all">

  <xsl:function name="ed:file-desc" visibility="public" as="element(tei:fileDesc)?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)/*/tei:teiHeader/tei:fileDesc"/>
  </xsl:function>

  <xsl:function name="ed:title" visibility="public" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="t" select="ed:file-desc($doc)/tei:titleStmt/tei:title"/>
    <xsl:sequence select="normalize-space(($t[@type = 'main'][@xml:lang = $lang], $t[@type = 'main'][not(@xml:lang)],
                          $t[not(@type) or @type = 'main'][not(@xml:lang) or not($lang)], $t, 'Untitled document')[normalize-space()][1])"/>
  </xsl:function>

  <xsl:function name="ed:short-title" visibility="public" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="t" select="ed:file-desc($doc)/tei:titleStmt/tei:title[@type = 'short']"/>
    <xsl:sequence select="if (normalize-space($t[1])) then normalize-space($t[1]) else ed:title($doc, ())"/>
  </xsl:function>

  <xsl:function name="ed:authors" visibility="public" as="xs:string*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="ed:file-desc($doc)/tei:titleStmt/tei:author ! normalize-space()[.]"/>
  </xsl:function>

  <xsl:function name="ed:funders" visibility="public" as="xs:string*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="ed:file-desc($doc)/tei:titleStmt/(tei:funder | tei:sponsor) ! normalize-space()[.]"/>
  </xsl:function>

  <xsl:function name="ed:responsibilities" visibility="public" as="element(tei:respStmt)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="ed:file-desc($doc)/(tei:titleStmt | tei:editionStmt)/tei:respStmt"/>
  </xsl:function>

  <xsl:function name="ed:translators" visibility="public" as="element(tei:respStmt)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="all" select="ed:responsibilities($doc)"/>
    <xsl:sequence select="if ($all[starts-with(@xml:id, 'resp-trans')]) then $all[starts-with(@xml:id, 'resp-trans')]
                          else $all[matches(string-join(tei:resp), '^\W*(\w+\s+)?transl', 'i')]"/>
  </xsl:function>

  <xsl:function name="ed:resp-names" visibility="public" as="xs:string*">
    <xsl:param name="resp" as="element(tei:respStmt)"/>
    <xsl:sequence select="$resp/(tei:persName | tei:name | tei:orgName) ! normalize-space()[.]"/>
  </xsl:function>

  <xsl:function name="ed:resp-label" visibility="public" as="xs:string">
    <xsl:param name="resp" as="element(tei:respStmt)"/>
    <xsl:sequence select="normalize-space(string-join($resp/tei:resp, '; '))"/>
  </xsl:function>

  <xsl:function name="ed:ms-identifier" visibility="public" as="element(tei:msIdentifier)?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(ed:file-desc($doc)/tei:sourceDesc//tei:msDesc/tei:msIdentifier)[1]"/>
  </xsl:function>

  <xsl:function name="ed:repository" visibility="public" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="ed:ms-identifier($doc)/tei:repository[1] ! normalize-space()[.]"/>
  </xsl:function>

  <xsl:function name="ed:reference-number" visibility="public" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="ids" select="ed:ms-identifier($doc)//tei:idno"/>
    <xsl:sequence select="($ids[@type = 'registry'], $ids)[1] ! normalize-space()[.]"/>
  </xsl:function>

  <xsl:function name="ed:source-bibls" visibility="public" as="element(tei:bibl)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="ed:file-desc($doc)/tei:sourceDesc/(tei:bibl | tei:biblStruct/tei:bibl | tei:listBibl/tei:bibl)"/>
  </xsl:function>

  <xsl:function name="ed:rights" visibility="public" as="element(tei:availability)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="ed:file-desc($doc)/tei:publicationStmt/tei:availability"/>
  </xsl:function>

  <xsl:function name="ed:publication-date" visibility="public" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="ed:file-desc($doc)/tei:publicationStmt/tei:date[1] ! normalize-space((@when, .)[1])"/>
  </xsl:function>

  <xsl:function name="ed:editorial-principles" visibility="public" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)/*/tei:teiHeader/tei:encodingDesc/(tei:projectDesc | tei:editorialDecl | tei:samplingDecl)"/>
  </xsl:function>

  <xsl:function name="ed:revisions" visibility="public" as="element(tei:change)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)/*/tei:teiHeader/tei:revisionDesc//tei:change"/>
  </xsl:function>

  <xsl:function name="ed:abstracts" visibility="public" as="element(tei:abstract)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)/*/tei:teiHeader/tei:profileDesc/tei:abstract"/>
  </xsl:function>

  <xsl:function name="ed:hand" visibility="public" as="element(tei:handNote)?">
    <xsl:param name="attr" as="attribute()?"/>
    <xsl:sequence select="ed:resolve($attr)[self::tei:handNote][1]"/>
  </xsl:function>

  <xsl:function name="ed:hand-label" visibility="public" as="xs:string">
    <xsl:param name="attr" as="attribute()?"/>
    <xsl:variable name="h" select="ed:hand($attr)"/>
    <xsl:sequence select="if ($h and normalize-space($h)) then normalize-space($h)
                          else if ($h) then string($h/@xml:id) else normalize-space($attr)"/>
  </xsl:function>

  <xsl:function name="ed:document-date" visibility="public" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="sent" select="root($doc)/*/tei:teiHeader/tei:profileDesc/tei:correspDesc/tei:correspAction[@type = 'sent']/tei:date"/>
    <xsl:variable name="d" select="($sent, (root($doc)/*/tei:text//tei:date[@when])[1])[1]"/>
    <xsl:sequence select="$d ! normalize-space((@when, @from, .)[1])[.]"/>
  </xsl:function>

  <xsl:function name="ed:citation" visibility="public" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="name" as="xs:string"/>
    <xsl:variable name="trans" select="ed:translators($doc) ! (ed:resp-names(.) => string-join(' and '))"/>
    <xsl:sequence select="string-join((
        string-join(ed:authors($doc), '; ')[.],
        '“' || ed:title($doc, 'en') || '”',
        ed:document-date($doc),
        if (exists($trans[.])) then 'Translated by ' || string-join($trans[.], '; ') else (),
        string-join((ed:repository($doc), ed:reference-number($doc)), ', ')[.],
        'Critical edition, ' || $name || '.html' || (ed:publication-date($doc) ! (' (' || . || ')'))
      )[normalize-space()], '. ') || '.'"/>
  </xsl:function>

</xsl:stylesheet>
