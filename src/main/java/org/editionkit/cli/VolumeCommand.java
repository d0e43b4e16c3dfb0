package org.editionkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.editionkit.build.OutputNames;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.editionkit.pdf.PdfOptions;
import org.editionkit.pdf.PdfRenderer;
import org.editionkit.volume.Book;
import org.editionkit.validate.Validator;
import org.editionkit.validate.ValidatorConfig;
import org.editionkit.volume.VolumeDescription;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code edition volume}: one book PDF from a volume description and the documents it lists. */
@Command(name = "volume", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Typesets the documents a volume description lists as one book.",
        description = {
            "Writes DIR/NAME.pdf: half-title, title page and imprint, contents and preface in Roman folios, then "
                + "each document from a right-hand page with its heading block, notes and apparatus at the foot, "
                + "then the cumulative index of persons, places and organisations and the list of sources. "
                + "Documents are named by relative paths inside the project directory; nothing is fetched."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the book was written (warnings may have been printed)",
            "1:the volume description or a document is invalid or could not be typeset",
            "2:usage or I/O error: bad option, missing file, missing fonts, unwritable output"})
final class VolumeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "VOLUME.xml", description = "The volume description (TEI with <text type=\"volume\">).")
    Path volume;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "dist", description = "Output directory (default: dist).")
    Path outDir;

    @Option(names = "--force", description = OutputOptions.FORCE_HELP)
    boolean force;

    @picocli.CommandLine.Mixin
    TypesettingOptions typesetting;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OutputOptions.apply(outDir, force);
        PdfOptions options = typesetting.toPdfOptions(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!java.nio.file.Files.exists(volume)) {
                err.println(ProblemFormatter.gnu(Problem.fileError(volume.toString(), "no such file")));
                return ExitCodes.USAGE_OR_IO;
            }
            String unusable = DocumentBatch.unwritable(outDir);
            if (unusable != null) {
                err.println(ProblemFormatter.gnu(Problem.fileError(outDir.toString(), "cannot write the output directory: " + unusable)));
                return ExitCodes.USAGE_OR_IO;
            }
            Toolkit toolkit = new Toolkit();
            // Validated like any master: the project schema has the volume format (text type="volume").
            List<Problem> invalid = Validator.create(toolkit, ValidatorConfig.defaults()).validate(volume, volume.toString());
            invalid.forEach(p -> err.println(ProblemFormatter.gnu(p)));
            if (invalid.stream().anyMatch(Problem::isError)) {
                return ExitCodes.INVALID_INPUT;
            }
            List<Problem> warnings = new ArrayList<>();
            VolumeDescription vol;
            try {
                vol = VolumeDescription.read(toolkit, volume, warnings);
            } catch (ProblemException e) {
                warnings.forEach(p -> err.println(ProblemFormatter.gnu(p)));
                e.problems().forEach(p -> err.println(ProblemFormatter.gnu(p)));
                return ExitCodes.INVALID_INPUT;
            }
            warnings.stream().filter(p -> !invalid.contains(p)).forEach(p -> err.println(ProblemFormatter.gnu(p)));
            Path pdf = OutputNames.inside(outDir, OutputNames.sanitise(volume) + ".pdf");
            PdfRenderer renderer = new PdfRenderer(toolkit, options);
            try {
                Book.Result r = new Book(toolkit, renderer).make(vol, pdf, options.pdfa(), null);
                r.warnings().forEach(p -> err.println(ProblemFormatter.gnu(p)));
                out.println(pdf);
                err.println("edition volume: " + vol.documents().size() + " documents, " + r.pages() + " pages ("
                        + r.frontPages() + " front matter)");
                return r.warnings().stream().anyMatch(Problem::isError) ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
            } catch (ProblemException e) {
                e.problems().forEach(p -> err.println(ProblemFormatter.gnu(p)));
                boolean setup = e.problems().stream().allMatch(p -> p.line() == 0 && !p.file().startsWith(volume.toString())
                        && vol.documents().stream().noneMatch(d -> d.displayName().equals(p.file())));
                return setup ? ExitCodes.USAGE_OR_IO : ExitCodes.INVALID_INPUT;
            }
        } finally {
            out.flush();
            err.flush();
        }
    }
}
