<?xml version="1.0" encoding="UTF-8"?>
<!--
  layout.xsl - what print takes from the previous layout pass (org.editionkit.pdf.PassLoop):
  the parameter layout-map holds, for every page, the lines of the main text with their
  baseline (y), top (t), extent (x1, x2; points from the region-body's corner) and the ids of
  the formatting objects on them. From it this module derives
  - line numbers per page and column (the leading text's column "l", the other "r"; a line
    across both columns, a spanning heading, counts in both; the § gutter counts in neither);
  - where an id landed: page, column, line number (edf:where);
  - the foot items (note calls, apparatus passages) of each page and the one that carries the
    page's foot tiers (edf:tier-anchor).
  Without a map (the fallback) every function answers empty and the other modules print as
  they did before line numbers existed. The first layout pass gets an empty map (<layout/>):
  it prints as without a map, plus one margin number on the first body page (edf:probe), so
  that the pass measures where a number's baseline lies and the next FO places numbers right.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:editionkit:functions"
    xmlns:edf="urn:editionkit:fo"
    exclude-result-prefixes="#all">

  <xsl:param name="layout-map" as="document-node()?" select="()"/>

  <!-- True when print depends on the layout: the pass loop then runs (see PassLoop). -->
  <xsl:variable name="edf:needs-layout" as="xs:boolean" select="exists(edf:apparatus-entries())"/>
  <xsl:variable name="edf:mapped" as="xs:boolean" select="$edf:needs-layout and exists($layout-map/layout/page)"/>
  <xsl:variable name="edf:probe" as="xs:boolean" select="$edf:needs-layout and exists($layout-map) and not($edf:mapped)"/>

  <!-- Pages of the body's page-sequence (the last one: the title page comes first). -->
  <xsl:variable name="edf:map-pages" as="element(page)*"
      select="if ($edf:mapped) then $layout-map/layout/page[@seq = string(max($layout-map/layout/page/@seq ! xs:integer(.)))] else ()"/>

  <!-- A length of pages.xml ("20mm", "0.8in", "14pt") in points. -->
  <xsl:function name="edf:pt" as="xs:double">
    <xsl:param name="len" as="xs:string"/>
    <xsl:variable name="n" select="xs:double(replace($len, '[a-z]+$', ''))"/>
    <xsl:sequence select="if (ends-with($len, 'mm')) then $n * 72 div 25.4
                          else if (ends-with($len, 'cm')) then $n * 72 div 2.54
                          else if (ends-with($len, 'in')) then $n * 72 else $n"/>
  </xsl:function>

  <xsl:variable name="edf:text-width" as="xs:double"
      select="edf:pt($edf:geom/@width) - edf:pt($edf:geom/@inner) - edf:pt($edf:geom/@outer)"/>
  <!-- Parallel columns: two equal columns around a gutter 1.6 column-gaps wide (parallel.xsl). -->
  <xsl:variable name="edf:col-width" as="xs:double"
      select="($edf:text-width - 1.6 * edf:pt($edf:column-gap)) div 2"/>

  <!-- The column of a line: l (leading text), r (other), b (both: a heading across the gutter), g (the § gutter). -->
  <xsl:function name="edf:column" as="xs:string">
    <xsl:param name="line" as="element(line)"/>
    <xsl:variable name="x1" select="xs:double($line/@x1)"/>
    <xsl:variable name="x2" select="xs:double($line/@x2)"/>
    <xsl:variable name="right" select="$edf:text-width - $edf:col-width"/>
    <xsl:sequence select="if (not($edf:numbers-in-gutter)) then 'l'
                          else if ($x2 le $edf:col-width + 1) then 'l'
                          else if ($x1 ge $right - 1) then 'r'
                          else if (some $id in tokenize($line/@ids) satisfies starts-with($id, 'edf-gutter-')) then 'g'
                          else 'b'"/>
  </xsl:function>

  <!-- Every line: <ln page="i" n="folio" col="l|r" no="k" y="baseline" ids="…"/>, in page
       order, then column, then from the top. Lines within half a point share a number. A line
       that holds only a figure (a stamp drawn as SVG, stamp.xsl) is no line of text: it is not
       counted, and carries figure="true" and the number of the text line above it, so that what
       stands on it can still be keyed. -->
  <xsl:variable name="edf:figure-ids" as="xs:string*"
      select="if ($edf:mapped) then $edf:root//tei:text//tei:stamp[edf:draw-stamp(.)] ! edf:id(.) else ()"/>
  <xsl:variable name="edf:lines-doc" as="document-node()">
    <xsl:document>
    <xsl:for-each select="$edf:map-pages">
      <xsl:variable name="page" select="."/>
      <!-- The apparatus printed after the text is not numbered: it is not the text its keys name. -->
      <xsl:variable name="classed" select="line[not(tokenize(@ids) = 'edf-apparatus')] ! map { 'line': ., 'col': edf:column(.) }"/>
      <xsl:for-each select="if ($edf:numbers-in-gutter) then ('l', 'r') else 'l'">
        <xsl:variable name="col" select="."/>
        <xsl:variable name="rows" as="map(*)*">
          <xsl:for-each-group select="$classed[?col = ($col, 'b')]" group-by="round(xs:double(?line/@y) * 2)">
            <xsl:sort select="current-grouping-key()"/>
            <xsl:variable name="ids" select="string-join(current-group()?line/@ids, ' ')"/>
            <xsl:sequence select="map { 'y': string(current-group()[1]?line/@y),
                                        't': min(current-group()?line/@t ! xs:double(.)),
                                        'ids': $ids,
                                        'figure': tokenize($ids) = $edf:figure-ids }"/>
          </xsl:for-each-group>
        </xsl:variable>
        <xsl:iterate select="$rows">
          <xsl:param name="no" as="xs:integer" select="0"/>
          <xsl:variable name="this" select="if (?figure) then $no else $no + 1"/>
          <ln page="{$page/@i}" n="{$page/@n}" col="{$col}" no="{max(($this, 1))}" y="{?y}" t="{?t}" ids="{?ids}">
            <xsl:if test="?figure"><xsl:attribute name="figure" select="'true'"/></xsl:if>
          </ln>
          <xsl:next-iteration><xsl:with-param name="no" select="$this"/></xsl:next-iteration>
        </xsl:iterate>
      </xsl:for-each>
    </xsl:for-each>
    </xsl:document>
  </xsl:variable>
  <xsl:variable name="edf:lines" as="element(ln)*" select="$edf:lines-doc/ln"/>

  <xsl:key name="edf:ln-by-id" match="ln" use="tokenize(@ids)"/>

  <!-- The lines an id stands on: on its first page, in its column (a line across both columns
       is in both: then the column of the id's language, "r" for the other text). -->
  <xsl:function name="edf:where" as="element(ln)*">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="edf:where($id, 'l')"/>
  </xsl:function>

  <xsl:function name="edf:where" as="element(ln)*">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="col" as="xs:string"/>
    <xsl:variable name="all" select="if (exists($edf:lines)) then key('edf:ln-by-id', $id, $edf:lines-doc) else ()"/>
    <xsl:variable name="page" select="$all[1]/@page"/>
    <xsl:variable name="there" select="$all[@page = $page]"/>
    <xsl:variable name="in" select="($there[@col = $col][1]/@col, $there[1]/@col)[1]"/>
    <xsl:sequence select="$there[@col = $in]"/>
  </xsl:function>

  <!-- The foot items: note calls (by ed:note-ref-id) and apparatus passages (by edf:id), each
       with the page it landed on. -->
  <xsl:variable name="edf:items-doc" as="document-node()">
    <xsl:document>
    <xsl:if test="$edf:mapped">
      <xsl:for-each select="$edf:root//tei:note[exists(ed:note-number(.))][not(@place = ('inline', 'display'))]
                            [not(ancestor::tei:note or ancestor::tei:standOff)][edf:in-running-text(.)]">
        <xsl:variable name="at" select="edf:where(ed:note-ref-id(.))[1]"/>
        <xsl:if test="$at">
          <item id="{ed:note-ref-id(.)}" page="{$at/@page}" y="{$at/@y}" col="{$at/@col}"/>
        </xsl:if>
      </xsl:for-each>
      <xsl:if test="$apparatus = 'foot'">
        <xsl:for-each select="distinct-values(edf:apparatus-entries() ! edf:app-anchor(.) ! edf:anchor-id(.))">
          <xsl:variable name="at" select="edf:where(.)[1]"/>
          <xsl:if test="$at">
            <item id="{.}" page="{$at/@page}" y="{$at/@y}" col="{$at/@col}"/>
          </xsl:if>
        </xsl:for-each>
      </xsl:if>
    </xsl:if>
    </xsl:document>
  </xsl:variable>
  <xsl:variable name="edf:foot-items" as="element(item)*" select="$edf:items-doc/item"/>

  <xsl:key name="edf:item-by-id" match="item" use="@id"/>
  <xsl:key name="edf:items-by-page" match="item" use="@page"/>

  <!-- The page (index in the body sequence) a foot item landed on, or () when not mapped. -->
  <xsl:function name="edf:item-page" as="xs:string?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="if (exists($edf:foot-items)) then string(key('edf:item-by-id', $id, $edf:items-doc)/@page) else ()"/>
  </xsl:function>

  <!-- The item of a page that carries its foot tiers: the highest on the page (FOP places a
       footnote on the page of its call, so any call on the page would do; the first is the one
       least likely to be pushed over by the tiers' height). -->
  <xsl:function name="edf:tier-anchor" as="xs:string?">
    <xsl:param name="page" as="xs:string"/>
    <xsl:variable name="items" select="key('edf:items-by-page', $page, $edf:items-doc)"/>
    <xsl:sequence select="sort($items, (), function($i) { xs:double($i/@y), string($i/@col) })[1]/@id ! string(.)"/>
  </xsl:function>

  <!-- The height the tiers of a page get (foot.xsl), so that the page keeps the foot it was laid
       out with: the heights the first pass measured for its notes and entries, each a footnote
       of its own then (<fn id h/>), or what the same tiers needed in the previous pass if more.
       The rule above the foot is part of it (edf:foot-rule), as tall as the first pass's footnote
       separator. () when the pass loop gave up on fixed feet (foot="natural", PassLoop): tiers
       as tall as they are, under the separator. -->
  <xsl:key name="edf:fn-by-id" match="fn" use="@id"/>

  <xsl:variable name="edf:fixed-foot" as="xs:boolean"
      select="$edf:mapped and exists($layout-map/layout/@separator) and not($layout-map/layout/@foot = 'natural')"/>

  <xsl:function name="edf:tier-height" as="xs:double?">
    <xsl:param name="page" as="xs:string"/>
    <xsl:param name="footnote-ids" as="xs:string*"/>
    <xsl:variable name="measured" select="sum($footnote-ids ! key('edf:fn-by-id', ., $layout-map)/@h ! xs:double(.))"/>
    <!-- What the same tiers needed under their rule in the previous pass. -->
    <xsl:variable name="before" select="$edf:map-pages[@i = $page][@tiers = edf:tier-anchor($page)]/@need
                                        ! (xs:double(.) - xs:double($layout-map/layout/@separator))"/>
    <xsl:sequence select="if ($edf:fixed-foot) then max(($measured, $before)) else ()"/>
  </xsl:function>

  <!-- The ids of the items of a page. -->
  <xsl:function name="edf:page-items" as="xs:string*">
    <xsl:param name="page" as="xs:string"/>
    <xsl:sequence select="key('edf:items-by-page', $page, $edf:items-doc)/@id ! string(.)"/>
  </xsl:function>

  <!-- A line key: "3", "3–4" within a page; with the page, "5.3" (apparatus at the end, or a
       reading on another page than its lemma). -->
  <xsl:function name="edf:line-key" as="xs:string?">
    <xsl:param name="at" as="element(ln)*"/>
    <xsl:param name="with-page" as="xs:boolean"/>
    <xsl:variable name="first" select="$at[1]"/>
    <xsl:variable name="last" select="$at[last()]"/>
    <xsl:sequence select="if (empty($at)) then ()
                          else (if ($with-page) then $first/@n || '.' else '')
                               || $first/@no || (if ($last/@no != $first/@no) then '–' || $last/@no else '')"/>
  </xsl:function>

  <!-- How far a margin number's baseline lies below the top of its block-container: as the
       previous pass measured it, else an estimate (the pass after corrects it). -->
  <xsl:variable name="edf:number-drop" as="xs:double"
      select="($layout-map/layout/@number-drop ! xs:double(.), 0.78 * edf:pt($edf:leading))[1]"/>

</xsl:stylesheet>
