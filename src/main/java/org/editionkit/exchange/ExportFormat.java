package org.editionkit.exchange;

import java.util.Locale;

/** The formats {@code edition export} writes. */
public enum ExportFormat {
    JSON, CSV, TXT;

    /** Parses "json", "csv" or "txt" (any case), as given on the command line. */
    public static ExportFormat parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
