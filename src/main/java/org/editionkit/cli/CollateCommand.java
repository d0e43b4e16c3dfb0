package org.editionkit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.editionkit.collate.Apparatus;
import org.editionkit.collate.Collator;
import org.editionkit.collate.Report;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edition collate}: where the two translations of a bilingual TEI diverge, as apparatus proposals. */
@Command(name = "collate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Proposes apparatus entries where the two translations of a bilingual TEI file diverge.",
        description = {
            "Compares the aligned pairs of the two translations (tei/ENCODING.md, or an edition import draft) "
                + "and reports numbers and dates, names, titles and offices (through the glossary), omissions and "
                + "additions (sentence alignment), spellings against the registers and translator notes that "
                + "differ. Each report line reads:",
            "  FILE:LINE:COL: divergence(KIND): E \"…\" ≠ K \"…\" (REASON; certainty CERT)"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:collated (proposals are findings, not errors)",
            "1:a file is not well-formed XML",
            "2:usage or I/O error: missing file, unreadable glossary, file changed while collating, unwritable file"})
final class CollateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Bilingual TEI files (tei/ENCODING.md, or an edition import draft).")
    List<Path> files;

    @Option(names = "--apply", description = "Write the proposals into each file's listApp as app entries (resp=\"#edition-collate\").")
    boolean apply;

    @Option(names = "--format", paramLabel = "gnu|json", description = "Report format (default: ${DEFAULT-VALUE}).", defaultValue = "gnu")
    String format;

    @Option(names = "--glossary", paramLabel = "TSV", description = "An extra glossary (same columns as xslt/collate/glossary.tsv).")
    List<Path> glossaries = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("gnu") && !format.equals("json")) {
            err.println("edition collate: --format must be gnu or json, not " + format);
            return ExitCodes.USAGE_OR_IO;
        }
        Collator collator;
        try {
            collator = Collator.withGlossaries(glossaries);
        } catch (java.io.IOException | IllegalArgumentException e) {
            err.println("edition collate: glossary: " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
        int status = ExitCodes.OK;
        for (Path file : files) {
            String display = file.toString();
            if (!Files.isRegularFile(file)) {
                err.println(display + ":0:0: error: no such file");
                status = Math.max(status, ExitCodes.USAGE_OR_IO);
                continue;
            }
            try {
                Apparatus.Snapshot before = Apparatus.snapshot(file);
                Collator.Result r = collator.collate(before.bytes(), file, display);
                if (r.pairs().isEmpty()) {
                    err.println(display + ":0:0: warning: no aligned translation pairs (two text type=\"translation\" whose units"
                            + " point at each other with corresp, tei/ENCODING.md): nothing to collate");
                }
                out.print(format.equals("json") ? Report.json(display, r) : Report.gnu(display, r));
                if (apply) {
                    int written = Apparatus.apply(file, before, r);
                    err.println("edition collate: " + display + ": " + written + " app entries written");
                }
            } catch (ProblemException e) {
                for (Problem p : e.problems()) {
                    err.println(ProblemFormatter.gnu(p));
                }
                status = Math.max(status, ExitCodes.INVALID_INPUT);
            } catch (Apparatus.ChangedException e) {
                err.println(display + ":0:0: error: " + e.getMessage());
                status = ExitCodes.USAGE_OR_IO;
            }
        }
        out.flush();
        return status;
    }
}
