package org.editionkit.exchange.importer;

import java.util.List;
import java.util.Map;

/**
 * Guesses the language of a translation in Latin script from the letters only some languages
 * use (ł for Polish, ß for German …). Used when both translations of a page are in Latin script;
 * the guess is always reported for checking, and "und" is returned when nothing is telling.
 */
final class LatinLanguage {
    private static final Map<String, String> LETTERS = Map.of(
            "pl", "ąćęłńśźżĄĆĘŁŃŚŹŻ",
            "de", "äöüßÄÖÜ",
            "fr", "éèêàâçœùûîïÉÈÀÇ",
            "es", "ñ¿¡áíóú",
            "cs", "ěščřžůňťďĚŠČŘŽŮ",
            "hu", "őűŐŰ",
            "ro", "ășțâîĂȘȚ");

    private LatinLanguage() {
    }

    static String guess(List<SourceLine> lines) {
        String best = "und";
        int bestCount = 0;
        for (Map.Entry<String, String> e : LETTERS.entrySet()) {
            int count = 0;
            for (SourceLine l : lines) {
                for (char c : l.text().toCharArray()) {
                    count += e.getValue().indexOf(c) >= 0 ? 1 : 0;
                }
            }
            if (count > bestCount || count == bestCount && count > 0 && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestCount = count;
            }
        }
        return bestCount >= 3 ? best : "und";
    }
}
