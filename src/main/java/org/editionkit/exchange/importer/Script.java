package org.editionkit.exchange.importer;

/**
 * The writing system of a line, which is how the two translations of a page are told apart.
 * Text inside square brackets is ignored (a Korean line may quote Latin names in brackets), and
 * any letter of a non-Latin script outweighs Latin letters (a Korean line may cite a Latin name).
 */
public enum Script {
    LATIN("en"), HANGUL("ko"), CYRILLIC("ru"), KANA("ja"), HAN("zh"), GREEK("el"), OTHER("und"), NONE("und");

    /** The language assumed for a translation written in this script. */
    public final String language;

    Script(String language) {
        this.language = language;
    }

    public static Script of(String line) {
        String outside = line.replaceAll("\\[[^\\]]*\\]", " ");
        boolean latin = false;
        boolean han = false;
        for (int i = 0; i < outside.length(); ) {
            int cp = outside.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            switch (s) {
                case HANGUL:
                    return HANGUL;
                case HIRAGANA:
                case KATAKANA:
                    return KANA;
                case CYRILLIC:
                    return CYRILLIC;
                case GREEK:
                    return GREEK;
                case HAN:
                    han = true;
                    break;
                case LATIN:
                    latin = true;
                    break;
                default:
                    return OTHER;
            }
        }
        return han ? HAN : latin ? LATIN : NONE;
    }
}
