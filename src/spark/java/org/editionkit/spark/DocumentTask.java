package org.editionkit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.editionkit.build.BuildOptions;
import org.editionkit.build.BuildSetup;
import org.editionkit.build.Discovery;
import org.editionkit.build.DocumentBuild;
import org.editionkit.build.DocumentResult;
import org.editionkit.build.ManifestEntry;
import org.editionkit.core.Toolkit;
import org.editionkit.io.OutputDirectory;
import org.editionkit.pdf.PdfOptions;

/**
 * The executor's side: builds the documents of one partition with {@link DocumentBuild}, the
 * code of {@code edition build}. The toolkit (compiled stylesheets, schema, FOP and its fonts)
 * is made once per executor JVM and shared by its task threads, as edition build shares it
 * between its workers. Each document's source is copied from the Hadoop file system into the
 * attempt's scratch directory (keeping its modification time, which the incremental check
 * reads), built there, and its outputs published by {@link HadoopOutputStore}.
 */
final class DocumentTask {
    /**
     * One document to build (a {@link Discovery.Source}, whose java.nio path does not serialise):
     * its Hadoop path, file name, display name, NAME, and its entry in the previous manifest or null.
     */
    record Doc(String uri, String fileName, String displayName, String name, ManifestEntry previous) implements Serializable {
    }

    /** As edition build's workers: deep but legal nesting must not overflow the recursive stylesheets. */
    private static final long STACK_BYTES = 64L << 20;

    private static final Object LOCK = new Object();
    private static String builtFor;
    private static DocumentBuild shared;

    private DocumentTask() {
    }

    /** The executor's document build for {@code job}, made on first use. */
    static DocumentBuild documentBuild(SparkJob job) {
        String key = job.buildHash() + "|" + job.force() + "|" + job.maxInputBytes();
        synchronized (LOCK) {
            if (shared == null || !key.equals(builtFor)) {
                Toolkit toolkit = new Toolkit();
                BuildOptions options = new BuildOptions(List.of(), java.nio.file.Path.of("."), 1, job.force(), false,
                        job.maxInputBytes());
                shared = new DocumentBuild(toolkit, BuildSetup.steps(toolkit, PdfOptions.defaults()), job.buildHash(), options, false);
                builtFor = key;
            }
            return shared;
        }
    }

    /** Builds one partition's documents; the results go back to the driver. */
    static Iterator<DocumentResult> run(SparkJob job, Iterator<Doc> docs) throws IOException {
        TaskContext task = TaskContext.get();
        String attempt = task == null ? "local" : task.stageId() + "-" + task.partitionId() + "-" + task.attemptNumber();
        boolean firstAttempt = task == null || task.attemptNumber() == 0;
        DocumentBuild build = documentBuild(job);
        Configuration conf = new Configuration();
        Path outDir = new Path(job.output());
        FileSystem outFs = HadoopFiles.fileSystem(outDir, conf);
        // In local mode the executor is the driver's JVM, which holds edition build's ledger of a local output directory.
        org.apache.spark.SparkEnv env = org.apache.spark.SparkEnv.get();
        OutputDirectory ledger = "file".equals(outFs.getUri().getScheme()) && env != null && "driver".equals(env.executorId())
                ? OutputDirectory.of(java.nio.file.Path.of(outFs.makeQualified(outDir).toUri())) : null;
        java.nio.file.Path scratch = Files.createTempDirectory("edition-spark-" + attempt + "-");
        List<DocumentResult> results = new ArrayList<>();
        // One output directory per attempt, not per document: the toolkit remembers every directory it wrote to.
        java.nio.file.Path outScratch = Files.createDirectories(scratch.resolve("out"));
        try {
            int i = 0;
            while (docs.hasNext()) {
                Doc doc = docs.next();
                java.nio.file.Path dir = Files.createDirectories(scratch.resolve(Integer.toString(i++)));
                java.nio.file.Path local = fetch(doc, dir, conf, job.maxInputBytes());
                Runnable crashPoint = firstAttempt && doc.name().equals(job.crashFirstAttemptOf())
                        ? () -> { throw new InjectedCrash(doc.name()); } : () -> { };
                HadoopOutputStore store = new HadoopOutputStore(outFs, outDir, outScratch, attempt, crashPoint, ledger);
                results.add(onBigStack(() -> build.build(new Discovery.Source(local, doc.displayName(), doc.name()), doc.previous(), store)));
                deleteTree(dir);
            }
        } finally {
            deleteTree(scratch);
        }
        return results.iterator();
    }

    /**
     * The source as a local file. A file: source is read where it is, as edition build reads it
     * (relative references such as its xml-model schema resolve as they do there). Any other is
     * copied with its name, size and modification time, or not at all when it is gone (the build
     * then reports it as edition build does); a file over the size limit becomes an empty file of
     * its size, which the build refuses without reading.
     */
    private static java.nio.file.Path fetch(Doc doc, java.nio.file.Path dir, Configuration conf, long maxBytes) throws IOException {
        Path remote = new Path(doc.uri());
        FileSystem fs = HadoopFiles.fileSystem(remote, conf);
        if ("file".equals(fs.getUri().getScheme())) {
            return java.nio.file.Path.of(remote.toUri());
        }
        Files.createDirectories(dir);
        java.nio.file.Path local = dir.resolve(doc.fileName());
        FileStatus status;
        try {
            status = fs.getFileStatus(remote);
        } catch (java.io.FileNotFoundException e) {
            return local;
        }
        if (!status.isFile()) {
            Files.createDirectories(local);
            return local;
        }
        if (status.getLen() > maxBytes) {
            try (RandomAccessFile sparse = new RandomAccessFile(local.toFile(), "rw")) {
                sparse.setLength(status.getLen());
            }
        } else {
            try (InputStream in = fs.open(remote)) {
                Files.copy(in, local);
            }
        }
        Files.setLastModifiedTime(local, FileTime.fromMillis(status.getModificationTime()));
        return local;
    }

    /** Runs {@code work} on a thread with edition build's worker stack; what it throws is thrown here. */
    private static DocumentResult onBigStack(java.util.function.Supplier<DocumentResult> work) {
        AtomicReference<DocumentResult> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "edition-spark-document", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            // The task was killed (a speculative copy lost, the job cancelled): stop with it.
            t.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Throwable e = thrown.get();
        if (e instanceof Error error) {
            throw error;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
        return result.get();
    }

    private static void deleteTree(java.nio.file.Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (java.nio.file.Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The failure tests inject: escapes the document build (which reports any Exception) and fails the task. */
    static final class InjectedCrash extends Error {
        InjectedCrash(String name) {
            super("injected crash of the first attempt of " + name);
        }
    }
}
