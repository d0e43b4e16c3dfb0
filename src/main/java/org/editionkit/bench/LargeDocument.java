package org.editionkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One very large document derived from the master, for the bench case that checks every
 * command stays linear in document size: the master's last section of each translation gets
 * aligned paragraph pairs (xml:id, corresp both ways, a person and a date in each) until the
 * document holds {@code paragraphs} paragraphs in all, so the result stays valid and exercises
 * paragraph numbering, alignment, the indexes and the Schematron rules at scale.
 */
final class LargeDocument {
    private static final Pattern XML_MODEL = Pattern.compile("<\\?xml-model[^>]*\\?>\\s*");

    private LargeDocument() {
    }

    /** Writes the document to {@code target}; {@code paragraphs} counts both translations together. */
    static Path write(Path master, int paragraphs, Path target) throws IOException {
        String tei = Files.readString(master, StandardCharsets.UTF_8);
        // The schemas are the project's anyway; a relative xml-model would not resolve from the work directory.
        tei = XML_MODEL.matcher(tei).replaceAll("");
        int existing = count(tei, "<p ") + count(tei, "<p>");
        int pairs = Math.max(0, (paragraphs - existing) / 2);
        tei = append(tei, "en", "ko", pairs, i -> "Comr. <persName ref=\"#pimenov\">Pimenov</persName> returned to the question in"
                + " <date when=\"1957-04\">April</date>, point " + i + ".");
        tei = append(tei, "ko", "en", pairs, i -> "<persName ref=\"#pimenov\">피메노프</persName> 동지는 <date when=\"1957-04\">4월</date>에"
                + " 이 문제로 돌아왔다 (" + i + ").");
        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, tei, StandardCharsets.UTF_8);
        return target;
    }

    /** After the last paragraph of {@code lang}'s last numbered section. */
    private static String append(String tei, String lang, String other, int pairs, java.util.function.IntFunction<String> text) {
        Matcher last = Pattern.compile("<p xml:id=\"" + lang + "-s(\\d+)-p\\d+\"[^>]*>.*?</p>", Pattern.DOTALL).matcher(tei);
        int end = -1;
        String section = null;
        while (last.find()) {
            end = last.end();
            section = last.group(1);
        }
        if (end < 0) {
            throw new IllegalStateException("the master has no numbered paragraphs in " + lang);
        }
        StringBuilder more = new StringBuilder(pairs * 160);
        for (int i = 1; i <= pairs; i++) {
            String id = "-s" + section + "-x" + i;
            more.append('\n').append("<p xml:id=\"").append(lang).append(id).append("\" corresp=\"#").append(other).append(id)
                    .append("\">").append(text.apply(i)).append("</p>");
        }
        return tei.substring(0, end) + more + tei.substring(end);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
