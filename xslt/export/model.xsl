<?xml version="1.0" encoding="UTF-8"?>
<!--
  Export: the data model every export format is written from. Each function turns one part of
  a TEI edition (registers, occurrences, notes, apparatus, reading text) into XPath maps and
  arrays with fixed keys; json.xsl serialises them as they are, csv.xsl and txt.xsl flatten
  them. Keeping one model means the three formats can never disagree.
  Identifiers are the documents' xml:ids without "#"; absent values are empty sequences
  (JSON null, empty CSV field). What the TEI means (registers, occurrences, paragraph
  numbers, note numbers, sigla, the document date) comes from the common ed: library
  (xslt/common/ed.xsl, imported by export.xsl); this module only shapes it for export.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:xp="urn:editionkit:export"
    exclude-result-prefixes="#all">

  <xsl:include href="reading-text.xsl"/>

  <!-- The document name used in occurrences (the sanitised file name, set by the caller). -->
  <xsl:param name="document-name" as="xs:string" select="'document'"/>

  <!-- "#a #b" → ("a", "b") -->
  <xsl:function name="xp:ids" as="xs:string*">
    <xsl:param name="pointers" as="attribute()?"/>
    <xsl:sequence select="ed:pointers($pointers)"/>
  </xsl:function>

  <xsl:function name="xp:lang" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="ed:lang-of($node)[. != '']"/>
  </xsl:function>

  <!-- The xml:id of the nearest identified element around $node (its anchor). -->
  <xsl:function name="xp:anchor" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="$node/ancestor-or-self::*[@xml:id][1]/@xml:id ! string()"/>
  </xsl:function>

  <!-- ===== document ===== -->

  <xsl:function name="xp:document" as="map(*)">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="titles" select="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:sequence select="map{
        'id': $tei/@xml:id ! string(),
        'name': $document-name,
        'titles': array{ $titles[not(@type = 'short')] ! map{
            'type': (@type ! string(), 'main')[1], 'language': xp:lang(.), 'text': xp:reading-text(.) } },
        'shortTitle': $titles[@type = 'short'][1] ! xp:reading-text(.),
        'date': xp:document-date($tei),
        'languages': array{ xp:texts($tei) ! xp:lang(.) },
        'witnesses': array{ $tei//tei:listWit//tei:witness[@xml:id] ! map{
            'id': string(@xml:id), 'siglum': ed:siglum(.), 'label': ed:witness-label(.) } }
      }"/>
  </xsl:function>

  <!-- The date the document was written, ISO 8601 (ed:document-date), () when it is not a date. -->
  <xsl:function name="xp:document-date" as="xs:string?">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="ed:document-date($tei)[matches(., '^-?\d{4}(-\d{2}(-\d{2})?)?$')]"/>
  </xsl:function>

  <!-- The translations (or the single text when there is no group), in document order. -->
  <xsl:function name="xp:texts" as="element(tei:text)*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="($tei/tei:text/tei:group/tei:text, $tei/tei:text[not(tei:group)])"/>
  </xsl:function>

  <!-- "§1.2" / "§1" where a node stands (ed:locator), () outside the numbered paragraphs. -->
  <xsl:function name="xp:paragraph-number" as="xs:string?">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="ed:locator($node)[starts-with(., '§')]"/>
  </xsl:function>

  <!-- ===== registers ===== -->

  <xsl:function name="xp:register" as="array(map(*))">
    <xsl:param name="entities" as="element()*"/>
    <xsl:sequence select="array{ $entities ! xp:entity(.) }"/>
  </xsl:function>

  <xsl:function name="xp:entity" as="map(*)">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="id" select="string($e/@xml:id)"/>
    <xsl:sequence select="map{
        'id': $id,
        'register': xp:register-name($e),
        'type': $e/@type ! string(),
        'names': array{ ed:name-forms($e) ! map{
            'type': @type ! string(), 'language': @xml:lang ! string(), 'form': xp:reading-text(.) } },
        'birth': $e/tei:birth/(@when, @notBefore, @from)[1] ! string(),
        'death': $e/tei:death/(@when, @notBefore, @from)[1] ! string(),
        'occurrences': array{ xp:occurrences($e) }
      }"/>
  </xsl:function>

  <xsl:function name="xp:register-name" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="if ($e/self::tei:place) then 'place' else if ($e/self::tei:org) then 'organisation' else 'person'"/>
  </xsl:function>

  <!-- Every element in the texts whose @ref points at $e, in document order. -->
  <xsl:function name="xp:occurrences" as="map(*)*">
    <xsl:param name="e" as="element()"/>
    <xsl:for-each select="ed:occurrences($e)">
      <xsl:sequence select="map{
          'document': $document-name,
          'language': xp:lang(.),
          'paragraph': xp:paragraph-number(.),
          'element': xp:anchor(.),
          'form': xp:reading-text(.)
        }"/>
    </xsl:for-each>
  </xsl:function>

  <!-- ===== notes ===== -->

  <xsl:function name="xp:notes" as="array(map(*))">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="array{ xp:texts($tei)//tei:note ! map{
        'id': @xml:id ! string(),
        'number': ed:note-number(.),
        'type': @type ! string(),
        'subtype': @subtype ! string(),
        'language': xp:lang(.),
        'paragraph': xp:paragraph-number(.),
        'anchor': xp:anchor(parent::*),
        'resp': xp:ids(@resp)[1],
        'text': xp:reading-text(node())
      } }"/>
  </xsl:function>

  <!-- ===== apparatus ===== -->

  <xsl:function name="xp:apparatus" as="array(map(*))">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="array{ $tei//tei:listApp//tei:app ! map{
        'id': @xml:id ! string(),
        'type': @type ! string(),
        'lemma': tei:lem[1] ! xp:reading(., $tei),
        'readings': array{ tei:rdg ! xp:reading(., $tei) },
        'note': (if (tei:note) then string-join(tei:note ! xp:reading-text(node()), ' ') else ())
      } }"/>
  </xsl:function>

  <xsl:function name="xp:reading" as="map(*)">
    <xsl:param name="r" as="element()"/>
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="wits" select="xp:ids($r/@wit)"/>
    <xsl:sequence select="map{
        'text': xp:reading-text($r/node()),
        'witnesses': array{ $wits },
        'sigla': array{ ed:reading-sigla($r) },
        'anchor': xp:ids($r/@corresp)[1]
      }"/>
  </xsl:function>

  <!-- ===== reading text ===== -->

  <!-- Block-level elements: each gets a line of its own in the reading text. -->
  <xsl:variable name="xp:block-names" as="xs:string+" select="('p', 'ab', 'l', 'head', 'opener', 'closer', 'dateline',
      'signed', 'stamp', 'salute', 'byline', 'item', 'cell', 'label', 'bibl', 'trailer', 'titlePart', 'docAuthor',
      'docDate', 'speaker', 'castItem', 'argument', 'epigraph', 'postscript', 'fw')"/>
  <!-- Blocks that may contain other blocks; inside any other block, block names are phrase-level. -->
  <xsl:variable name="xp:container-names" as="xs:string+" select="('opener', 'closer', 'item', 'cell', 'argument', 'epigraph', 'postscript')"/>

  <!--
    The blocks of a text in document order: block elements not inside a phrase-level block or a
    note, plus any other element holding text of its own outside every block (so that no text
    of a third-party document is left out of the export).
  -->
  <xsl:function name="xp:blocks" as="element()*">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:variable name="phrase" select="$xp:block-names[not(. = $xp:container-names)]"/>
    <!-- ". >> $text" keeps an ancestor inside $text; blocks are told apart by generate-id(), so
         neither test scans the whole text again per element (that was O(n²)). -->
    <xsl:variable name="blocks" select="$text//*[local-name() = $xp:block-names]
        [not(ancestor::*[local-name() = $phrase][. &gt;&gt; $text])][not(ancestor::tei:note)]"/>
    <xsl:variable name="is-block" select="xp:id-set($blocks)"/>
    <xsl:variable name="orphans" select="$text//*[text()[normalize-space()]][not(local-name() = $xp:block-names)]
        [not(ancestor-or-self::tei:note)][not(ancestor::*[map:contains($is-block, generate-id(.))])]"/>
    <xsl:sequence select="($blocks | $orphans)"/>
  </xsl:function>

  <!-- One entry per block with text of its own (nested blocks get their own entries). -->
  <xsl:function name="xp:text-units" as="map(*)*">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:variable name="blocks" select="xp:blocks($text)"/>
    <xsl:variable name="is-block" select="xp:id-set($blocks)"/>
    <!-- The nth block of each name ("dateline-1"), counted along in one pass. -->
    <xsl:iterate select="$blocks">
      <xsl:param name="seen" as="map(xs:string, xs:integer)" select="map{}"/>
      <xsl:variable name="own" select="xp:reading-text(node(), $is-block)"/>
      <xsl:variable name="name" select="local-name()"/>
      <xsl:variable name="nth" select="($seen($name), 0)[1] + 1"/>
      <xsl:if test="$own != ''">
        <xsl:sequence select="map{
            'id': @xml:id ! string(),
            'element': $name,
            'paragraph': if (self::tei:p or self::tei:head) then xp:paragraph-number(.) else (),
            'label': (if (self::tei:p or self::tei:head) then xp:paragraph-number(.) else (), @xml:id ! string(),
                      $name || '-' || $nth)[1],
            'text': $own }"/>
      </xsl:if>
      <xsl:next-iteration>
        <xsl:with-param name="seen" select="map:put($seen, $name, $nth)"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:function>

  <!-- The generate-id()s of $nodes, for constant-time membership tests. -->
  <xsl:function name="xp:id-set" as="map(xs:string, xs:boolean)">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="map:merge($nodes ! map:entry(generate-id(.), true()))"/>
  </xsl:function>

  <xsl:function name="xp:text" as="map(*)">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="map:merge(xp:texts($tei) ! map{ (xp:lang(.), 'und')[1]: array{ xp:text-units(.) } })"/>
  </xsl:function>

  <!-- ===== everything ===== -->

  <xsl:function name="xp:export" as="map(*)">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="map{
        'document': xp:document($tei),
        'persons': xp:register(ed:register($tei, 'person')),
        'places': xp:register(ed:register($tei, 'place')),
        'organisations': xp:register(ed:register($tei, 'org')),
        'notes': xp:notes($tei),
        'apparatus': xp:apparatus($tei),
        'text': xp:text($tei)
      }"/>
  </xsl:function>
</xsl:stylesheet>
