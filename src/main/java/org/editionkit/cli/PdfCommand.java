package org.editionkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import net.sf.saxon.s9api.XdmNode;
import org.editionkit.build.Discovery;
import org.editionkit.build.OutputNames;
import org.editionkit.build.TeiFacts;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Toolkit;
import org.editionkit.pdf.PdfOptions;
import org.editionkit.pdf.PdfRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code edition pdf}: a typeset bilingual PDF per TEI file, through one shared renderer. */
@Command(name = "pdf", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Typesets each TEI file as a print-ready PDF.",
        description = {
            "Writes DIR/NAME.pdf: a title page, then English and Korean in parallel columns (or one after the "
                + "other), notes as footnotes and the apparatus of divergences. Fonts are embedded as subsets; a "
                + "character that no configured font can draw stops the document. Directories are searched for "
                + "*.xml as by build."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every PDF was written (warnings may have been printed)",
            "1:a document could not be typeset (not well-formed, not TEI, a character without a glyph)",
            "2:usage or I/O error: bad option, missing file, no TEI files found, missing fonts, unwritable output"})
final class PdfCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "TEI files, or directories searched recursively for *.xml (schema/ folders and hidden entries are skipped).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "dist", description = "Output directory (default: dist).")
    Path outDir;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Documents typeset in parallel (default: the number of cores).")
    Integer jobs;

    @Option(names = "--force", description = OutputOptions.FORCE_HELP)
    boolean force;

    @picocli.CommandLine.Mixin
    TypesettingOptions typesetting;

    @Option(names = "--fo", description = "Keep the intermediate XSL-FO as DIR/NAME.fo (for debugging).")
    boolean keepFo;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OutputOptions.apply(outDir, force);
        PdfOptions options = typesetting.toPdfOptions(spec).withKeepFo(keepFo);
        int n = DocumentBatch.jobs(spec, jobs);
        Toolkit toolkit = new Toolkit();
        PdfRenderer renderer = new PdfRenderer(toolkit, options);
        TeiFacts facts = new TeiFacts(toolkit.processor());
        return DocumentBatch.run(spec, inputs, outDir, n, source -> typesetOne(source, toolkit, renderer, facts));
    }

    private DocumentBatch.Outcome typesetOne(Discovery.Source source, Toolkit toolkit, PdfRenderer renderer, TeiFacts facts)
            throws Exception {
        String display = source.displayName();
        Path out = OutputNames.inside(outDir, source.name() + ".pdf");
        List<Problem> warnings = new ArrayList<>();
        try {
            XdmNode tei = toolkit.parse(source.path(), display, warnings);
            List<Problem> refused = facts.unpublishable(tei, display);
            if (!refused.isEmpty()) {
                throw new ProblemException(refused);
            }
            warnings.addAll(renderer.render(tei, display, out));
            return DocumentBatch.Outcome.done(List.of(out), warnings);
        } catch (ProblemException e) {
            List<Problem> all = new ArrayList<>(warnings.stream().filter(p -> !e.problems().contains(p)).toList());
            all.addAll(e.problems());
            // Problems about another file than the document (fonts, FOP set-up, the output) are not its fault,
            // and would repeat for every document: stop there.
            boolean setup = e.problems().stream().allMatch(p -> p.line() == 0 && !p.file().equals(display));
            return new DocumentBatch.Outcome(setup ? ExitCodes.USAGE_OR_IO : ExitCodes.INVALID_INPUT, List.of(), all, setup);
        }
    }
}
