package org.editionkit.exchange.importer;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;

/**
 * Turns an archive page (a transcription with two translations and a document-information
 * block, like the seed) into a TEI draft: clean → split by script → structure each translation
 * → parse brackets → align → write TEI. Everything it decided or doubts is returned as findings
 * ({@code line: message}); nothing is guessed silently.
 */
public final class Importer {
    /** The draft's bytes and what the editor should read about it. */
    public record Result(byte[] tei, List<Finding> findings, int pairedParagraphs) {
        public String teiText() {
            return new String(tei, StandardCharsets.UTF_8);
        }
    }

    private final KnownNames known;

    /** Classifies names also by the registers of the masters in ./tei (the project's folder, when run from the project). */
    public Importer() {
        this(KnownNames.load(Path.of("tei")));
    }

    public Importer(KnownNames known) {
        this.known = known;
    }

    private static final Pattern REGISTRY = Pattern.compile("\\b(?:No\\.?|Nr\\.?|№)\\s*\\d[\\d/.-]*[^\\s\\[,]*");

    public Result importPage(Path file) throws Exception {
        return importPage(file, file.toString());
    }

    /**
     * Imports {@code file}; problems that stop the import (not UTF-8 text, nothing to import)
     * are thrown located under {@code displayName}.
     */
    public Result importPage(Path file, String displayName) throws Exception {
        List<String> lines = readUtf8(Files.readAllBytes(file), displayName);
        if (lines.stream().allMatch(String::isBlank)) {
            throw new ProblemException(Problem.error(displayName, 1, 0, "the page is empty: nothing to import"));
        }
        return importLines(lines, file.getFileName().toString());
    }

