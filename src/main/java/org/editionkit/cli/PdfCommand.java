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
import org.editionkit.pdf.PdfOptions;
import org.editionkit.pdf.PdfRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code edition pdf}: a typeset bilingual PDF per TEI file, through one shared renderer. */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = {
            "Typesets each TEI file as a print-ready PDF (DIR/NAME.pdf): title page, English and Korean in",
            "parallel columns (or one after the other), notes as footnotes, the apparatus of divergences.",
            "Fonts are embedded as subsets; a character that no configured font can draw stops the build."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every PDF was written (warnings may have been printed)",
            "1:a document could not be typeset (not well-formed, a character without a glyph …)",
            "2:usage or I/O error: bad option, missing file, missing fonts, unwritable output"})
final class PdfCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TEI files")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "dist", description = "Output directory (default: dist)")
    Path outDir;

    @picocli.CommandLine.Mixin
    TypesettingOptions typesetting;

    @Option(names = "--fo", description = "Keep the intermediate XSL-FO as DIR/NAME.fo (for debugging)")
    boolean keepFo;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PdfOptions options = typesetting.toPdfOptions(spec).withKeepFo(keepFo);
        PrintWriter err = spec.commandLine().getErr();
        Toolkit toolkit = new Toolkit();
        PdfRenderer renderer = new PdfRenderer(toolkit, options);
        int status = ExitCodes.OK;
        for (Path file : files) {
            String display = file.toString();
            if (!Files.isRegularFile(file)) {
                err.println("edition pdf: " + file + ": no such file");
                status = Math.max(status, ExitCodes.USAGE_OR_IO);
                continue;
            }
            Path out = OutputNames.inside(outDir, OutputNames.sanitise(file) + ".pdf");
            List<Problem> warnings = new ArrayList<>();
            try {
                XdmNode tei = toolkit.parse(file, display, warnings);
                warnings.addAll(renderer.render(tei, display, out));
                warnings.forEach(p -> err.println(ProblemFormatter.gnu(p)));
                spec.commandLine().getOut().println(out);
                if (warnings.stream().anyMatch(Problem::isError)) {
                    // Written, but with content missing (an xi:include).
                    status = Math.max(status, ExitCodes.INVALID_INPUT);
                }
            } catch (ProblemException e) {
                warnings.forEach(p -> err.println(ProblemFormatter.gnu(p)));
                e.problems().forEach(p -> err.println(ProblemFormatter.gnu(p)));
                boolean setup = e.problems().stream().allMatch(p -> p.line() == 0 && !p.file().equals(display));
                status = Math.max(status, setup ? ExitCodes.USAGE_OR_IO : ExitCodes.INVALID_INPUT);
                if (setup) {
                    break;
                }
            }
        }
        spec.commandLine().getOut().flush();
        err.flush();
        return status;
    }
}
