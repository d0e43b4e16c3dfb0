package org.editionkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Toolkit;
import org.editionkit.exchange.ExportFormat;
import org.editionkit.exchange.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edition export}: registers, notes, apparatus and reading text as JSON, CSV or plain text. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Exports the registers, notes, apparatus and reading text of TEI editions.",
        description = {
            "For reuse in other tools: the person, place and organisation registers with every name form and "
                + "occurrence, the notes with their anchors, the apparatus with lemma, readings and witnesses, and "
                + "the plain reading text of each translation. Directories are searched for *.xml as by build. "
                + "The files written are listed on stdout:",
            "  json: DIR/NAME.json",
            "  csv: DIR/NAME.persons.csv, NAME.occurrences.csv, NAME.notes.csv and NAME.apparatus.csv",
            "  txt: DIR/NAME.LANG.txt, one per translation"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was exported",
            "1:a file is not well-formed, not TEI, or has no text for txt (nothing written for it)",
            "2:usage or I/O error: bad option, missing file, no TEI files found, unwritable output"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "TEI files, or directories searched recursively for *.xml (schema/ folders and hidden entries are skipped).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", required = true, paramLabel = "json|csv|txt",
            converter = FormatConverter.class, description = "Output format: json, csv or txt.")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "dist", description = "Output directory (default: dist).")
    Path outDir;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Documents exported in parallel (default: the number of cores).")
    Integer jobs;

    @Option(names = "--force", description = OutputOptions.FORCE_HELP)
    boolean force;

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
    public Integer call() {
        int n = DocumentBatch.jobs(spec, jobs);
        OutputOptions.apply(outDir, force);
        Exporter exporter = new Exporter(new Toolkit());
        return DocumentBatch.run(spec, inputs, outDir, n, source -> {
            List<Problem> warnings = new ArrayList<>();
            List<Problem> stopped = new ArrayList<>();
            try {
                List<Path> written = exporter.export(source.path(), source.displayName(), format, outDir, warnings);
                return DocumentBatch.Outcome.done(written, warnings);
            } catch (ProblemException e) {
                List<Problem> all = new ArrayList<>(warnings.stream().filter(p -> !e.problems().contains(p)).toList());
                all.addAll(e.problems());
                return DocumentBatch.Outcome.failed(ExitCodes.INVALID_INPUT, all);
            }
        });
    }
}
