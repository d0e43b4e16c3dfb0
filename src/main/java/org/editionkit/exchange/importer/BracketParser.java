package org.editionkit.exchange.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Interprets the square brackets of one line of a translation:
 * <ul>
 * <li>{@code [trans. note: …]}, {@code [transl. note: …]}, {@code [Translator's note: …]},
 *     {@code [역주: …]}, {@code [訳注: …]}, {@code [прим. пер.: …]} … → translator note;</li>
 * <li>punctuation only, {@code shouting[:]} → supplied text;</li>
 * <li>letters right after letters of the same script, {@code C[entral]}, {@code cop[ies]} →
 *     expansion; a dash inside, {@code Z[agranicznych—Ministry …]}, adds a gloss;</li>
 * <li>a Latin name after a name in another script, {@code 허가이[Heo Ga-I (Ho Ka I)]}, or a
 *     romanisation after a romanised name with as many syllables, {@code Heo Ga-I [Ho Ka I]} →
 *     name variant; the English name of a place or organisation after a foreign-script name,
 *     {@code 농업성[Ministry of Agriculture]}, or before its romanised or Hangul form,
 *     {@code the Ministry of Agriculture [Nongeopseong]} → name variant; other Latin words after
 *     a foreign-script term → gloss;</li>
 * <li>words after an acronym whose initials they spell, {@code NNSC [Neutral Nations …]} → gloss;</li>
 * <li>anything else → kept verbatim with a note flagged for review.</li>
 * </ul>
 * Each name variant is recorded in {@link Registers} with the clues of the words around it
 * ({@link NameClues}); which register it goes to is decided once the whole page is read.
 */
public final class BracketParser {
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]*)\\]");
    private static final Pattern NOTE = Pattern.compile("(?iu)^\\s*(?:trans(?:l(?:ator)?)?\\.?(?:['’]s)?\\s*notes?"
            + "|역주|역자\\s*주|訳注|訳者注|譯註|译注|译者注|прим(?:\\.|ечание)?\\s*пер(?:\\.|еводчика)?|przyp\\.?\\s*tłum\\.?|uwaga tłumacza)"
            + "\\s*[:：]\\s*(.*?)\\s*$");
    private static final Pattern PUNCTUATION = Pattern.compile("^[\\p{P}&&[^\\[\\]]]+$");
    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{Ll}’'.]*(?:-\\p{L}[\\p{Ll}]*)*");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,8}");

    private static final String PHRASE_WORD = "(?:\\p{Lu}[\\p{L}’'-]*|of|the|and|for)";
    private static final Pattern NAME_PHRASE = Pattern.compile("(?:^|\\s)(" + PHRASE_WORD + "(?:\\s+" + PHRASE_WORD + ")*)$");

    private final Registers registers;
    private final List<Finding> findings;

    public BracketParser(Registers registers, List<Finding> findings) {
        this.registers = registers;
        this.findings = findings;
    }

    public List<Inline> parse(SourceLine line) {
        String text = line.text();
        List<Inline> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        Matcher m = BRACKET.matcher(text);
        int pos = 0;
        while (m.find()) {
            pending.append(text, pos, m.start());
            pos = m.end();
            String content = m.group(1);
            Matcher note = NOTE.matcher(content);
            if (note.matches()) {
                trimEnd(pending);
                flush(pending, out);
                out.add(new Inline.Note(note.group(1)));
            } else if (PUNCTUATION.matcher(content.strip()).matches()) {
                flush(pending, out);
                out.add(new Inline.Supplied(content.strip()));
            } else if (pending.length() > 0 && Character.isLetter(pending.charAt(pending.length() - 1))) {
                pos = attached(line, text, pending, content, pos, out);
            } else {
                detached(line, pending, content, text.substring(pos), out);
            }
        }
        pending.append(text.substring(pos));
        flush(pending, out);
        return out;
    }

    /** {@code word[…]}: an expansion, or the Latin form of a foreign-script term. Returns the new position. */
    private int attached(SourceLine line, String text, StringBuilder pending, String content, int pos, List<Inline> out) {
        int ws = pending.length();
        while (ws > 0 && (Character.isLetter(pending.charAt(ws - 1)) || pending.charAt(ws - 1) == '’')) {
            ws--;
        }
        String stem = pending.substring(ws);
        Script stemScript = Script.of(stem);
        Script contentScript = Script.of(content.replaceAll("\\(.*?\\)", ""));
        if (stemScript == contentScript || Character.isLowerCase(content.codePointAt(0))) {
            String[] parts = content.split("\\s*—\\s*", 2);
            if (!parts[0].matches("\\p{L}+")) {
                review(line, pending, "[" + content + "]", "bracket after a word but not letters only", out);
                return pos;
            }
            int end = pos;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            pending.setLength(ws);
            flush(pending, out);
            out.add(new Inline.Expan(stem, parts[0], text.substring(pos, end)));
            if (parts.length > 1) {
                out.add(new Inline.Gloss(parts[1]));
                findings.add(new Finding(line.number(), "expansion \"" + stem + parts[0] + "\" comes with a translation: probably in the original's language; set xml:lang on the expan"));
            }
            return end;
        }
        pending.setLength(ws);
        flush(pending, out);
        int tailEnd = pos;
        while (tailEnd < text.length() && Character.isLetter(text.charAt(tailEnd))) {
            tailEnd++;
        }
        String tail = text.substring(pos, tailEnd);
        String after = text.substring(tailEnd);
        String label = stem + "[" + content + "]";
        if (looksLikeName(content)) {
            List<Inline.Form> forms = new ArrayList<>();
            forms.add(new Inline.Form(stemScript.language, stem));
            Matcher alt = Pattern.compile("^(.*?)\\s*\\((.*)\\)\\s*$").matcher(content);
            if (alt.matches()) {
                forms.add(new Inline.Form("rr", alt.group(1)));
                forms.add(new Inline.Form("mr", alt.group(2)));
            } else {
                forms.add(new Inline.Form(content.contains("-") || content.split(" ").length > 1 ? "rr" : "latin", content));
            }
            List<String> latin = forms.subList(1, forms.size()).stream().map(Inline.Form::text).toList();
            String key = registers.add(forms, line.number(), label, NameClues.korean(stem, latin, tail, after));
            out.add(new Inline.NameVariant(key, forms));
            return pos;
        }
        Registers.Clue head = stemScript != Script.LATIN && contentScript == Script.LATIN ? NameClues.head(content) : null;
        if (head != null) {
            // 농업성[Ministry of Agriculture]: the English name of a place or organisation, not a mere gloss
            List<Inline.Form> forms = List.of(new Inline.Form(stemScript.language, stem), new Inline.Form("en", content.strip()));
            List<Registers.Clue> clues = new ArrayList<>(List.of(head));
            clues.addAll(NameClues.korean(stem, List.of(), tail, after));
            String key = registers.add(forms, line.number(), label, clues);
            out.add(new Inline.NameVariant(key, forms));
        } else {
            out.add(new Inline.Text(stem));
            out.add(new Inline.Gloss(content));
            findings.add(new Finding(line.number(), "\"" + label + "\" encoded as a term with its gloss"));
        }
        return pos;
    }

    /** {@code word […]}: a name variant, an acronym's gloss, or something for the editor to decide. */
    private void detached(SourceLine line, StringBuilder pending, String content, String after, List<Inline> out) {
        String before = pending.toString().stripTrailing();
        String[] tokens = before.isEmpty() ? new String[0] : before.split("\\s+");
        String last = tokens.length == 0 ? "" : tokens[tokens.length - 1];
        if (ACRONYM.matcher(last).matches() && initials(content).equals(last)) {
            flush(pending, out);
            out.add(new Inline.Gloss(content));
            return;
        }
        int k = nameTokens(tokens, content);
        if (k > 0) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, tokens.length - k, tokens.length));
            int cut = before.length() - name.length();
            pending.setLength(cut);
            flush(pending, out);
            List<Inline.Form> forms = List.of(new Inline.Form("rr", name), new Inline.Form("mr", content.strip()));
            List<Registers.Clue> clues = NameClues.latin(before.substring(0, cut), List.of(name, content.strip()), after);
            String ref = registers.add(forms, line.number(), name + " [" + content.strip() + "]", clues);
            out.add(new Inline.NameVariant(ref, forms));
            return;
        }
        if (namedInOtherScript(line, pending, before, content, out)) {
            return;
        }
        if (Script.of(before) != Script.LATIN && Script.of(before) != Script.NONE && Script.of(content) == Script.LATIN) {
            flush(pending, out);
            out.add(new Inline.Gloss(content));
            findings.add(new Finding(line.number(), "\"[" + content + "]\" after a term encoded as its gloss; check"));
            return;
        }
        review(line, pending, "[" + content + "]", "unrecognised bracket", out);
    }

    /**
     * {@code the Ministry of Agriculture [Nongeopseong]}: an English name of a place or
     * organisation (it has a head word such as Ministry, Committee, Province) followed by its
     * romanised or Hangul form. Returns false, doing nothing, for anything else.
     */
    private boolean namedInOtherScript(SourceLine line, StringBuilder pending, String before, String content, List<Inline> out) {
        String c = content.strip();
        Script script = Script.of(c);
        boolean romanised = script == Script.LATIN && c.matches("\\p{Lu}[\\p{L}’' -]*") && NameClues.head(c) == null;
        Matcher m = NAME_PHRASE.matcher(before);
        if (!(romanised || script == Script.HANGUL) || !m.find()) {
            return false;
        }
        String phrase = m.group(1).replaceFirst("^(?:(?:of|the|and|for|The)\\s+)+", "");
        Registers.Clue head = NameClues.head(phrase);
        if (phrase.isEmpty() || !Character.isUpperCase(phrase.codePointAt(0)) || !phrase.matches(".*\\p{Lu}[\\p{L}’'-]*") || head == null) {
            return false;
        }
        pending.setLength(before.length() - phrase.length());
        flush(pending, out);
        boolean mr = c.matches(".*[ŏŭŎŬ].*|.*\\p{L}[’']\\p{L}.*");
        List<Inline.Form> forms = List.of(new Inline.Form("en", phrase), new Inline.Form(script == Script.HANGUL ? "ko" : mr ? "mr" : "rr", c));
        String ref = registers.add(forms, line.number(), phrase + " [" + c + "]", List.of(head));
        out.add(new Inline.NameVariant(ref, forms));
        return true;
    }

    private void review(SourceLine line, StringBuilder pending, String literal, String why, List<Inline> out) {
        flush(pending, out);
        String message = why + " " + literal + " kept verbatim: decide whether it is an expansion, supplied text, a gloss or a name variant";
        out.add(new Inline.Review(literal, message));
        findings.add(new Finding(line.number(), message));
    }

    /**
     * How many tokens before the bracket form a name with as many syllables as {@code content},
     * whose syllables start alike (Heo Ga-I / Ho Ka I, Jeong Geuk-rok / Jong Kuk Rok); 0 if none.
     */
    static int nameTokens(String[] tokens, String content) {
        String c = content.strip();
        if (!c.matches("\\p{Lu}[\\p{L}’' -]*") || Script.of(c) != Script.LATIN) {
            return 0;
        }
        List<String> target = syllables(c);
        List<String> got = new ArrayList<>();
        for (int k = 1; k <= Math.min(4, tokens.length); k++) {
            String tok = tokens[tokens.length - k];
            if (!NAME_TOKEN.matcher(tok).matches() && !(k > 1 && tok.matches("\\p{L}+(-\\p{L}+)*"))) {
                return 0;
            }
            got.addAll(0, syllables(tok));
            if (got.size() == target.size() && Character.isUpperCase(tok.charAt(0))) {
                int alike = 0;
                for (int i = 0; i < got.size(); i++) {
                    alike += alikeStart(got.get(i), target.get(i)) ? 1 : 0;
                }
                return alike * 2 >= got.size() && alike >= 1 ? k : 0;
            }
            if (got.size() > target.size()) {
                return 0;
            }
        }
        return 0;
    }

    private static List<String> syllables(String s) {
        List<String> out = new ArrayList<>();
        for (String p : s.split("[\\s-]+")) {
            if (!p.isEmpty()) {
                out.add(p.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Same first letter, or letters that romanisation systems swap (g/k, d/t, b/p, j/ch, r/l/n, s/sh). */
    private static boolean alikeStart(String a, String b) {
        char x = a.charAt(0);
        char y = b.charAt(0);
        if (x == y) {
            return true;
        }
        String pair = "" + (char) Math.min(x, y) + (char) Math.max(x, y);
        return List.of("gk", "dt", "bp", "cj", "lr", "nr", "ln").contains(pair);
    }

    static boolean looksLikeName(String content) {
        String c = content.strip();
        if (c.matches(".*\\(.*\\).*")) {
            return c.replaceAll("\\(.*?\\)", "").strip().split("\\s+").length <= 3 && Script.of(c) == Script.LATIN;
        }
        String[] tokens = c.split("\\s+");
        if (tokens.length > 3) {
            return false;
        }
        boolean allShort = true;
        for (String t : tokens) {
            if (!NAME_TOKEN.matcher(t).matches()) {
                return false;
            }
            allShort &= t.replace("-", "").length() <= 5 || t.contains("-");
        }
        return tokens.length == 1 || allShort;
    }

    private static String initials(String content) {
        StringBuilder sb = new StringBuilder();
        for (String w : content.strip().split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    private static void trimEnd(StringBuilder sb) {
        while (sb.length() > 0 && Character.isWhitespace(sb.charAt(sb.length() - 1))) {
            sb.setLength(sb.length() - 1);
        }
    }

    private static void flush(StringBuilder pending, List<Inline> out) {
        if (pending.length() > 0) {
            out.add(new Inline.Text(pending.toString()));
            pending.setLength(0);
        }
    }
}
