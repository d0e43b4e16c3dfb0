<?xml version="1.0" encoding="UTF-8"?>
<!--
  registers.xsl - persons, places and organisations (listPerson/listPlace/listOrg, in standOff
  or anywhere else), their name forms and their occurrences in the texts (elements whose @ref
  points at them), in every language.

  ed:register($doc, $kind)   entries of kind 'person' | 'place' | 'org' that have an xml:id
  ed:entry-of($name)         the register entry a persName/placeName/orgName/name @ref names
  ed:name-forms($entry)      its name elements (persName/placeName/orgName/name children)
  ed:name-form-label($name)  "Revised Romanization", "McCune–Reischauer", "Hangul", "Latin",
                             "Korean text" (type ko in Latin letters) …
  ed:preferred-name($entry)  the heading form: type rr or latin, else the first name
  ed:occurrences($entry)     every element in a text whose @ref points at the entry
  ed:lang-of($node)          the xml:lang in force at a node ('' if none)
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    exclude-result-prefixes="#all">

  <xsl:key name="ed:refs" match="tei:text//*[@ref]" use="ed:pointers(@ref)"/>

  <xsl:function name="ed:register" visibility="public" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="r" select="root($doc)"/>
    <xsl:sequence select="(if ($kind = 'person') then $r//tei:listPerson//tei:person
        else if ($kind = 'place') then $r//tei:listPlace//tei:place
        else if ($kind = 'org') then $r//tei:listOrg//tei:org
        else ())[@xml:id]"/>
  </xsl:function>

  <xsl:function name="ed:entry-of" visibility="public" as="element()?">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="ed:resolve($name/@ref)[self::tei:person or self::tei:place or self::tei:org
                          or self::tei:personGrp][1]"/>
  </xsl:function>

  <xsl:function name="ed:name-forms" visibility="public" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$entry/(tei:persName | tei:placeName | tei:orgName | tei:name)"/>
  </xsl:function>

  <xsl:function name="ed:name-form-label" visibility="public" as="xs:string">
    <xsl:param name="name" as="element()"/>
    <xsl:sequence select="(if ($name/@type = 'ko' and not(ed:lang-of($name) = 'ko')) then 'Korean text' else (),
        map { 'rr': 'Revised Romanization', 'mr': 'McCune–Reischauer', 'ko': 'Hangul', 'latin': 'Latin' }(string($name/@type)),
        if (ed:lang-of($name) = 'ko') then 'Hangul'
                        else if ($name/@xml:lang) then string($name/@xml:lang) else 'name')[1]"/>
  </xsl:function>

  <xsl:function name="ed:preferred-name" visibility="public" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="forms" select="ed:name-forms($entry)"/>
    <xsl:sequence select="normalize-space(($forms[@type = ('rr', 'latin')], $forms[not(@xml:lang = 'ko')], $forms,
                          $entry/@xml:id)[normalize-space()][1])"/>
  </xsl:function>

  <xsl:function name="ed:occurrences" visibility="public" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="key('ed:refs', string($entry/@xml:id), root($entry))"/>
  </xsl:function>

  <xsl:function name="ed:lang-of" visibility="public" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string($node/ancestor-or-self::*[@xml:lang][1]/@xml:lang)"/>
  </xsl:function>

</xsl:stylesheet>
