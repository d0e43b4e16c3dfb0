package org.editionkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.editionkit.bench.CorpusGenerator;
import org.editionkit.bench.OutputCheck;
import org.editionkit.build.BuildOptions;
import org.editionkit.build.Manifest;
import org.editionkit.build.ManifestEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against a standalone cluster of its own: a master and a worker, each a JVM
 * started from the Spark jars on this test's class path, bound to the loopback interface; the
 * worker starts the executor as a third JVM. The documents are built there, not in this JVM.
 */
class StandaloneClusterTest {
    private static final Path PROJECT = Path.of(System.getProperty("edition.projectDir", "."));

    @TempDir
    Path work;

    @Test
    void aMasterAndAWorkerInOtherProcessesBuildTheCorpus() throws Exception {
        Path corpus = work.resolve("corpus");
        List<Path> docs = CorpusGenerator.of(PROJECT.resolve("tei/1957-04-04-pimenov-note.xml")).generate(2, corpus);
        // An executor's working directory is not the project: the schema goes beside the documents, named relatively.
        Path schema = Files.createDirectories(corpus.resolve("schema"));
        try (var files = Files.list(PROJECT.resolve("tei/schema"))) {
            for (Path f : files.toList()) {
                Files.copy(f, schema.resolve(f.getFileName()));
            }
        }
        for (Path doc : docs) {
            Files.writeString(doc, Files.readString(doc).replaceAll("href=\"file:[^\"]*/schema/", "href=\"schema/"));
        }
        // The worker builds an executor's class path from SPARK_HOME/jars; the classes come from extraClassPath.
        Path sparkHome = Files.createDirectories(work.resolve("spark-home/jars")).getParent();
        int masterPort = freePort();
        List<Process> cluster = new ArrayList<>();
        try {
            cluster.add(start(sparkHome, "master", "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(freePort())));
            String master = "spark://127.0.0.1:" + masterPort;
            cluster.add(start(sparkHome, "worker", "org.apache.spark.deploy.worker.Worker", master,
                    "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", Integer.toString(freePort()),
                    "--work-dir", Files.createDirectories(work.resolve("worker")).toString()));
            SparkConf conf = new SparkConf().setMaster(master).setAppName("edition-spark-standalone-test")
                    .set("spark.driver.host", "127.0.0.1")
                    .set("spark.driver.bindAddress", "127.0.0.1")
                    .set("spark.ui.enabled", "false")
                    .set("spark.executor.memory", "1g")
                    .set("spark.cores.max", "1")
                    .set("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                    .set("spark.executor.extraJavaOptions", "-Xss64m");
            Path out = work.resolve("out");
            try (JavaSparkContext spark = new JavaSparkContext(conf)) {
                var listener = new SparkBuildTest.Listener();
                new SparkBuild(List.of(corpus.toString()), out.toString(), false, BuildOptions.DEFAULT_MAX_INPUT_BYTES, null)
                        .run(spark, listener);
                assertFalse(spark.sc().getExecutorIds().isEmpty(), "executors of the cluster, not of this JVM");
                assertEquals(2, listener.summary.built(), listener.results().reports().toString());
            }
            var entries = Manifest.read(out);
            assertEquals(2, entries.size());
            for (ManifestEntry e : entries.values()) {
                assertEquals(List.of("html", "pdf", "tei"), e.outputs().stream().map(ManifestEntry.OutputFile::kind).toList());
                byte[] pdf = Files.readAllBytes(out.resolve(e.name() + ".pdf"));
                assertTrue(OutputCheck.normalisePdf(pdf).startsWith("%PDF-"), e.name());
            }
            assertEquals(Files.readString(docs.get(0)), Files.readString(out.resolve(docs.get(0).getFileName())));
        } finally {
            for (int i = cluster.size() - 1; i >= 0; i--) {
                stop(cluster.get(i));
            }
        }
    }

    private Process start(Path sparkHome, String role, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        for (String line : Files.readAllLines(PROJECT.resolve("src/spark/java-options"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                command.add(line.strip());
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(role + ".log").toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        return pb.start();
    }

    /** Ends a cluster process and what it started (the worker's executor). */
    private static void stop(Process p) throws InterruptedException {
        List<ProcessHandle> children = p.descendants().toList();
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        for (ProcessHandle c : children) {
            c.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
