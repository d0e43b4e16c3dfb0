package org.editionkit.cli;

import java.nio.file.Files;
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
import org.editionkit.html.HtmlRenderer;
import org.editionkit.io.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code edition html}: the self-contained HTML edition of each TEI file (DIR/NAME.html), with
 * a copy of the TEI beside it (DIR/NAME.xml) so the page's download link works. A file that
 * fails is reported and the others are still rendered.
 */
@Command(name = "html", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Renders each TEI file as a self-contained HTML edition.",
        description = {
            "Writes DIR/NAME.html with CSS and script inlined, so the page needs no network, and copies the TEI "
                + "beside it as DIR/NAME.xml. The page offers the parallel English and Korean reading view, the "
                + "reading and diplomatic views, notes, the critical apparatus, indexes and \"About this document\".",
            "Any TEI P5 file renders; the edition features appear when it follows tei/ENCODING.md. Directories are "
                + "searched for *.xml as by build."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every HTML file was written (warnings may have been printed)",
            "1:a document could not be rendered (not well-formed, not TEI, forbidden DTD or entities)",
            "2:usage or I/O error: bad option, missing file, no TEI files found, unwritable output"})
final class HtmlCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "TEI files, or directories searched recursively for *.xml (schema/ folders and hidden entries are skipped).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "dist", description = "Output directory (default: dist).")
    Path outDir;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Documents rendered in parallel (default: the number of cores).")
    Integer jobs;

    @Option(names = "--force", description = OutputOptions.FORCE_HELP)
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int n = DocumentBatch.jobs(spec, jobs);
        OutputOptions.apply(outDir, force);
        Toolkit toolkit = new Toolkit();
        HtmlRenderer renderer = new HtmlRenderer(toolkit);
        TeiFacts facts = new TeiFacts(toolkit.processor());
        return DocumentBatch.run(spec, inputs, outDir, n, source -> renderOne(source, toolkit, renderer, facts));
    }

    private DocumentBatch.Outcome renderOne(Discovery.Source source, Toolkit toolkit, HtmlRenderer renderer, TeiFacts facts)
            throws Exception {
        List<Problem> warnings = new ArrayList<>();
        try {
            XdmNode tei = toolkit.parse(source.path(), source.displayName(), warnings);
            List<Problem> refused = facts.unpublishable(tei, source.displayName());
            if (!refused.isEmpty()) {
                throw new ProblemException(refused);
            }
            Path html = OutputNames.inside(outDir, source.name() + ".html");
            renderer.render(tei, source.name(), html.getParent());
            copySource(source.path(), OutputNames.inside(outDir, source.name() + ".xml"));
            return DocumentBatch.Outcome.done(List.of(html), warnings);
        } catch (ProblemException e) {
            List<Problem> all = new ArrayList<>(warnings.stream().filter(p -> !e.problems().contains(p)).toList());
            all.addAll(e.problems());
            // The renderer names the output file in a problem only when writing it failed.
            boolean io = e.problems().stream().allMatch(p -> p.line() == 0 && p.file().endsWith(".html"));
            return DocumentBatch.Outcome.failed(io ? ExitCodes.USAGE_OR_IO : ExitCodes.INVALID_INPUT, all);
        }
    }

    private static void copySource(Path file, Path target) throws Exception {
        if (Files.exists(target) && Files.isSameFile(file, target)) {
            return;
        }
        OutputDirectory.write(target, Files.readAllBytes(file));
    }
}
