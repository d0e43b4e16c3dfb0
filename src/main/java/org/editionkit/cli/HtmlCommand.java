package org.editionkit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import net.sf.saxon.s9api.XdmNode;
import org.editionkit.build.OutputNames;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.editionkit.html.HtmlRenderer;
import org.editionkit.io.AtomicOutput;
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
@Command(name = "html", mixinStandardHelpOptions = true,
        description = {
            "Renders each TEI file as a self-contained HTML edition (DIR/NAME.html, CSS and script inlined,",
            "no network): parallel English/Korean reading view, reading/diplomatic toggle, notes,",
            "critical apparatus, indexes, and \"About this document\". The TEI is copied to DIR/NAME.xml.",
            "Any TEI P5 file renders; edition features appear when it follows tei/ENCODING.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every HTML file was written (warnings may have been printed)",
            "1:a document could not be rendered (not well-formed, forbidden DTD/entities …)",
            "2:usage or I/O error: bad option, missing file, unwritable output"})
final class HtmlCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TEI files")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "dist", description = "Output directory (default: dist)")
    Path outDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Toolkit toolkit = new Toolkit();
        HtmlRenderer renderer = new HtmlRenderer(toolkit);
        int status = ExitCodes.OK;
        for (Path file : files) {
            status = Math.max(status, renderOne(file, toolkit, renderer, out, err));
        }
        out.flush();
        err.flush();
        return status;
    }

    private int renderOne(Path file, Toolkit toolkit, HtmlRenderer renderer, PrintWriter out, PrintWriter err) {
        String display = file.toString();
        if (!Files.isRegularFile(file)) {
            err.println("edition html: " + display + ": no such file");
            return ExitCodes.USAGE_OR_IO;
        }
        List<Problem> warnings = new ArrayList<>();
        try {
            String name = OutputNames.sanitise(file);
            XdmNode tei = toolkit.parse(file, display, warnings);
            Path html = OutputNames.inside(outDir, name + ".html");
            renderer.render(tei, name, html.getParent());
            copySource(file, OutputNames.inside(outDir, name + ".xml"));
            warnings.forEach(p -> err.println(ProblemFormatter.gnu(p)));
            out.println(html);
            // Written, but with content missing (an xi:include): reported as an invalid document.
            return warnings.stream().anyMatch(Problem::isError) ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
        } catch (ProblemException e) {
            warnings.forEach(p -> err.println(ProblemFormatter.gnu(p)));
            e.problems().forEach(p -> err.println(ProblemFormatter.gnu(p)));
            // The renderer names the output file in a problem only when writing it failed.
            boolean io = e.problems().stream().allMatch(p -> p.line() == 0 && p.file().endsWith(".html"));
            return io ? ExitCodes.USAGE_OR_IO : ExitCodes.INVALID_INPUT;
        } catch (Exception e) {
            err.println("edition html: " + display + ": " + e.getMessage());
            return ExitCodes.USAGE_OR_IO;
        }
    }

    private static void copySource(Path file, Path target) throws Exception {
        if (Files.exists(target) && Files.isSameFile(file, target)) {
            return;
        }
        AtomicOutput.write(target, Files.readAllBytes(file));
    }
}
