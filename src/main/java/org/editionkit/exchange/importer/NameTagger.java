package org.editionkit.exchange.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the later plain occurrences of registered names first met as variants ("Heo Ga-i" after
 * "Heo Ga-I [Ho Ka I]", 허가이 after 허가이[…], "Ministry of Agriculture" after
 * 농업성[Ministry of Agriculture]) with {@code persName/placeName/orgName ref}, so that the
 * draft's registers list them. Names left unclassified are not marked. Latin forms match case-insensitively at word boundaries; other scripts
 * match anywhere (Korean attaches particles to names).
 */
final class NameTagger {
    private final Registers registers;

    NameTagger(Registers registers) {
        this.registers = registers;
    }

    void tag(Map<SourceLine, List<Inline>> inlines) {
        Map<String, String> forms = registers.formsLongestFirst();
        if (forms.isEmpty()) {
            return;
        }
        StringBuilder alternation = new StringBuilder();
        for (String form : forms.keySet()) {
            if (form.length() < 2) {
                continue;
            }
            boolean latin = Script.of(form) == Script.LATIN;
            alternation.append(alternation.length() == 0 ? "" : "|")
                    .append(latin ? "(?<![\\p{L}])" + Pattern.quote(form) + "(?![\\p{L}-])" : Pattern.quote(form));
        }
        if (alternation.length() == 0) {
            return;
        }
        Pattern p = Pattern.compile(alternation.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (Map.Entry<SourceLine, List<Inline>> e : inlines.entrySet()) {
            List<Inline> out = new ArrayList<>();
            for (Inline in : e.getValue()) {
                if (!(in instanceof Inline.Text t)) {
                    out.add(in);
                    continue;
                }
                Matcher m = p.matcher(t.text());
                int pos = 0;
                while (m.find()) {
                    if (m.start() > pos) {
                        out.add(new Inline.Text(t.text().substring(pos, m.start())));
                    }
                    out.add(new Inline.Name(forms.get(Registers.normal(m.group())), m.group()));
                    pos = m.end();
                }
                if (pos < t.text().length()) {
                    out.add(new Inline.Text(t.text().substring(pos)));
                }
            }
            e.setValue(out);
        }
    }
}
