package org.editionkit.exchange.importer;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date in a line and normalises it to ISO 8601: "April 4, 1957", "4 April 1957",
 * "4.IV.1957", "04.04.1957", "1957-04-04", "1957년 4월 4일", "1957年4月4日", "4 апреля 1957",
 * "4 kwietnia 1957". Used for the page's date line, datelines, and as an alignment clue.
 */
public final class Dates {
    /** A date found in a text: its ISO form and where it stands. */
    public record Found(String iso, int start, int end) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("января", 1), Map.entry("февраля", 2), Map.entry("марта", 3), Map.entry("апреля", 4),
            Map.entry("мая", 5), Map.entry("июня", 6), Map.entry("июля", 7), Map.entry("августа", 8),
            Map.entry("сентября", 9), Map.entry("октября", 10), Map.entry("ноября", 11), Map.entry("декабря", 12),
            Map.entry("stycznia", 1), Map.entry("lutego", 2), Map.entry("marca", 3), Map.entry("kwietnia", 4),
            Map.entry("maja", 5), Map.entry("czerwca", 6), Map.entry("lipca", 7), Map.entry("sierpnia", 8),
            Map.entry("września", 9), Map.entry("października", 10), Map.entry("listopada", 11), Map.entry("grudnia", 12));
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(\\p{L}+)\\.? (\\d{1,2}),? (\\d{4})\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\.? (\\p{L}+),? (\\d{4})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.([IVX]{1,4}|\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[년年]\\s*(\\d{1,2})\\s*[월月]\\s*(\\d{1,2})\\s*[일日]");

    private Dates() {
    }

    public static Optional<Found> find(String text) {
        Found best = null;
        for (Pattern p : new Pattern[] {MONTH_DAY_YEAR, DAY_MONTH_YEAR, DOTTED, ISO, CJK}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String iso = iso(p, m);
                if (iso != null && (best == null || m.start() < best.start())) {
                    best = new Found(iso, m.start(), m.end());
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String iso(Pattern p, Matcher m) {
        Integer year;
        Integer month;
        Integer day;
        if (p == MONTH_DAY_YEAR) {
            month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            day = Integer.valueOf(m.group(2));
            year = Integer.valueOf(m.group(3));
        } else if (p == DAY_MONTH_YEAR) {
            day = Integer.valueOf(m.group(1));
            month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            year = Integer.valueOf(m.group(3));
        } else if (p == DOTTED) {
            day = Integer.valueOf(m.group(1));
            month = monthNumber(m.group(2));
            year = Integer.valueOf(m.group(3));
        } else if (p == ISO) {
            year = Integer.valueOf(m.group(1));
            month = Integer.valueOf(m.group(2));
            day = Integer.valueOf(m.group(3));
        } else {
            year = Integer.valueOf(m.group(1));
            month = Integer.valueOf(m.group(2));
            day = Integer.valueOf(m.group(3));
        }
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Integer monthNumber(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return Integer.valueOf(s);
        }
        for (int i = 0; i < ROMAN.length; i++) {
            if (ROMAN[i].equals(s)) {
                return i + 1;
            }
        }
        return null;
    }
}
