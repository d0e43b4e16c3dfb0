package org.editionkit.collate;

import java.util.List;
import org.editionkit.core.Json;

/** Prints proposals as `path:line:col: divergence(kind): E "…" ≠ K "…" (reason)` or as JSON. */
public final class Report {
    private Report() {
    }

    public static String gnu(String display, Collator.Result r) {
        StringBuilder sb = new StringBuilder();
        for (Proposal p : r.proposals()) {
            int[] at = position(p.anchor());
            sb.append(display).append(':').append(at[0]).append(':').append(at[1]).append(": divergence(").append(p.kind())
                    .append("): E \"").append(shorten(p.e().text())).append("\" ≠ K \"").append(shorten(p.k().text()))
                    .append("\" (").append(p.reason()).append("; certainty ").append(p.cert()).append(")\n");
        }
        return sb.toString();
    }

    public static String json(String display, Collator.Result r) {
        StringBuilder sb = new StringBuilder("{\"file\":").append(Json.quote(display))
                .append(",\"alignedPairs\":").append(r.pairs().size())
                .append(",\"alignedSentences\":").append(r.sentencePairs())
                .append(",\"proposals\":[");
        List<Proposal> ps = r.proposals();
        for (int i = 0; i < ps.size(); i++) {
            Proposal p = ps.get(i);
            int[] at = position(p.anchor());
            sb.append(i == 0 ? "" : ",").append("{\"line\":").append(at[0]).append(",\"column\":").append(at[1])
                    .append(",\"kind\":").append(Json.quote(p.kind()))
                    .append(",\"cert\":").append(Json.quote(p.cert()))
                    .append(",\"reason\":").append(Json.quote(p.reason()))
                    .append(",\"en\":").append(passage(p.e()))
                    .append(",\"ko\":").append(passage(p.k())).append('}');
        }
        return sb.append("]}\n").toString();
    }

    private static String passage(Proposal.Passage p) {
        int[] at = position(p);
        return "{\"unit\":" + Json.quote(p.unit().unit.id()) + ",\"text\":" + Json.quote(p.text()) + ",\"line\":" + at[0]
                + ",\"column\":" + at[1] + "}";
    }

    static int[] position(Proposal.Passage p) {
        return p.unit().position(p.start());
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "…";
    }
}
