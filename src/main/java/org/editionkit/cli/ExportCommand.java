package org.editionkit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.editionkit.exchange.ExportFormat;
import org.editionkit.exchange.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edition export}: registers, notes, apparatus and reading text as JSON, CSV or plain text. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Exports data from TEI editions for reuse: the person, place and",
            "organisation registers with every name form and occurrence, the notes",
            "with their anchors, the apparatus with lemma, readings and witnesses,",
            "and the plain reading text of each translation.",
            "  json: DIR/NAME.json",
            "  csv:  DIR/NAME.persons.csv, .occurrences.csv, .notes.csv, .apparatus.csv",
            "  txt:  DIR/NAME.LANG.txt, one per translation",
            "The files written are listed on stdout."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was exported",
            "1:a file is not well-formed or not TEI (nothing written for it)",
            "2:usage or I/O error: bad option, missing file, unwritable output"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "TEI files to export")
    List<Path> files = new ArrayList<>();

    @Option(names = "--format", required = true, paramLabel = "json|csv|txt",
            converter = FormatConverter.class, description = "Output format: json, csv or txt")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "dist", description = "Output directory (default: dist)")
    Path outDir;

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("unknown format '" + value + "' (expected json, csv or txt)");
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Exporter exporter = new Exporter(new Toolkit());
        int status = ExitCodes.OK;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("edition export: " + file + ": no such file");
                status = ExitCodes.USAGE_OR_IO;
                continue;
            }
            List<Problem> warnings = new ArrayList<>();
            List<Problem> stopped = new ArrayList<>();
            try {
                for (Path written : exporter.export(file, file.toString(), format, outDir, warnings)) {
                    out.println(written);
                }
            } catch (ProblemException e) {
                stopped.addAll(e.problems());
                e.problems().forEach(p -> err.println(ProblemFormatter.gnu(p)));
                status = Math.max(status, ExitCodes.INVALID_INPUT);
            } finally {
                // The problems that stopped the export are printed above; an error left here (an
                // xi:include whose content is missing) did not stop it, but makes the exit 1.
                List<Problem> rest = warnings.stream().filter(p -> !stopped.contains(p)).toList();
                rest.forEach(p -> err.println(ProblemFormatter.gnu(p)));
                if (rest.stream().anyMatch(Problem::isError)) {
                    status = Math.max(status, ExitCodes.INVALID_INPUT);
                }
            }
        }
        out.flush();
        return status;
    }
}
