package org.editionkit.collate;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence alignment by length (Gale and Church 1993): dynamic programming over beads of
 * 1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1 and 1-3 sentences, each scored by its prior and by how far the
 * second text's length strays from the first's times the document's length ratio. A bead whose
 * sides share anchors (names, numbers) is cheaper, so the lengths of two unlike scripts do not
 * have to carry the alignment alone.
 */
final class GaleChurch {
    /** Aligned sentences e[eFrom, eTo) with k[kFrom, kTo); one side empty for an unaligned sentence. */
    record Bead(int eFrom, int eTo, int kFrom, int kTo) {
    }

    /** Anchors shared by sentence groups: the count of common anchors of e[a,b) and k[c,d). */
    interface Anchors {
        int shared(int eFrom, int eTo, int kFrom, int kTo);
    }

    private static final int[][] SHAPES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}};
    private static final double[] PRIORS = {0.89, 0.0049, 0.0049, 0.0445, 0.0445, 0.011, 0.004, 0.004};
    private static final double VARIANCE = 6.8;
    private static final double ANCHOR_BONUS = 1.5;

    private GaleChurch() {
    }

    static List<Bead> align(int[] e, int[] k, double ratio, Anchors anchors) {
        int n = e.length;
        int m = k.length;
        double[][] cost = new double[n + 1][m + 1];
        int[][] back = new int[n + 1][m + 1];
        for (double[] row : cost) {
            java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        cost[0][0] = 0;
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                for (int s = 0; s < SHAPES.length; s++) {
                    int di = SHAPES[s][0];
                    int dj = SHAPES[s][1];
                    if (i < di || j < dj || cost[i - di][j - dj] == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    int le = sum(e, i - di, i);
                    int lk = sum(k, j - dj, j);
                    double c = cost[i - di][j - dj] - Math.log(PRIORS[s]) + lengthCost(le, lk, ratio);
                    if (di > 0 && dj > 0) {
                        c -= ANCHOR_BONUS * Math.min(3, anchors.shared(i - di, i, j - dj, j));
                    }
                    if (c < cost[i][j]) {
                        cost[i][j] = c;
                        back[i][j] = s;
                    }
                }
            }
        }
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int[] shape = SHAPES[back[i][j]];
            beads.add(0, new Bead(i - shape[0], i, j - shape[1], j));
            i -= shape[0];
            j -= shape[1];
        }
        return beads;
    }

    private static int sum(int[] a, int from, int to) {
        int s = 0;
        for (int x = from; x < to; x++) {
            s += a[x];
        }
        return s;
    }

    private static double lengthCost(int le, int lk, double ratio) {
        if (le == 0 && lk == 0) {
            return 0;
        }
        double mean = (le + lk / ratio) / 2;
        double delta = (lk - le * ratio) / Math.sqrt(Math.max(1, mean) * VARIANCE * ratio);
        double p = 2 * (1 - phi(Math.abs(delta)));
        return -Math.log(Math.max(p, 1e-12));
    }

    /** The standard normal distribution function (Abramowitz and Stegun 26.2.17). */
    static double phi(double z) {
        double t = 1 / (1 + 0.2316419 * z);
        double d = 0.3989423 * Math.exp(-z * z / 2);
        double q = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
        return 1 - q;
    }
}
