package org.editionkit.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.editionkit.build.BuildOptions;
import org.editionkit.build.BuildSummary;
import org.editionkit.build.ConsoleReporter;
import org.editionkit.cli.ExitCodes;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code edition-spark}: {@code edition build} on Spark. Under spark-submit the master is the
 * one spark-submit was given; run directly ({@code ./edition build --engine spark}) the engine
 * is embedded, {@code local[*]} unless {@code --master} says otherwise.
 */
@Command(name = "edition-spark", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Builds a corpus on Apache Spark, as edition build does on one machine.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every document built or unchanged",
            "1:a document has errors",
            "2:usage or I/O error"
        })
public final class SparkMain implements Callable<Integer> {
    @Parameters(paramLabel = "IN", arity = "0..*",
            description = "TEI files or directories (Hadoop paths: file:, hdfs:, s3a:; default: tei).")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output directory, a Hadoop path (default: dist).")
    String output = "dist";

    @Option(names = "--force", description = "Rebuild every document, even unchanged ones.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
    boolean quiet;

    @Option(names = "--max-size", paramLabel = "MB", description = "Refuse documents larger than this (default: ${DEFAULT-VALUE} MB).")
    long maxSizeMb = BuildOptions.DEFAULT_MAX_INPUT_BYTES >> 20;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master when not run by spark-submit (default: local[*], every core of this machine).")
    String master;

    @Override
    public Integer call() throws Exception {
        SparkConf conf = new SparkConf().setAppName("edition build");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        ConsoleReporter reporter = new ConsoleReporter(ConsoleReporter.detect(quiet), System.out, System.err);
        BuildSummary summary;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            summary = new SparkBuild(inputs.isEmpty() ? List.of("tei") : inputs, output, force, maxSizeMb << 20, null)
                    .run(spark, reporter);
        } catch (ProblemException e) {
            e.problems().forEach(p -> System.err.println(ProblemFormatter.gnu(p)));
            return ExitCodes.USAGE_OR_IO;
        }
        if (summary.setupErrors() > 0) {
            return ExitCodes.USAGE_OR_IO;
        }
        return summary.anyDocumentErrors() ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
    }

    public static void main(String[] args) {
        if (System.getProperty("spark.master") == null && System.getProperty("log4j2.configurationFile") == null) {
            // Run directly, not by spark-submit: Spark's INFO lines would bury the build's report.
            System.setProperty("log4j2.configurationFile", "org/editionkit/spark/log4j2-local.properties");
        }
        System.exit(new CommandLine(new SparkMain()).execute(args));
    }
}
