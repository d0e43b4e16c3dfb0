package org.editionkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "No regression in output": the files the benchmark produced for a document equal those of a
 * reference build of the same input. HTML and the TEI copy must be byte-identical. A PDF must be
 * identical after {@link #normalisePdf} blanks what legitimately differs between two runs: the
 * creation and modification dates (info dictionary and XMP metadata), the document ID, and the
 * cross-reference table and {@code startxref} offset that follow from them.
 */
public final class OutputCheck {
    static final String PDF_METHOD = "bytes equal after blanking CreationDate/ModDate, the XMP dates (dc:date, xmp:*Date) and ids, /ID and the xref table";

    private static final String XMP_VOLATILE = "dc:date|xmp:CreateDate|xmp:ModifyDate|xmp:MetadataDate|xmpMM:DocumentID|xmpMM:InstanceID";
    private static final List<Pattern> PDF_VOLATILE = List.of(
            Pattern.compile("/(CreationDate|ModDate)\\s*\\([^)]*\\)"),
            Pattern.compile("/ID\\s*\\[\\s*<[0-9A-Fa-f]*>\\s*<[0-9A-Fa-f]*>\\s*\\]"),
            Pattern.compile("<(" + XMP_VOLATILE + ")>[^<]*</\\1>"),
            Pattern.compile("(" + XMP_VOLATILE + ")=\"[^\"]*\""),
            Pattern.compile("(?s)\\nxref\\n.*"));

    /** Output kinds by file extension, as {@code edition build} writes them. */
    static final List<String> ALL_KINDS = List.of(".html", ".xml", ".pdf");

    /**
     * Saxon's {@code generate-id()} values ({@code d2e1404}) embed the number of the document in
     * the processor's document pool, so they depend on how many documents the process parsed
     * before: a stylesheet that prints them makes output depend on build order.
     */
    private static final Pattern SAXON_GENERATED_ID = Pattern.compile("\\bd\\d+e(\\d+)");

    /**
     * The comparison of {@code compared} documents: per kind, how many were byte-equal (PDF:
     * normalised); how many HTML files differ only in generated ids; what differed.
     */
    record Result(int compared, Map<String, Integer> equal, int htmlEqualIgnoringGeneratedIds, List<String> differences) {
        boolean allEqual() {
            return differences.isEmpty();
        }
    }

    private OutputCheck() {
    }

    /** Compares {@code NAME + kind} for every name and kind between the two directories. */
    static Result compare(List<String> names, Path actualDir, Path referenceDir, List<String> kinds) throws IOException {
        Map<String, Integer> equal = new LinkedHashMap<>();
        List<String> differences = new ArrayList<>();
        int htmlModuloIds = 0;
        for (String kind : kinds) {
            int same = 0;
            for (String name : names) {
                Verdict v = same(actualDir, referenceDir, name + kind, kind, differences);
                same += v == Verdict.EQUAL ? 1 : 0;
                htmlModuloIds += v != Verdict.DIFFERENT && kind.equals(".html") ? 1 : 0;
            }
            equal.put(kind.substring(1), same);
        }
        return new Result(names.size(), equal, htmlModuloIds, List.copyOf(differences));
    }

    private enum Verdict { EQUAL, EQUAL_IGNORING_GENERATED_IDS, DIFFERENT }

    private static Verdict same(Path actualDir, Path referenceDir, String file, String kind, List<String> differences)
            throws IOException {
        Path a = actualDir.resolve(file);
        Path b = referenceDir.resolve(file);
        if (!Files.isRegularFile(a) || !Files.isRegularFile(b)) {
            differences.add(file + ": missing in " + (Files.isRegularFile(a) ? referenceDir : actualDir));
            return Verdict.DIFFERENT;
        }
        byte[] x = Files.readAllBytes(a);
        byte[] y = Files.readAllBytes(b);
        boolean equal = kind.equals(".pdf") ? normalisePdf(x).equals(normalisePdf(y)) : Arrays.equals(x, y);
        if (equal) {
            return Verdict.EQUAL;
        }
        if (kind.equals(".html") && withoutGeneratedIds(x).equals(withoutGeneratedIds(y))) {
            differences.add(file + ": " + actualDir.getFileName() + " differs from " + referenceDir.getFileName()
                    + " only in Saxon generate-id() values (ids depend on build order)");
            return Verdict.EQUAL_IGNORING_GENERATED_IDS;
        }
        differences.add(file + ": " + actualDir.getFileName() + " differs from " + referenceDir.getFileName());
        return Verdict.DIFFERENT;
    }

    private static String withoutGeneratedIds(byte[] html) {
        return SAXON_GENERATED_ID.matcher(new String(html, StandardCharsets.UTF_8)).replaceAll("dNe$1");
    }

    /** The PDF as Latin-1 text with its volatile parts blanked (see the class comment). */
    public static String normalisePdf(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        for (Pattern p : PDF_VOLATILE) {
            s = p.matcher(s).replaceAll("");
        }
        return s;
    }
}
