package org.editionkit.build;

import java.util.List;

/**
 * What the index page and the manifest show about a document: its titles (with their
 * languages), a date and the languages it is written in. Small, so it may be kept for every
 * document of a large corpus.
 */
public record DocumentInfo(List<Title> titles, String date, List<String> languages) implements java.io.Serializable {
    public static final DocumentInfo NONE = new DocumentInfo(List.of(), "", List.of());

    public record Title(String lang, String text) implements java.io.Serializable {
    }

    public DocumentInfo {
        titles = List.copyOf(titles);
        date = date == null ? "" : date;
        languages = List.copyOf(languages);
    }

    /** The first title, or {@code fallback} for a document without one. */
    public String title(String fallback) {
        return titles.isEmpty() ? fallback : titles.get(0).text();
    }
}
