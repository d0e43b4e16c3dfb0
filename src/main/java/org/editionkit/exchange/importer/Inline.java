package org.editionkit.exchange.importer;

import java.util.List;

/** The phrase-level pieces a line of source text is parsed into (see {@link BracketParser}). */
public sealed interface Inline {
    /** Plain text. */
    record Text(String text) implements Inline {
    }

    /** A translator's bracketed note. */
    record Note(String text) implements Inline {
    }

    /** An abbreviation completed in brackets: {@code stem[ex]tail}. */
    record Expan(String stem, String ex, String tail) implements Inline {
    }

    /** Text the translator supplied, such as punctuation. */
    record Supplied(String text) implements Inline {
    }

    /** A bracketed rendering of the preceding term. */
    record Gloss(String text) implements Inline {
    }

    /** A name given in several forms (the first as printed in the running text); {@code key} is its {@link Registers} entry. */
    record NameVariant(String key, List<Form> forms) implements Inline {
    }

    /** A later plain occurrence of a name already known from a variant. */
    record Name(String key, String text) implements Inline {
    }

    /** Bracketed text the importer could not interpret: kept verbatim, with a note for the editor. */
    record Review(String literal, String message) implements Inline {
    }

    /** One form of a name: its type (rr, mr, latin, or a language code such as ko, en) and text. */
    record Form(String type, String text) {
    }
}
