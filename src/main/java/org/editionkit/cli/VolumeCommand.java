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
import org.editionkit.io.OutputDirectory;
import org.editionkit.volume.Book;
import org.editionkit.volume.RegisterConflicts;
import org.editionkit.volume.VolumeSite;
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
            "Writes DIR/NAME.pdf, the book: half-title, title page and imprint, contents and preface in Roman "
                + "folios, then each document from a right-hand page with its heading block, notes and apparatus at "
                + "the foot, then the cumulative index of persons, places and organisations and the list of sources. "
                + "Beside it the same volume as a static site: index.html (contents), docN.html, volume-index.html. "
                + "Documents are named by relative paths inside the project directory; nothing is fetched. "
                + "Register entries that two documents give differently for one xml:id stop the build."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the book was written (warnings may have been printed)",
            "1:the volume description or a document is invalid or could not be typeset",
            "2:usage or I/O error: bad option, missing file, missing fonts, unwritable output"})
final class VolumeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "VOLUME.xml", description = "The volume description (TEI with <text type=\"volume\">).")
    Path volume;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output directory (default: dist/NAME).")
    Path outDir;

    @Option(names = "--no-site", description = "Write the book PDF only, not the HTML site.")
    boolean noSite;

    @Option(names = "--no-pdf", description = "Write the HTML site only, not the book PDF.")
    boolean noPdf;

    @Option(names = "--force", description = OutputOptions.FORCE_HELP)
    boolean force;

    @picocli.CommandLine.Mixin
    TypesettingOptions typesetting;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (outDir == null) {
            outDir = Path.of("dist", OutputNames.sanitise(volume));
        }
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
            List<Path> docs = vol.documents().stream().map(VolumeDescription.Document::path).toList();
            List<Problem> conflicts = new RegisterConflicts(toolkit).check(docs);
            if (!conflicts.isEmpty()) {
                conflicts.forEach(p -> err.println(ProblemFormatter.gnu(p)));
                if (conflicts.stream().anyMatch(Problem::isError)) {
                    err.println("edition volume: the registers of the documents disagree; nothing written");
                    return ExitCodes.INVALID_INPUT;
                }
            }
            String name = OutputNames.sanitise(volume) + ".pdf";
            int status = ExitCodes.OK;
            if (!noPdf) {
                Path pdf = OutputNames.inside(outDir, name);
                PdfRenderer renderer = new PdfRenderer(toolkit, options);
                try {
                    Book.Result r = new Book(toolkit, renderer).make(vol, pdf, options.pdfa(),
                            (d, first, pages) -> err.printf("typeset %s (document %d, pages %d-%d)%n", d.displayName(),
                                    d.number(), first, first + pages - 1));
                    r.warnings().forEach(p -> err.println(ProblemFormatter.gnu(p)));
                    out.println(pdf);
                    err.println("edition volume: " + vol.documents().size() + " documents, " + r.pages() + " pages ("
                            + r.frontPages() + " front matter)");
                    status = r.warnings().stream().anyMatch(Problem::isError) ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
                } catch (ProblemException e) {
                    e.problems().forEach(p -> err.println(ProblemFormatter.gnu(p)));
                    boolean setup = e.problems().stream().allMatch(p -> p.line() == 0 && !p.file().startsWith(volume.toString())
                            && vol.documents().stream().noneMatch(d -> d.displayName().equals(p.file())));
                    return setup ? ExitCodes.USAGE_OR_IO : ExitCodes.INVALID_INPUT;
                }
            }
            if (!noSite) {
                OutputDirectory dir = OutputDirectory.of(outDir);
                for (String written : new VolumeSite(toolkit).write(volume, docs, dir, noPdf ? null : name)) {
                    out.println(outDir.resolve(written));
                }
            }
            return status;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
