package org.editionkit.exchange.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Strips the web noise from an archive page (navigation links, empty lines) and cuts the page
 * into its parts: date line, title line, funder line, body, document-information block.
 * Lines with an unclosed "[" are joined with the following ones, since a bracket the translator
 * opened always closes within the same text (the seed breaks one across two lines).
 */
public final class PageCleaner {
    private static final Pattern NOISE = Pattern.compile(
            "(?i)skip to (main )?content|menu|search|share|print|download( pdf)?|cite|back to top|"
                    + "(sign in|log in|subscribe)( .*)?|home|cookies? .*accept.*|accept( all)? cookies");
    private static final Pattern FUNDER = Pattern.compile("(?i)^this document was made possible with (the )?support (from|of) (.+?)\\.?$");
    private static final Pattern INFO = Pattern.compile("(?i)^document information$");

    private PageCleaner() {
    }

    public static Page clean(List<String> raw, List<Finding> findings) {
        List<SourceLine> lines = joinOpenBrackets(nonEmpty(raw, findings));
        int info = indexOf(lines, INFO);
        List<SourceLine> head = new ArrayList<>(info < 0 ? lines : lines.subList(0, info));
        List<SourceLine> infoBlock = info < 0 ? List.of() : List.copyOf(lines.subList(info + 1, lines.size()));
        if (info < 0) {
            findings.add(new Finding(0, "no \"Document Information\" block found: the header lacks archive, translator and rights; fill them in"));
        }
        SourceLine date = null;
        SourceLine title = null;
        SourceLine funder = null;
        if (!head.isEmpty() && Dates.find(head.get(0).text()).filter(d -> d.start() == 0).isPresent()) {
            date = head.remove(0);
        } else if (!head.isEmpty()) {
            findings.add(new Finding(head.get(0).number(), "the page does not start with a date line; the document date must be set by hand"));
        }
        if (!head.isEmpty()) {
            title = head.remove(0);
        }
        for (int i = 0; i < Math.min(3, head.size()); i++) {
            if (FUNDER.matcher(head.get(i).text()).matches()) {
                funder = head.remove(i);
                break;
            }
        }
        return new Page(date, title, funder, List.copyOf(head), infoBlock);
    }

    public static String funderName(SourceLine funderLine) {
        var m = FUNDER.matcher(funderLine.text());
        return m.matches() ? m.group(3).strip() : funderLine.text();
    }

    private static List<SourceLine> nonEmpty(List<String> raw, List<Finding> findings) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i).replace('\u00a0', ' ').strip();
            if (text.isEmpty()) {
                continue;
            }
            if (NOISE.matcher(text).matches()) {
                findings.add(new Finding(i + 1, "removed web noise \"" + text + "\""));
                continue;
            }
            out.add(new SourceLine(i + 1, text));
        }
        return out;
    }

    private static List<SourceLine> joinOpenBrackets(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line.text();
            while (depth(text) > 0 && i + 1 < lines.size()) {
                String next = lines.get(++i).text();
                text = text.endsWith("—") || text.endsWith("-") ? text + next : text + " " + next;
            }
            out.add(new SourceLine(line.number(), text));
        }
        return out;
    }

    private static int depth(String s) {
        int d = 0;
        for (char c : s.toCharArray()) {
            d += c == '[' ? 1 : c == ']' ? -1 : 0;
        }
        return d;
    }

    private static int indexOf(List<SourceLine> lines, Pattern p) {
        for (int i = 0; i < lines.size(); i++) {
            if (p.matcher(lines.get(i).text()).matches()) {
                return i;
            }
        }
        return -1;
    }
}
