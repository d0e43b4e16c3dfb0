package org.editionkit.collate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editionkit.exchange.importer.Dates;

/**
 * Numbers, dates and quantities of one unit as comparable values: encoded dates by their
 * normalised attributes, other dates through the importer's date reader, Arabic and Roman
 * numerals, English number words, Korean native numerals with a counter (네 명, 한 시간 반),
 * month names and N월. The value 1 is left out: "a", "an" and 1인 make it too noisy.
 */
final class Numbers {
    /** A value found at text[start, end); {@code approx} when a word such as "about" or 약 qualifies it. */
    record Value(String value, int start, int end, boolean approx) {
    }

    private static final Map<String, Integer> EN_WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("twenty", 20), Map.entry("hundred", 100), Map.entry("both", 2), Map.entry("one", 1),
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5));
    private static final Map<String, Integer> KO_WORDS = Map.ofEntries(
            Map.entry("한", 1), Map.entry("두", 2), Map.entry("세", 3), Map.entry("네", 4), Map.entry("다섯", 5), Map.entry("여섯", 6),
            Map.entry("일곱", 7), Map.entry("여덟", 8), Map.entry("아홉", 9), Map.entry("열", 10), Map.entry("스무", 20));
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};

    private static final Pattern DOTTED_RANGE = Pattern.compile("\\b(\\d{1,2})(?:[-–](\\d{1,2}))+\\.([IVX]{1,4}|\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern EN_RANGE = Pattern.compile("\\b(\\d{1,2})[-–](\\d{1,2}) (\\p{L}+),? (\\d{4})\\b");
    private static final Pattern KO_RANGE = Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*[~∼–-]\\s*(\\d{1,2})\\s*일");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)?");
    private static final Pattern ROMAN = Pattern.compile("(?<![\\p{L}.])(?:X{0,3})(?:IX|IV|V?I{0,3})(?![\\p{L}])");
    private static final Pattern EN_NUMBER = Pattern.compile("(?i)\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|both|one|second|third|fourth|fifth)\\b(\\s+and\\s+a\\s+half)?");
    private static final Pattern KO_NUMBER = Pattern.compile("(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|스무)\\s?(명|시간|개|번|사람|부|차례|가지|달|해|일|주|분)(\\s?반)?");
    private static final Pattern EN_MONTH = Pattern.compile("(?i)\\b(january|february|march|april|may|june|july|august|september|october|november|december)\\b");
    private static final Pattern KO_MONTH = Pattern.compile("(\\d{1,2})\\s?월");
    private static final Pattern EN_APPROX = Pattern.compile("(?i)\\b(about|around|approximately|roughly|some|circa|nearly)\\s+(\\S+\\s+){0,2}?$");
    private static final Pattern KO_APPROX = Pattern.compile("(약|대략|대강)\\s*\\S*\\s*$");
    private static final Pattern KO_APPROX_AFTER = Pattern.compile("^\\S*\\s?(정도|경|쯤|가량|남짓|여)");

    private Numbers() {
    }

    static List<Value> values(UnitText u) {
        boolean korean = u.lang.startsWith("ko");
        String t = u.text();
        List<Value> out = new ArrayList<>();
        List<UnitText.Span> dates = u.spans("date");
        for (UnitText.Span d : dates) {
            String when = d.element().attr("when");
            String from = d.element().attr("from");
            String to = d.element().attr("to");
            String v = when != null ? when : (from != null || to != null) ? from + ".." + to : null;
            if (v != null) {
                out.add(new Value("date " + v, d.start(), d.end(), approx(t, d.start(), d.end(), korean)));
            }
        }
        List<int[]> taken = new ArrayList<>();
        for (UnitText.Span d : dates) {
            taken.add(new int[] {d.start(), d.end()});
        }
        // date ranges the encoder did not tag (26-27-28-29.III.1957, 26-29 March 1957, 1957년 3월 26~29일)
        for (Pattern p : korean ? new Pattern[] {KO_RANGE} : new Pattern[] {DOTTED_RANGE, EN_RANGE}) {
            Matcher r = p.matcher(t);
            while (r.find()) {
                String range = range(p, r);
                if (range != null && free(taken, r.start(), r.end())) {
                    out.add(new Value("date " + range, r.start(), r.end(), false));
                    taken.add(new int[] {r.start(), r.end()});
                }
            }
        }
        // single dates the encoder did not tag, read by the importer's date reader
        int from = 0;
        while (from < t.length()) {
            var found = Dates.find(t.substring(from));
            if (found.isEmpty()) {
                break;
            }
            int s = from + found.get().start();
            int e = from + found.get().end();
            if (free(taken, s, e)) {
                out.add(new Value("date " + found.get().iso(), s, e, approx(t, s, e, korean)));
                taken.add(new int[] {s, e});
            }
            from = e;
        }
        Matcher m = (korean ? KO_MONTH : EN_MONTH).matcher(t);
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                int month = korean ? Integer.parseInt(m.group(1)) : monthIndex(m.group(1)) + 1;
                if (!korean && month == 5 && !Character.isUpperCase(m.group(1).charAt(0))) {
                    continue; // the verb "may"
                }
                out.add(new Value("month " + month, m.start(), m.end(), false));
                taken.add(new int[] {m.start(), m.end()});
            }
        }
        m = DIGITS.matcher(t);
        while (m.find()) {
            if (free(taken, m.start(), m.end())) {
                String v = m.group().replace(',', '.');
                out.add(new Value(v, m.start(), m.end(), approx(t, m.start(), m.end(), korean)));
            }
        }
        m = ROMAN.matcher(t);
        while (m.find()) {
            String r = m.group();
            if (!r.isEmpty() && !r.equals("I") && free(taken, m.start(), m.end())) {
                out.add(new Value(String.valueOf(roman(r)), m.start(), m.end(), false));
            }
        }
        m = (korean ? KO_NUMBER : EN_NUMBER).matcher(t);
        while (m.find()) {
            if (!free(taken, m.start(), m.end())) {
                continue;
            }
            int n = korean ? KO_WORDS.get(m.group(1)) : EN_WORDS.get(m.group(1).toLowerCase(Locale.ROOT));
            boolean half = korean ? m.group(3) != null : m.group(2) != null;
            out.add(new Value(half ? n + ".5" : String.valueOf(n), m.start(), m.end(), approx(t, m.start(), m.end(), korean)));
        }
        out.removeIf(v -> v.value().equals("1"));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** "from..to" in ISO form for a matched range, or null when it is no calendar range. */
    private static String range(Pattern p, Matcher m) {
        int year;
        int month;
        int first;
        int last;
        if (p == KO_RANGE) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(2));
            first = Integer.parseInt(m.group(3));
            last = Integer.parseInt(m.group(4));
        } else {
            year = Integer.parseInt(m.group(4));
            String mo = m.group(3);
            month = p == EN_RANGE ? monthIndex(mo) + 1
                    : Character.isDigit(mo.charAt(0)) ? Integer.parseInt(mo) : roman(mo);
            first = Integer.parseInt(m.group(1));
            last = Integer.parseInt(m.group(2));
        }
        try {
            return java.time.LocalDate.of(year, month, first) + ".." + java.time.LocalDate.of(year, month, last);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean approx(String t, int start, int end, boolean korean) {
        String before = t.substring(Math.max(0, start - 20), start);
        if (korean) {
            return KO_APPROX.matcher(before).find() || KO_APPROX_AFTER.matcher(t.substring(end, Math.min(t.length(), end + 12))).find();
        }
        return EN_APPROX.matcher(before).find();
    }

    private static boolean free(List<int[]> taken, int s, int e) {
        for (int[] r : taken) {
            if (s < r[1] && r[0] < e) {
                return false;
            }
        }
        return true;
    }

    private static int monthIndex(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(n)) {
                return i;
            }
        }
        return -1;
    }

    static int roman(String r) {
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
