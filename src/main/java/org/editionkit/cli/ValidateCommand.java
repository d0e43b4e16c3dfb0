package org.editionkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.editionkit.build.Discovery;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.core.Toolkit;
import org.editionkit.validate.SchemaLoadException;
import org.editionkit.validate.Validator;
import org.editionkit.validate.ValidatorConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edition validate}: RELAX NG + Schematron for each TEI file, every problem located. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Checks TEI files against the RELAX NG schema and the Schematron rules.",
        description = {
            "Checks well-formedness, the RELAX NG schema (Jing) and the Schematron rules (SchXslt2). Each file is "
                + "checked against the schemas its <?xml-model?> instructions name (local files only), otherwise "
                + "against the project's tei/schema/edition.rng and tei/schema/edition.sch.",
            "Every problem is printed as path:line:column: error|warning: message; a summary goes to stderr."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  edition validate                         # every *.xml under tei/",
            "  edition validate tei/1957-04-04-pimenov-note.xml --format json",
            "  edition validate --schema ../shared/schema/tei_all.rng tei/"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file is valid (warnings may have been printed)",
            "1:at least one file is invalid or not well-formed",
            "2:usage or I/O error: bad option, missing or unreadable file, broken schema"})
final class ValidateCommand implements Callable<Integer> {

    enum Format { gnu, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
            description = "TEI files, or directories searched recursively for *.xml (schema/ folders and hidden entries are skipped). Default: tei/.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--schema", paramLabel = "FILE", description = "RELAX NG schema (.rng or .rnc) to use instead of any other")
    Path schema;

    @Option(names = "--schematron", paramLabel = "FILE", description = "Schematron schema (.sch, queryBinding xslt3) to use instead of any other")
    Path schematron;

    @Option(names = "--format", paramLabel = "gnu|json", defaultValue = "gnu",
            description = "Output format: gnu (path:line:column: severity: message, default) or json (an array of problems)")
    Format format;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only: no warnings, no summary")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> roots = inputs.isEmpty() ? List.of(Path.of("tei")) : inputs;
        // The same search as build, html, pdf and export (no output directory to leave out here).
        Discovery.Listing listing = Discovery.files(roots, null);
        List<Path> files = listing.files();
        listing.problems().forEach(p -> err.println(ProblemFormatter.gnu(p)));
        boolean ioFailure = !listing.problems().isEmpty();
        if (files.isEmpty()) {
            err.println("edition validate: no TEI files found; nothing checked");
            return ExitCodes.USAGE_OR_IO;
        }
        Validator validator;
        try {
            ValidatorConfig config = ValidatorConfig.defaults();
            config = schema == null ? config : config.withSchema(schema);
            config = schematron == null ? config : config.withSchematron(schematron);
            validator = Validator.create(new Toolkit(), config);
        } catch (SchemaLoadException e) {
            e.problems().forEach(p -> err.println(ProblemFormatter.gnu(p)));
            err.println("edition validate: cannot use the schema; nothing was checked");
            return ExitCodes.USAGE_OR_IO;
        }
        // Files are independent and the validator is thread-safe; the ordered stream keeps output stable.
        List<List<Problem>> results = files.parallelStream()
                .map(f -> validator.validate(f, f.toString()))
                .toList();
        List<Problem> shown = new ArrayList<>();
        int errors = 0;
        int warnings = 0;
        int filesWithProblems = 0;
        for (int i = 0; i < files.size(); i++) {
            List<Problem> problems = results.get(i);
            filesWithProblems += problems.isEmpty() ? 0 : 1;
            ioFailure |= problems.stream().anyMatch(p -> p.isError() && p.line() == 0 && unreadable(p));
            for (Problem p : problems) {
                if (p.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
                if (p.isError() || !quiet) {
                    shown.add(p);
                }
            }
        }
        if (format == Format.json) {
            out.println(ProblemFormatter.json(shown));
        } else {
            shown.forEach(p -> out.println(ProblemFormatter.gnu(p)));
        }
        out.flush();
        if (!quiet) {
            String missing = listing.problems().isEmpty() ? ""
                    : "; " + plural(listing.problems().size(), "input") + " not found or unreadable (above)";
            err.println(summary(files.size(), errors, warnings, filesWithProblems) + missing);
        }
        if (ioFailure) {
            return ExitCodes.USAGE_OR_IO;
        }
        return errors > 0 ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }

    private static boolean unreadable(Problem p) {
        return p.message().equals("no such file") || p.message().equals("permission denied")
                || p.message().equals("not a regular file") || p.message().startsWith("cannot read");
    }

    static String summary(int files, int errors, int warnings, int filesWithProblems) {
        String checked = files + (files == 1 ? " file" : " files") + " checked";
        if (errors == 0) {
            return checked + ": valid" + (warnings == 0 ? "" : " (" + plural(warnings, "warning") + ")");
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning") + " in "
                + plural(filesWithProblems, "file") + " (" + checked + ")";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
