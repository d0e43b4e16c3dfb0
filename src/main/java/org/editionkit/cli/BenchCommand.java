package org.editionkit.cli;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.editionkit.bench.BenchResults;
import org.editionkit.bench.Benchmark;
import org.editionkit.io.AtomicOutput;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code edition bench}: corpus-scale throughput, heap, rebuilds, and the naive one-JVM-per-document way. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Benchmarks the toolkit on synthetic corpora derived from the master.",
        description = {
            "Measures cold start, validate, collate, HTML, PDF (with its layout passes, and in one pass for "
                + "comparison) and build throughput, heap, --force against a no-op rebuild and the naive "
                + "one-JVM-per-document way, edition build against the same build on an embedded Spark (build-jvm, "
                + "build-spark: new processes; needs edition-spark.jar beside the jar), validate and HTML of one "
                + "document of 100,000 paragraphs, one book (edition volume) of 120 documents, and checks that "
                + "the outputs equal a normal build's. Prints a table and writes it as JSON.",
            "--sizes 100,1000 takes about 15 minutes on 2 cores; --quick is a smoke test."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:measured; every document built and every output equal to a normal build",
            "1:a document failed or an output differs from a normal build (figures still written)",
            "2:usage or I/O error"
        })
final class BenchCommand implements Callable<Integer> {
    static final Path DEFAULT_MASTER = Path.of("tei/1957-04-04-pimenov-note.xml");

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Corpus sizes (default: 100,1000).")
    List<Integer> sizes;

    @Option(names = "--quick", description = "Smoke test: one corpus of 20 documents, one cold run, a naive sample of 3.")
    boolean quick;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Threads for the all-cores phases (default: the number of cores).")
    Integer jobs;

    @Option(names = "--json", paramLabel = "FILE", description = "Where the JSON report goes (default: ${DEFAULT-VALUE}).")
    Path json = Path.of("target/bench/bench.json");

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Corpora and outputs (default: ${DEFAULT-VALUE}); its bench folders are replaced.")
    Path workDir = Path.of("target/bench/work");

    @Option(names = "--naive-sample", paramLabel = "N",
            description = "Documents built one JVM each for the naive comparison (default: 20, --quick: 3; 0 skips it).")
    Integer naiveSample;

    @Option(names = "--jobs1-max", paramLabel = "N",
            description = "Run the --jobs 1 build only for corpora up to N documents (default: ${DEFAULT-VALUE}; it is the slowest phase).")
    int jobs1Max = 100;

    @Option(names = "--master", paramLabel = "FILE", description = "The TEI the corpora are derived from (default: ${DEFAULT-VALUE}).")
    Path master = DEFAULT_MASTER;

    @Option(names = "--jar", paramLabel = "FILE",
            description = "edition.jar for the child processes (default: the running jar, else target/edition.jar).")
    Path jar;

    @Option(names = "--volume-only", description = "Measure only the volume phase (one book of 120 generated documents).")
    boolean volumeOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Integer> n = sizes != null ? sizes : quick ? List.of(20) : List.of(100, 1000);
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        int sample = naiveSample != null ? naiveSample : quick ? 3 : 20;
        if (threads < 1 || sample < 0 || n.isEmpty() || n.stream().anyMatch(s -> s < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--sizes and --jobs must be at least 1, --naive-sample at least 0");
        }
        if (!Files.isRegularFile(master)) {
            System.err.println(master + ": error: no such file (run from the project directory or give --master)");
            return ExitCodes.USAGE_OR_IO;
        }
        Benchmark.Options options = new Benchmark.Options(master, n, threads, workDir, sample, jar != null ? jar : defaultJar(), quick,
                jobs1Max, volumeOnly);
        BenchResults results = new Benchmark(options, args -> EditionCommand.commandLine().execute(args), System.out, this::write).run();
        String table = write(results);
        System.out.println();
        System.out.print(table);
        System.out.println("written: " + json + " and " + textFile());
        return results.outputsEqual() && results.noFailures() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }

    /** Writes the JSON report and the table beside it (as FILE.txt); returns the table. */
    private String write(BenchResults results) {
        String table = results.table();
        try {
            Files.createDirectories(json.toAbsolutePath().getParent());
            AtomicOutput.write(json, results.json().getBytes(StandardCharsets.UTF_8));
            AtomicOutput.write(textFile(), table.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("cannot write " + json + ": " + e.getMessage(), e);
        }
        return table;
    }

    private Path textFile() {
        String file = json.getFileName().toString();
        return json.resolveSibling((file.endsWith(".json") ? file.substring(0, file.length() - 5) : file) + ".txt");
    }

    /** The jar this command runs from, so the child processes run the same code; else the project's build. */
    private static Path defaultJar() {
        try {
            Path self = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(self) && self.toString().endsWith(".jar")) {
                return self;
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the conventional location
        }
        return Path.of("target/edition.jar");
    }
}
