package org.editionkit.exchange.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs the units of two translations in order (no crossing, at most one partner each) by
 * dynamic programming over a similarity of content clues: the numbers and dates they share,
 * the Latin names both cite, and how well their lengths fit the overall length ratio of the
 * two translations. A unit whose best partner is too weak stays unpaired; the caller reports it.
 */
public final class Aligner {
    /** Below this a pair is not made at all. */
    static final double MIN_SCORE = 0.25;
    /** Below this a pair is made but reported as uncertain. */
    static final double WEAK_SCORE = 0.45;

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern LATIN_NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}’'-]{2,}");

    /** A pair of unit indexes (−1 when a unit has no partner) and the evidence for it. */
    public record Pair(int left, int right, double score) {
    }

    private final double lengthRatio;

    /** {@code lengthRatio}: total length of the second translation divided by that of the first. */
    public Aligner(double lengthRatio) {
        this.lengthRatio = lengthRatio <= 0 ? 1 : lengthRatio;
    }

    public List<Pair> align(List<String> left, List<String> right) {
        int n = left.size();
        int m = right.size();
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double pair = score(left.get(i), right.get(j));
                double take = pair >= MIN_SCORE ? pair + best[i + 1][j + 1] : Double.NEGATIVE_INFINITY;
                best[i][j] = Math.max(take, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            double pair = score(left.get(i), right.get(j));
            if (pair >= MIN_SCORE && Math.abs(best[i][j] - (pair + best[i + 1][j + 1])) < 1e-9) {
                pairs.add(new Pair(i++, j++, pair));
            } else if (Math.abs(best[i][j] - best[i + 1][j]) < 1e-9) {
                pairs.add(new Pair(i++, -1, 0));
            } else {
                pairs.add(new Pair(-1, j++, 0));
            }
        }
        while (i < n) {
            pairs.add(new Pair(i++, -1, 0));
        }
        while (j < m) {
            pairs.add(new Pair(-1, j++, 0));
        }
        return pairs;
    }

    /** 0…1: how likely it is that {@code a} and {@code b} translate each other. */
    public double score(String a, String b) {
        double length = lengthFit(a.length() * lengthRatio, b.length());
        Set<String> na = numbers(a);
        Set<String> nb = numbers(b);
        Set<String> la = latinNames(a);
        Set<String> lb = latinNames(b);
        double s = length;
        if (!na.isEmpty() || !nb.isEmpty()) {
            s = 0.5 * length + 0.5 * jaccard(na, nb);
        }
        if (!la.isEmpty() && !lb.isEmpty()) {
            s = Math.min(1, s + 0.3 * overlap(la, lb));
        }
        return s;
    }

    private static double lengthFit(double a, double b) {
        if (a == 0 && b == 0) {
            return 1;
        }
        double r = Math.min(a, b) / Math.max(a, b);
        return Math.sqrt(r);
    }

    /** The numbers of a text, with dates normalised so that 4.IV.1957 and 1957년 4월 4일 share them. */
    static Set<String> numbers(String s) {
        Set<String> out = new HashSet<>();
        Dates.find(s).ifPresent(d -> out.add(d.iso()));
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            out.add(String.valueOf(Long.parseLong(m.group().length() > 12 ? m.group().substring(0, 12) : m.group())));
        }
        return out;
    }

    private static Set<String> latinNames(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = LATIN_NAME.matcher(s);
        while (m.find()) {
            out.add(m.group().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    /** Shared share of the smaller set: a Korean paragraph cites few Latin names, all from its English partner. */
    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return (double) both.size() / Math.min(a.size(), b.size());
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> any = new HashSet<>(a);
        any.addAll(b);
        return (double) both.size() / any.size();
    }
}
