package org.editionkit.exchange.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editionkit.exchange.importer.Registers.Clue;
import org.editionkit.exchange.importer.Registers.Kind;

/**
 * What the words around a bracketed name say about what it names: a head word ("Hamgyeong
 * [Hamgyong] province", "the city of Sinuiju", "Ministry of Agriculture [Nongeopseong]"), a
 * Korean suffix the romanisation leaves out (함경도[Hamgyeong]: 도, province), a title
 * ("Comrade", 동지) or the shape of a Korean personal name. Each clue carries its reason in
 * words, for the editor; {@link Registers#resolve} weighs them.
 */
final class NameClues {
    private record Word(Kind kind, String type) {
    }

    private static final Map<String, Word> ENGLISH = words(
            Kind.PLACE, "province", "province", "provincial", "province", "city", "city", "county", "county", "district", "district",
            "town", "town", "village", "village", "township", "township", "region", "region", "prefecture", "prefecture",
            "oblast", "oblast", "port", "port", "harbour", "port", "harbor", "port", "island", "island", "river", "river",
            "mountain", "mountain", "mountains", "mountain", "peninsula", "peninsula");
    private static final Map<String, Word> ENGLISH_ORG = words(
            Kind.ORG, "ministry", "ministry", "committee", "committee", "commission", "commission", "department", "department",
            "party", "party", "embassy", "embassy", "legation", "legation", "consulate", "consulate", "mission", "mission",
            "school", "school", "university", "university", "academy", "academy", "institute", "institute", "army", "army",
            "corps", "army", "division", "army", "regiment", "army", "bureau", "bureau", "council", "council", "front", "front",
            "union", "union", "league", "league", "agency", "agency", "cabinet", "cabinet", "presidium", "presidium",
            "assembly", "assembly", "court", "court", "newspaper", "newspaper", "company", "company", "factory", "factory",
            "association", "association", "federation", "federation", "society", "society", "delegation", "delegation");
    /** Korean head words, longest first; single syllables only count where the romanisation leaves them out. */
    private static final List<Map.Entry<String, Word>> KOREAN = List.of(
            Map.entry("인민위원회", new Word(Kind.ORG, "committee")), Map.entry("위원회", new Word(Kind.ORG, "committee")),
            Map.entry("위원단", new Word(Kind.ORG, "commission")), Map.entry("대사관", new Word(Kind.ORG, "embassy")),
            Map.entry("영사관", new Word(Kind.ORG, "consulate")), Map.entry("대표부", new Word(Kind.ORG, "mission")),
            Map.entry("대표단", new Word(Kind.ORG, "delegation")), Map.entry("학교", new Word(Kind.ORG, "school")),
            Map.entry("대학", new Word(Kind.ORG, "university")), Map.entry("군대", new Word(Kind.ORG, "army")),
            Map.entry("구역", new Word(Kind.PLACE, "district")), Map.entry("당", new Word(Kind.ORG, "party")),
            Map.entry("성", new Word(Kind.ORG, "ministry")), Map.entry("부", new Word(Kind.ORG, "department")),
            Map.entry("도", new Word(Kind.PLACE, "province")), Map.entry("시", new Word(Kind.PLACE, "city")),
            Map.entry("군", new Word(Kind.PLACE, "county")), Map.entry("읍", new Word(Kind.PLACE, "town")),
            Map.entry("리", new Word(Kind.PLACE, "village")));
    /** Romanised Korean suffixes of a one-word place name: Hamgyeong-do, Sinuiju-si. */
    private static final Map<String, Word> ROMANISED = Map.of("do", new Word(Kind.PLACE, "province"), "si", new Word(Kind.PLACE, "city"),
            "gun", new Word(Kind.PLACE, "county"), "kun", new Word(Kind.PLACE, "county"), "gu", new Word(Kind.PLACE, "district"),
            "ku", new Word(Kind.PLACE, "district"));
    private static final Set<String> TITLES = Set.of("comrade", "comrades", "comr", "mr", "mrs", "ms", "dr", "general", "gen",
            "marshal", "minister", "vice-minister", "premier", "vice-premier", "ambassador", "secretary", "chairman", "chairwoman",
            "colonel", "col", "major", "captain", "lieutenant", "lt", "professor", "prof", "citizen", "deputy", "director",
            "president", "vice-president", "commander", "counsellor", "counselor", "consul", "admiral", "sergeant");
    private static final Pattern KOREAN_TITLE = Pattern.compile("^(동지|동무|장군|씨|선생|여사|박사|교수|원수|대사|수상|위원장)(들)?"
            + "(은|는|이|가|을|를|의|에게|께서|와|과|도|만)?$");
    private static final String PARTICLE = "(은|는|이|가|을|를|의|에|에서|로|으로|와|과|도|만|까지|에게)";
    private static final Set<String> SURNAMES = Set.of("kim", "gim", "pak", "park", "bak", "ri", "rhee", "lee", "yi", "choe", "choi",
            "jeong", "jong", "chong", "chung", "heo", "ho", "kang", "gang", "jo", "cho", "yun", "yoon", "jang", "chang", "im", "lim",
            "han", "o", "oh", "seo", "so", "sin", "shin", "gwon", "kwon", "hwang", "an", "ahn", "song", "ryu", "yu", "yoo", "jeon",
            "chon", "jun", "hong", "go", "ko", "mun", "moon", "yang", "son", "bae", "pae", "baek", "paek", "nam", "sim", "shim",
            "no", "noh", "roh", "ha", "gwak", "kwak", "seong", "sung", "cha", "ju", "chu", "u", "woo", "gu", "ku", "min", "jin",
            "chin", "na", "ji", "chi", "eom", "om", "chae", "won", "cheon", "chun", "bang", "pang", "gong", "kong", "hyeon", "hyon",
            "ham", "byeon", "pyon", "yeom", "yom", "yeo", "yo", "do", "to", "seok", "sok", "seon", "seol", "sol", "ma", "gil",
            "kil", "yeon", "yon", "wi", "pyo", "myeong", "myong", "gi", "ki", "ban", "pan", "wang", "geum", "kum", "ok", "yuk",
            "in", "maeng", "je", "mo", "tak", "guk", "kuk", "eo", "eun", "pyeon", "yong", "gye", "kye", "tae");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s+([\\p{L}’'-]+)");

    private NameClues() {
    }

    /**
     * A name in Latin letters in the running text: {@code before} is the line up to the name,
     * {@code after} the line after its bracket.
     */
    static List<Clue> latin(String before, List<String> forms, String after) {
        List<Clue> clues = new ArrayList<>();
        String[] words = before.strip().split("\\s+");
        String w1 = words.length > 0 ? bare(words[words.length - 1]) : "";
        String w2 = words.length > 1 ? bare(words[words.length - 2]) : "";
        if (TITLES.contains(w1)) {
            clues.add(new Clue(Kind.PERSON, null, "\"" + words[words.length - 1] + "\" precedes it"));
        }
        if (w1.equals("of") && ENGLISH.containsKey(w2)) {
            clues.add(clue(ENGLISH.get(w2), "\"" + words[words.length - 2] + " of\" precedes it"));
        }
        Matcher next = FIRST_WORD.matcher(after);
        if (next.find()) {
            Word w = english(bare(next.group(1)));
            if (w != null) {
                clues.add(clue(w, "the word \"" + next.group(1) + "\" follows"));
            }
        }
        for (String form : forms) {
            String[] tokens = form.strip().split("\\s+");
            Word last = english(bare(tokens[tokens.length - 1]));
            if (tokens.length > 1 && last != null) {
                clues.add(clue(last, "the name \"" + form + "\" ends in \"" + tokens[tokens.length - 1] + "\""));
            }
            int dash = form.lastIndexOf('-');
            if (tokens.length == 1 && dash > 0 && ROMANISED.containsKey(form.substring(dash + 1).toLowerCase(Locale.ROOT))) {
                clues.add(clue(ROMANISED.get(form.substring(dash + 1).toLowerCase(Locale.ROOT)),
                        "the name \"" + form + "\" ends in the Korean suffix \"" + form.substring(dash) + "\""));
            }
        }
        personShape(forms, clues);
        return clues;
    }

    /**
     * A name in another script (the rules know Korean) with its Latin variant in brackets ({@code 함경도[Hamgyeong (Hamgyong)]의}):
     * {@code tail} is the letters right after the bracket, {@code after} the rest of the line.
     */
    static List<Clue> korean(String stem, List<String> latinForms, String tail, String after) {
        List<Clue> clues = new ArrayList<>();
        if (!latinForms.isEmpty()) {
            String latin = Hangul.key(latinForms.get(0));
            for (Map.Entry<String, Word> s : KOREAN) {
                String k = s.getKey();
                if (stem.length() > k.length() && stem.endsWith(k)) {
                    String shorter = Hangul.key(Hangul.romanise(stem.substring(0, stem.length() - k.length())));
                    if (Hangul.distance(latin, shorter) < Hangul.distance(latin, Hangul.key(Hangul.romanise(stem)))) {
                        clues.add(clue(s.getValue(), stem + " ends in " + k + " (" + s.getValue().type()
                                + "), which the romanisation \"" + latinForms.get(0) + "\" leaves out"));
                    }
                    break;
                }
            }
        }
        for (Map.Entry<String, Word> s : KOREAN) {
            String k = s.getKey();
            // a bare 도 after a name is the particle "also", not "province"
            if (!tail.isEmpty() && tail.matches(Pattern.quote(k) + PARTICLE + (k.equals("도") ? "" : "?"))) {
                clues.add(clue(s.getValue(), k + " (" + s.getValue().type() + ") follows the bracket"));
                break;
            }
        }
        Matcher next = FIRST_WORD.matcher(tail.isEmpty() ? after : "");
        if (next.find()) {
            String word = next.group(1);
            if (KOREAN_TITLE.matcher(word).matches()) {
                clues.add(new Clue(Kind.PERSON, null, "\"" + word + "\" follows"));
            }
            for (Map.Entry<String, Word> s : KOREAN) {
                boolean headWord = s.getKey().length() > 1 || "도시군".contains(s.getKey());
                if (headWord && word.matches(Pattern.quote(s.getKey()) + PARTICLE + "?")) {
                    clues.add(clue(s.getValue(), "the word \"" + word + "\" follows"));
                    break;
                }
            }
        }
        personShape(latinForms, clues);
        return clues;
    }

    /** The head word of an English name of a place or organisation ("Ministry of Agriculture" → ministry), or null. */
    static Clue head(String phrase) {
        String[] words = phrase.strip().split("\\s+");
        Word found = null;
        String word = null;
        for (String w : words) {
            if (bare(w).equals("of")) {
                break;
            }
            Word k = english(bare(w));
            if (k != null) {
                found = k;
                word = w;
            }
        }
        if (found == null) {
            for (String w : words) {
                Word k = english(bare(w));
                if (k != null) {
                    found = k;
                    word = w;
                }
            }
        }
        return found == null ? null : clue(found, "the name \"" + phrase.strip() + "\" has the head word \"" + bare(word) + "\"");
    }

    /** A romanised Korean personal name: a surname and one or two more words, two to four syllables in all. */
    private static void personShape(List<String> forms, List<Clue> clues) {
        for (String form : forms) {
            String[] tokens = form.strip().split("\\s+");
            int syllables = form.strip().split("[\\s-]+").length;
            if (tokens.length >= 2 && tokens.length <= 3 && syllables >= 2 && syllables <= 4
                    && SURNAMES.contains(tokens[0].toLowerCase(Locale.ROOT))
                    && form.matches("(\\p{Lu}[\\p{Ll}’'ŏŭ]*(-\\p{L}[\\p{Ll}’'ŏŭ]*)?\\s*)+")
                    && english(bare(tokens[tokens.length - 1])) == null) {
                clues.add(new Clue(Kind.PERSON, null, "\"" + form.strip() + "\" has the shape of a Korean personal name (surname " + tokens[0] + ")"));
                return;
            }
        }
    }

    private static Word english(String word) {
        Word w = ENGLISH.get(word);
        return w != null ? w : ENGLISH_ORG.get(word);
    }

    private static Clue clue(Word w, String reason) {
        return new Clue(w.kind(), w.type(), reason);
    }

    /** A word without surrounding punctuation or a possessive, in lower case. */
    private static String bare(String word) {
        return word.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "").replaceAll("[’']s$", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, Word> words(Kind kind, String... pairs) {
        Map<String, Word> out = new java.util.HashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            out.put(pairs[i], new Word(kind, pairs[i + 1]));
        }
        return Map.copyOf(out);
    }
}
