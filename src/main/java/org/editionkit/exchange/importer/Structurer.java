package org.editionkit.exchange.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the structure of one translation from the shape of its lines. Prose lines (long, ending
 * like a sentence) are paragraphs; the short lines before the first paragraph are the opener,
 * the last of them the document head; the short lines after the last paragraph are the closer,
 * those starting with a number of copies ("7 cop[ies]", "7부") the copy distribution. A line
 * starting with the next section number ("1.", "2)", "II.") opens a section; if it is not prose
 * it is the section's head, otherwise its first paragraph.
 */
public final class Structurer {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}|[IVX]{1,5})[.)]\\s+\\S.*");
    private static final Pattern COPIES = Pattern.compile("(?i)^\\d+\\s*(cop|부|экз|egz|部|份|ex\\.).*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?。！？:：;][\"'”’»)]*$");
    private static final Pattern LETTER_SPACED = Pattern.compile("^(\\p{L} ){2,}\\p{L}$");

    private Structurer() {
    }

    public static Translation structure(String language, List<SourceLine> lines, List<Finding> findings) {
        int firstProse = -1;
        int lastProse = -1;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (isProse(t) || sectionNumber(t) == 1 && firstProse < 0) {
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
        }
        if (firstProse < 0) {
            findings.add(new Finding(lines.isEmpty() ? 0 : lines.get(0).number(), "no paragraphs recognised in the " + language + " translation"));
            return new Translation(language, lines, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<SourceLine> opener = new ArrayList<>(lines.subList(0, firstProse));
        List<SourceLine> head = new ArrayList<>();
        if (opener.size() >= 2 && isTitleLike(opener.get(opener.size() - 1).text())) {
            head.add(0, opener.remove(opener.size() - 1));
            if (!opener.isEmpty() && LETTER_SPACED.matcher(opener.get(opener.size() - 1).text()).matches()) {
                head.add(0, opener.remove(opener.size() - 1));
            }
        }
        List<SourceLine> opening = new ArrayList<>();
        List<Translation.Section> sections = new ArrayList<>();
        Translation.Section current = null;
        for (SourceLine line : lines.subList(firstProse, lastProse + 1)) {
            int n = sectionNumber(line.text());
            if (n == sections.size() + 1) {
                boolean prose = isProse(line.text()) && !isHeading(line.text());
                current = new Translation.Section(n, prose ? null : line, new ArrayList<>(), line);
                sections.add(current);
                if (prose) {
                    current.paragraphs().add(line);
                }
            } else {
                (current == null ? opening : current.paragraphs()).add(line);
            }
        }
        List<SourceLine> tail = lines.subList(lastProse + 1, lines.size());
        List<SourceLine> distribution = new ArrayList<>();
        int k = 0;
        while (k < tail.size() && COPIES.matcher(tail.get(k).text()).matches()) {
            distribution.add(tail.get(k++));
        }
        List<SourceLine> closer = new ArrayList<>(tail.subList(k, tail.size()));
        return new Translation(language, opener, head, opening, sections, distribution, closer);
    }

    /** A line that can be the document's head: has letters, is not a dateline, not a reference number. */
    static boolean isTitleLike(String line) {
        String t = line.replaceAll("\\s*\\[[^\\]]*\\]", "").strip();
        return t.codePoints().anyMatch(Character::isLetter) && !isDateline(t)
                && !t.matches("(?i)^(No\\.?|Nr\\.?|№|제|第)\\s*\\d.*") && !t.matches("(?i).*\\b(No\\.?|Nr\\.?|№)\\s*\\d+.*|.*第\\s*\\d+\\s*号.*");
    }

    /** A date with at most a short place beside it, set off by a comma: "Moscow, 3 March 1953", "1965年6月1日、ソウル". */
    static boolean isDateline(String t) {
        var date = Dates.find(t);
        if (date.isEmpty()) {
            return false;
        }
        String rest = (t.substring(0, date.get().start()) + " " + t.substring(date.get().end())).strip();
        return rest.isEmpty() || rest.matches("^[,，、]?\\s*[^,，、]{1,40}?\\s*[,，、]?$") && t.matches(".*[,，、].*")
                && rest.replaceAll("[,，、]", " ").strip().split("\\s+").length <= 4;
    }

    /** The section number a line starts with (arabic or roman), or 0. */
    public static int sectionNumber(String line) {
        if (!NUMBERED.matcher(line).matches()) {
            return 0;
        }
        Matcher m = Pattern.compile("^(\\d{1,2}|[IVX]{1,5})").matcher(line);
        m.find();
        String g = m.group(1);
        return Character.isDigit(g.charAt(0)) ? Integer.parseInt(g) : roman(g);
    }

    /** A numbered line short enough, and of one sentence at most, to be a section heading. */
    static boolean isHeading(String line) {
        String t = line.replaceAll("^\\S+\\s+", "").replaceAll("\\s*\\[[^\\]]*\\]", "").strip();
        return t.length() < 100 && t.replaceAll("[.!?。！？]\\s*$", "").split("[.!?。！？]\\s+").length == 1;
    }

    /** Long enough and ending like a sentence, once translator notes are set aside. */
    public static boolean isProse(String line) {
        String t = line.replaceAll("\\s*\\[[^\\]]*\\]", "").strip();
        boolean cjk = Script.of(t) == Script.HANGUL || Script.of(t) == Script.HAN || Script.of(t) == Script.KANA;
        int min = cjk ? 15 : 30;
        return t.length() >= 200 || t.length() >= min && SENTENCE_END.matcher(t).matches();
    }

    public static boolean isLetterSpaced(String line) {
        return LETTER_SPACED.matcher(line).matches();
    }

    /** The number of copies a distribution line starts with. */
    public static int copies(String line) {
        Matcher m = Pattern.compile("^(\\d+)").matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static int roman(String s) {
        int total = 0;
        int prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                default -> 10;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
