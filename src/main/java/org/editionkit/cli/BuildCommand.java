package org.editionkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.editionkit.build.BuildFingerprint;
import org.editionkit.build.BuildOptions;
import org.editionkit.build.BuildPipeline;
import org.editionkit.build.BuildSetup;
import org.editionkit.build.BuildSummary;
import org.editionkit.build.ConsoleReporter;
import org.editionkit.build.DocumentStep;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.editionkit.pdf.PdfOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code edition build}: the whole corpus to HTML, PDF and TEI copies, with an index and a manifest. */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Builds every document: validation, HTML edition, PDF, TEI copy, index and manifest.",
        description = {
            "Each document is validated, rendered as HTML and PDF, and its TEI copied; then DIR/index.html and "
                + "DIR/manifest.json are written. Unchanged documents are skipped (see manifest.json); one bad "
                + "document never stops the others."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document built or unchanged",
            "1:a document has errors (not well-formed, not TEI, invalid, could not be rendered)",
            "2:usage or I/O error: missing path, empty directory, colliding names, unwritable output"
        })
final class BuildCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE|DIR", arity = "0..*",
            description = "TEI files, or directories searched recursively for *.xml (default: tei/; schema/ folders are skipped).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path outDir = BuildOptions.DEFAULT_OUTPUT;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Documents built in parallel (default: the number of cores).")
    Integer jobs;

    @Option(names = "--force", description = "Rebuild every document, even unchanged ones.")
    boolean force;

    @Option(names = "--fail-fast", description = "Stop starting new documents after the first one with errors.")
    boolean failFast;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems: no progress, no summary.")
    boolean quiet;

    static final long MAX_SIZE_LIMIT_MB = 1L << 20;

    @Option(names = "--max-size", paramLabel = "MB", description = "Refuse documents larger than this (default: ${DEFAULT-VALUE} MB).")
    long maxSizeMb = BuildOptions.DEFAULT_MAX_INPUT_BYTES >> 20;

    @picocli.CommandLine.Mixin
    TypesettingOptions typesetting;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PdfOptions pdfOptions = typesetting.toPdfOptions(spec);
        int n = DocumentBatch.jobs(spec, jobs);
        if (maxSizeMb < 1 || maxSizeMb > MAX_SIZE_LIMIT_MB) {
            // The bound keeps the byte count (MB << 20) far from overflowing; documents are read into memory anyway.
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-size must be between 1 and " + MAX_SIZE_LIMIT_MB + " (MB, i.e. 1 TiB), not " + maxSizeMb);
        }
        BuildOptions options = new BuildOptions(inputs, outDir, n, force, failFast, maxSizeMb << 20);
        Toolkit toolkit = new Toolkit();
        BuildFingerprint fingerprint = BuildSetup.fingerprint(pdfOptions);
        List<DocumentStep> steps = BuildSetup.steps(toolkit, pdfOptions);
        ConsoleReporter reporter = new ConsoleReporter(ConsoleReporter.detect(quiet), System.out, System.err);
        BuildSummary summary;
        try {
            summary = new BuildPipeline(toolkit, steps, fingerprint, options, reporter).run();
        } catch (ProblemException e) {
            e.problems().forEach(p -> System.err.println(ProblemFormatter.gnu(p)));
            return ExitCodes.USAGE_OR_IO;
        }
        if (summary.setupErrors() > 0) {
            return ExitCodes.USAGE_OR_IO;
        }
        return summary.anyDocumentErrors() ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }
}
