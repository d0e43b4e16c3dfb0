package org.editionkit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.editionkit.build.OutputNames;

/**
 * The Spark local run beside {@code edition build}: both as new processes into an empty
 * directory with the same cores, JVM start included, so the difference is what the embedded
 * engine costs (its start, task scheduling, copying every source and output through Hadoop's
 * file system API). edition-spark.jar, Spark's class path (target/spark-classpath.txt) and the
 * JVM options (src/spark/java-options) are found beside the jar; without them the rows are skipped.
 */
final class SparkPhase {
    private final Path jar;
    private final Subprocess child;
    private final PrintStream log;

    SparkPhase(Path jar, Subprocess child, PrintStream log) {
        this.jar = jar;
        this.child = child;
        this.log = log;
    }

    void measure(int n, int jobs, List<Path> docs, Path corpus, Path work, Path buildOut, BenchResults results) throws IOException {
        Path dir = jar.toAbsolutePath().getParent();
        Path sparkJar = dir.resolve("edition-spark.jar");
        Path classpath = dir.resolve("spark-classpath.txt");
        Path javaOptions = dir.resolveSibling("src/spark/java-options");
        if (!Files.isRegularFile(sparkJar) || !Files.isRegularFile(classpath) || !Files.isRegularFile(javaOptions)) {
            results.skip("N = " + n + ": build-spark not run (" + sparkJar + ", " + classpath + " or " + javaOptions + " is missing)");
            return;
        }
        Path jvmOut = Benchmark.fresh(work.resolve("build-jvm-" + n));
        Subprocess.Run plain = child.edition("build", corpus.toString(), "-o", jvmOut.toString(), "--jobs", Integer.toString(jobs),
                "--quiet");
        results.phase(n, new PhaseResult("build-jvm", n, jobs, plain.millis(), 0, 0, plain.exitCode() == 0 ? 0 : n,
                "java -jar edition.jar build --jobs " + jobs + " into an empty directory, JVM start included (heap not measured)"));
        Path sparkOut = Benchmark.fresh(work.resolve("build-spark-" + n));
        List<String> args = new ArrayList<>();
        Files.readAllLines(javaOptions, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(args::add);
        args.addAll(List.of("-cp", sparkJar + java.io.File.pathSeparator + jar.toAbsolutePath() + java.io.File.pathSeparator
                + dir.resolve("lib") + "/*" + java.io.File.pathSeparator + Files.readString(classpath).strip(),
                "org.editionkit.spark.SparkMain", "--master", "local[" + jobs + "]", "--quiet", corpus.toString(),
                "-o", sparkOut.toString()));
        Subprocess.Run spark = child.java(args);
        List<String> names = docs.stream().map(OutputNames::sanitise).toList();
        OutputCheck.Result same = OutputCheck.compare(names, sparkOut, buildOut, OutputCheck.ALL_KINDS);
        double overhead = 100.0 * (spark.millis() - plain.millis()) / Math.max(1, plain.millis());
        String note = String.format(java.util.Locale.ROOT, "edition-spark local[%d] into an empty directory, JVM start included;"
                + " %+.1f %% against build-jvm; outputs equal to edition build's: %s", jobs, overhead,
                same.allEqual() ? "all" : same.differences().size() + " differences, first " + same.differences().get(0));
        results.phase(n, new PhaseResult("build-spark", n, jobs, spark.millis(), 0, 0, spark.exitCode() == 0 && same.allEqual() ? 0 : n,
                note));
        log.printf("N = %d: build-jvm %d ms, build-spark %d ms (%+.1f %%)%n", n, plain.millis(), spark.millis(), overhead);
    }
}