    /** Decodes strictly, so that a page saved in another encoding is refused with the line of the first bad byte. */
    static List<String> readUtf8(byte[] bytes, String displayName) throws ProblemException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return List.of(text.replace("\uFEFF", "").split("\r?\n|\r", -1));
        } catch (CharacterCodingException e) {
            int bad = badOffset(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw new ProblemException(Problem.error(displayName, line, 0, String.format(
                    "not UTF-8 text (byte 0x%02X); save the archive page as UTF-8", bytes[bad] & 0xff)));
        }
    }

    private static int badOffset(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    public Result importLines(List<String> raw, String sourceName) throws XMLStreamException {
        List<Finding> findings = new ArrayList<>();
        Page page = PageCleaner.clean(raw, findings);
        DocumentInfo info = DocumentInfo.parse(page.info(), findings);
        Split split = TranslationSplitter.split(page.body(), findings);
        Translation first = Structurer.structure(split.firstLanguage(), split.first(), findings);
        Translation second = split.second().isEmpty() ? null : Structurer.structure(split.secondLanguage(), split.second(), findings);
        report(first, findings);
        if (second != null) {
            report(second, findings);
        }

        Registers registers = new Registers();
        BracketParser parser = new BracketParser(registers, findings);
        Map<SourceLine, List<Inline>> inlines = new IdentityHashMap<>();
        for (SourceLine line : split.first()) {
            inlines.put(line, parser.parse(line));
        }
        for (SourceLine line : split.second()) {
            inlines.put(line, parser.parse(line));
        }
        summarise(split.firstLanguage(), split.first(), inlines, findings);
        summarise(split.secondLanguage(), split.second(), inlines, findings);

        Draft d = new Draft();
        d.sourceName = sourceName;
        d.info = info;
        d.registers = registers;
        findings.addAll(known.notes());
        registers.resolve(known, java.util.stream.Stream.of(split.firstLanguage(), split.secondLanguage())
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()), findings);
        d.summary = split.summary();
        d.first = new TextPlan(first);
        d.second = second == null ? null : new TextPlan(second);
        int pairs = d.second == null ? 0 : new Linker(findings).link(d.first, d.second);
        KoreanForms.find(registers, d.first, d.second, findings);
        new NameTagger(registers).tag(inlines);
        if (second != null) {
            for (Registers.Entry p : registers.of(Registers.Kind.PERSON)) {
                if (!p.forms().containsKey(second.language())) {
                    findings.add(new Finding(0, "person #" + p.id() + " has no " + second.language() + " form in the source; add persName type=\"" + second.language() + "\" to the register"));
                }
            }
        }
        header(d, page, first, split, findings);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TeiWriter(d, inlines).write(out);
        findings.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Result(out.toByteArray(), List.copyOf(findings), pairs);
    }

    private void header(Draft d, Page page, Translation first, Split split, List<Finding> findings) {
        d.title = page.titleLine() == null ? "Untitled" : page.titleLine().text();
        if (page.titleLine() == null) {
            findings.add(new Finding(0, "no title line found; the draft is titled \"Untitled\""));
        }
        if (page.dateLine() != null) {
            d.dateText = page.dateLine().text();
            d.date = Dates.find(d.dateText).map(Dates.Found::iso).orElse(null);
        }
        d.id = "doc-" + (d.date == null ? "undated" : d.date);
        d.funder = page.funderLine() != null ? PageCleaner.funderName(page.funderLine()) : d.info.funder();
        if (d.first.head != null && d.first.head.corresp != null && d.second != null && d.second.head != null) {
            d.secondTitle = d.second.head.text();
            findings.add(new Finding(d.second.head.line(), "the " + d.second.lang + " title is taken from the " + d.second.lang + " document head; check"));
        } else if (d.second != null) {
            findings.add(new Finding(0, "no " + d.second.lang + " title found; add title type=\"main\" xml:lang=\"" + d.second.lang + "\""));
        }
        if (d.info.translatedBy() == null) {
            findings.add(new Finding(0, "the translator of the " + d.first.lang + " translation is not named; fill in respStmt resp-trans-" + d.first.lang));
        }
        if (d.second != null) {
            findings.add(new Finding(split.second().isEmpty() ? 0 : split.second().get(0).number(), "the translator of the " + d.second.lang + " translation is not named in the source; respStmt resp-trans-" + d.second.lang + " says so"));
        }
        for (SourceLine line : first.opener()) {
            Matcher m = REGISTRY.matcher(line.text());
            if (m.find() && d.registry == null) {
                d.registry = m.group();
            }
        }
    }

    /** One line per translation counting what the brackets became. */
    private static void summarise(String lang, List<SourceLine> lines, Map<SourceLine, List<Inline>> inlines, List<Finding> findings) {
        if (lines.isEmpty()) {
            return;
        }
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (SourceLine l : lines) {
            for (Inline in : inlines.get(l)) {
                String kind = in instanceof Inline.Note ? "translator notes" : in instanceof Inline.Expan ? "expansions"
                        : in instanceof Inline.Supplied ? "supplied" : in instanceof Inline.Gloss ? "glosses"
                        : in instanceof Inline.NameVariant ? "name variants" : in instanceof Inline.Review ? "brackets left for review" : null;
                if (kind != null) {
                    counts.merge(kind, 1, Integer::sum);
                }
            }
        }
        findings.add(new Finding(lines.get(0).number(), lang + " brackets: " + (counts.isEmpty() ? "none"
                : String.join(", ", counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()))));
    }

    private static void report(Translation t, List<Finding> findings) {
        List<SourceLine> dist = t.distribution();
        if (dist.size() > 1) {
            int total = Structurer.copies(dist.get(0).text());
            int sum = dist.subList(1, dist.size()).stream().mapToInt(l -> Structurer.copies(l.text())).sum();
            if (total != sum) {
                findings.add(new Finding(dist.get(0).number(), "the copy distribution does not add up: " + total + " made, " + sum + " distributed; check"));
            }
        }
        int line = t.opener().isEmpty() ? (t.opening().isEmpty() ? 0 : t.opening().get(0).number()) : t.opener().get(0).number();
        findings.add(new Finding(line, String.format("%s translation: %d opener line(s), %s, %d paragraph(s) before section 1, %d section(s), %d paragraph(s) in all, %d distribution line(s), %d closer line(s)",
                t.language(), t.opener().size(), t.head().isEmpty() ? "no head" : "a head", t.opening().size(), t.sections().size(),
                t.paragraphCount(), t.distribution().size(), t.closer().size())));
    }
}
