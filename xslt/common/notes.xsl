<?xml version="1.0" encoding="UTF-8"?>
<!--
  notes.xsl - which notes are numbered and how. Notes are numbered per translation: each
  innermost tei:text is its own sequence (so English and Korean both start at 1), translator
  and editorial notes sharing one sequence, notes inside notes staying inside their parent.
  Notes in the header or standOff (apparatus notes) are not numbered: ed:note-scope gives ().

  ed:note-scope($note)      the text whose sequence a note belongs to, or ()
  ed:numbered-notes($text)  the notes numbered in a text, in order
  ed:note-number($note)     1, 2, 3 … within its scope
  ed:note-kind($note)       "translator", "editorial", or the note's @type, else "note"
  ed:note-id($note)         anchor id of the note itself (xml:id, else "note-LANG-N")
  ed:note-ref-id($note)     anchor id of its call in the text
  ed:note-lang($note)       its language: @xml:lang, else for editorial notes the edition's
                            language (TEI/@xml:lang), else the language of its text
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    exclude-result-prefixes="#all">

  <xsl:key name="ed:notes-by-scope" match="tei:note[not(ancestor::tei:note)][ancestor::tei:text]"
           use="generate-id(ancestor::tei:text[1])"/>

  <xsl:function name="ed:note-scope" visibility="public" as="element(tei:text)?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="if ($note/ancestor::tei:note) then () else $note/ancestor::tei:text[1]"/>
  </xsl:function>

  <xsl:function name="ed:numbered-notes" visibility="public" as="element(tei:note)*">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:sequence select="key('ed:notes-by-scope', generate-id($text), root($text))"/>
  </xsl:function>

  <xsl:function name="ed:note-number" visibility="public" as="xs:integer?">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="scope" select="ed:note-scope($note)"/>
    <xsl:sequence select="if ($scope) then ed:note-position($note, $scope) else ()"/>
  </xsl:function>

  <xsl:function name="ed:note-kind" visibility="public" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="(normalize-space($note/@type)[.], 'note')[1]"/>
  </xsl:function>

  <xsl:function name="ed:note-id" visibility="public" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:variable name="scope" select="ed:note-scope($note)"/>
    <xsl:sequence select="if ($note/@xml:id) then string($note/@xml:id)
                          else if (empty($scope)) then 'note-' || ed:path-id($note)
                          else 'note-' || ($scope/@xml:id, ed:path-id($scope))[1] || '-' || ed:note-number($note)"/>
  </xsl:function>

  <xsl:function name="ed:note-lang" visibility="public" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="if ($note/@xml:lang) then string($note/@xml:lang)
                          else if ($note/@type = 'editorial' and root($note)/*/@xml:lang) then string(root($note)/*/@xml:lang)
                          else ed:lang-of($note)"/>
  </xsl:function>

  <xsl:function name="ed:note-ref-id" visibility="public" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="'ref-' || ed:note-id($note)"/>
  </xsl:function>

</xsl:stylesheet>
