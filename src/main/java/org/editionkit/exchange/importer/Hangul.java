package org.editionkit.exchange.importer;

import java.util.Locale;

/**
 * Romanises Hangul syllables (Revised Romanization, letter by letter, without the sound-change
 * rules) and reduces romanisations to a rough key in which the usual RR/McCune–Reischauer
 * differences vanish (eo/o, eu/u, b/p, g/k, d/t, j/ch, r/l). Enough to recognise that 박일우 is
 * the "Pak Il-u" of the other translation; not a transliteration for readers.
 */
public final class Hangul {
    private static final String[] INITIAL = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] MEDIAL = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
        "yu", "eu", "ui", "i"};
    private static final String[] FINAL = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
        "ng", "t", "t", "k", "t", "p", "t"};

    private Hangul() {
    }

    public static String romanise(String hangul) {
        StringBuilder sb = new StringBuilder();
        for (char c : hangul.toCharArray()) {
            if (c >= 0xAC00 && c <= 0xD7A3) {
                int s = c - 0xAC00;
                sb.append(INITIAL[s / 588]).append(MEDIAL[(s % 588) / 28]).append(FINAL[s % 28]);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A comparison key for a romanised name: lower case, letters only, system differences levelled. */
    public static String key(String romanised) {
        return romanised.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
                .replace("ch", "j").replace("eo", "o").replace("eu", "u").replace("ae", "e").replace("sh", "s")
                .replace('b', 'p').replace('g', 'k').replace('d', 't').replace('r', 'l').replaceAll("(.)\\1", "$1");
    }

    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
