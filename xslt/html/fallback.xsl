<?xml version="1.0" encoding="UTF-8"?>
<!--
  fallback.xsl - any element no other template knows, in any namespace: its content is kept,
  in a div when it is block-like (a known TEI block, or it holds one), else in a span, with
  class "tei-NAME" so the CSS can still style it. Dropping text is the worst bug an edition
  can have; this module is what guarantees it never happens.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:h="urn:editionkit:html"
    exclude-result-prefixes="#all">

  <!-- TEI elements that read as blocks of their own (header, manuscript description, registers …). -->
  <xsl:variable name="h:block-names" as="xs:string+" select="(
      'teiHeader', 'fileDesc', 'titleStmt', 'editionStmt', 'extent', 'publicationStmt', 'seriesStmt', 'notesStmt',
      'sourceDesc', 'encodingDesc', 'profileDesc', 'revisionDesc', 'xenoData', 'projectDesc', 'samplingDecl',
      'editorialDecl', 'tagsDecl', 'classDecl', 'taxonomy', 'category', 'catDesc', 'appInfo', 'application',
      'refsDecl', 'listPrefixDef', 'prefixDef', 'charDecl', 'glyph', 'char', 'langUsage', 'language', 'textClass',
      'keywords', 'abstract', 'correspDesc', 'correspAction', 'correspContext', 'particDesc', 'settingDesc',
      'setting', 'creation', 'listChange', 'change', 'respStmt', 'availability', 'licence', 'titleStmt',
      'msDesc', 'msIdentifier', 'altIdentifier', 'msContents', 'msItem', 'msItemStruct', 'physDesc',
      'objectDesc', 'supportDesc', 'support', 'collation', 'foliation', 'condition', 'layoutDesc', 'layout',
      'handDesc', 'handNote', 'scriptDesc', 'scriptNote', 'decoDesc', 'decoNote', 'musicNotation', 'additions',
      'bindingDesc', 'binding', 'sealDesc', 'seal', 'accMat', 'history', 'origin', 'provenance', 'acquisition',
      'additional', 'adminInfo', 'recordHist', 'custodialHist', 'custEvent', 'surrogates', 'msPart', 'msFrag',
      'listBibl', 'listWit', 'witness', 'listPerson', 'person', 'personGrp', 'listPlace', 'place', 'listOrg',
      'org', 'listEvent', 'event', 'listRelation', 'relation', 'listApp', 'standOff', 'sourceDoc', 'surface',
      'surfaceGrp', 'zone', 'facsimile', 'figure', 'figDesc', 'incident', 'castList', 'castGroup', 'castItem',
      'div', 'p', 'ab', 'lg', 'l', 'sp', 'list', 'item', 'table', 'row', 'cell', 'quote', 'cit', 'floatingText',
      'space', 'listNym', 'nym', 'spanGrp', 'linkGrp', 'timeline', 'listAnnotation', 'annotation')"/>

  <xsl:function name="h:is-block" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="($e/self::tei:* and local-name($e) = $h:block-names
                           and not(local-name($e) = ('quote', 'cit', 'space', 'extent', 'language', 'licence')))
                          or exists($e/*[self::tei:* and local-name() = $h:block-names])"/>
  </xsl:function>

  <xsl:template match="*" priority="-2">
    <xsl:param name="h:inline" tunnel="yes" as="xs:boolean" select="false()"/>
    <xsl:variable name="block" select="h:is-block(.)"/>
    <xsl:element name="{if ($block and not($h:inline)) then 'div' else 'span'}">
      <xsl:if test="self::tei:*">
        <xsl:call-template name="h:attrs">
          <xsl:with-param name="class" select="string-join(('tei-' || local-name(), if ($block) then 'blk' else ()), ' ')"/>
        </xsl:call-template>
      </xsl:if>
      <xsl:if test="not(self::tei:*)">
        <xsl:attribute name="class" select="'foreign-' || replace(local-name(), '\W', '-')"/>
      </xsl:if>
      <xsl:apply-templates>
        <xsl:with-param name="h:inline" tunnel="yes" select="$h:inline or not($block)"/>
      </xsl:apply-templates>
    </xsl:element>
  </xsl:template>

  <!-- Whitespace-only text between blocks stays out; every other text is kept as is. -->
  <xsl:template match="comment() | processing-instruction()" priority="-2"/>

</xsl:stylesheet>
