package org.editionkit.exchange.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the page's "Document Information" block says: the archive, who obtained and who
 * translated the document (and for whom), the rights statement, the record id, the upload date
 * and a trailing funder line. Fields the page leaves empty are reported, not invented.
 */
public record DocumentInfo(String archive, SourceLine archiveLine, String obtainedBy, String obtainedFor,
                           String translatedBy, String translatedFor, List<String> rights,
                           String recordId, String uploaded, String funder) {

    private static final Pattern OBTAINED = Pattern.compile("(?i)obtained (?:for (.+?) )?(?:from .*?)?by ([^.,;]+?)(?= and |[.,;]|$)");
    private static final Pattern TRANSLATED = Pattern.compile("(?i)translated (?:for (.+?) )?by ([^.,;]+?)(?=[.,;]|$)");
    private static final Pattern LABEL = Pattern.compile("(?i)record id|original uploaded date|original archive|source|rights|original language|contributed by");

    public static DocumentInfo parse(List<SourceLine> lines, List<Finding> findings) {
        String archive = null;
        SourceLine archiveLine = null;
        String obtainedBy = null;
        String obtainedFor = null;
        String translatedBy = null;
        String translatedFor = null;
        List<String> rights = new ArrayList<>();
        String recordId = null;
        String uploaded = null;
        String funder = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String t = line.text();
            String next = i + 1 < lines.size() ? lines.get(i + 1).text() : null;
            boolean nextIsValue = next != null && !LABEL.matcher(next).matches();
            if (t.equalsIgnoreCase("Record ID")) {
                if (nextIsValue && next.matches("[\\w./-]{1,40}")) {
                    recordId = next;
                    i++;
                } else {
                    findings.add(new Finding(line.number(), "the archive page gives no Record ID; add the record's idno by hand"));
                }
            } else if (t.equalsIgnoreCase("Original Uploaded Date")) {
                var d = nextIsValue ? Dates.find(next) : java.util.Optional.<Dates.Found>empty();
                if (d.isPresent()) {
                    uploaded = d.get().iso();
                    i++;
                } else {
                    findings.add(new Finding(line.number(), "the archive page gives no upload date"));
                }
            } else if (OBTAINED.matcher(t).find() || TRANSLATED.matcher(t).find()) {
                archiveLine = line;
                archive = t.contains(".") ? t.substring(0, t.indexOf('.')).strip() : null;
                Matcher o = OBTAINED.matcher(t);
                if (o.find()) {
                    obtainedFor = o.group(1);
                    obtainedBy = o.group(2).strip();
                }
                Matcher tr = TRANSLATED.matcher(t);
                if (tr.find()) {
                    translatedFor = tr.group(1);
                    translatedBy = tr.group(2).strip();
                }
                if (t.matches("(?i).*\\bfrom the by\\b.*")) {
                    findings.add(new Finding(line.number(), "\"from the by\": a word is missing in the source line; check what the document was obtained from"));
                }
            } else if (t.matches("(?i).*(copyright|permission|rights|reuse|welcomes).*") && t.length() > 60) {
                rights.add(t);
                if (t.contains("[email") && t.contains("protected]")) {
                    findings.add(new Finding(line.number(), "\"[email protected]\" is the website's address obfuscation, not an address; replace it or mark it as a gap"));
                }
            } else if (i == lines.size() - 1 && t.length() < 80) {
                funder = t;
            } else {
                findings.add(new Finding(line.number(), "unrecognised line in the document information, not imported: \"" + abbreviate(t) + "\""));
            }
        }
        if (archive == null) {
            findings.add(new Finding(lines.isEmpty() ? 0 : lines.get(0).number(), "no archive named in the document information; set msIdentifier/repository by hand"));
        }
        return new DocumentInfo(archive, archiveLine, obtainedBy, obtainedFor, translatedBy, translatedFor,
                List.copyOf(rights), recordId, uploaded, funder);
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
