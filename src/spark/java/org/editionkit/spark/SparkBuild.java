package org.editionkit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.editionkit.build.BuildFingerprint;
import org.editionkit.build.BuildListener;
import org.editionkit.build.BuildSetup;
import org.editionkit.build.BuildSummary;
import org.editionkit.build.DocumentResult;
import org.editionkit.build.DocumentStep;
import org.editionkit.build.IndexPage;
import org.editionkit.build.Manifest;
import org.editionkit.build.ManifestEntry;
import org.editionkit.core.Problem;
import org.editionkit.core.Severity;
import org.editionkit.core.Toolkit;
import org.editionkit.io.OutputDirectory;
import org.editionkit.pdf.PdfOptions;

/**
 * The driver of a corpus build on Spark: finds the documents, reads the previous manifest,
 * sends one task per slice of documents to the executors ({@link DocumentTask}), gathers their
 * manifest entries and writes {@code index.html} and {@code manifest.json} as
 * {@code edition build} does. On a local output directory it also takes edition build's lock
 * and ledger, so the two can take turns on one directory.
 */
public final class SparkBuild {
    /** Slices per executor core: documents differ in size, so small slices keep every core busy to the end. */
    private static final int SLICES_PER_CORE = 4;

    private final List<String> inputs;
    private final String output;
    private final boolean force;
    private final long maxInputBytes;
    private final String crashFirstAttemptOf;

    /** Documents under {@code inputs} (Hadoop paths, files or directories) into {@code output}. */
    public SparkBuild(List<String> inputs, String output, boolean force, long maxInputBytes, String crashFirstAttemptOf) {
        this.inputs = List.copyOf(inputs);
        this.output = output;
        this.force = force;
        this.maxInputBytes = maxInputBytes;
        this.crashFirstAttemptOf = crashFirstAttemptOf;
    }

    /** Runs the build on {@code spark}; problems before any document (unwritable output) are thrown. */
    public BuildSummary run(JavaSparkContext spark, BuildListener listener) throws Exception {
        long start = System.nanoTime();
        Configuration conf = spark.hadoopConfiguration();
        Path outDir = new Path(output);
        FileSystem outFs = HadoopFiles.fileSystem(outDir, conf);
        outDir = outFs.makeQualified(outDir);
        HadoopFiles.Found found = HadoopFiles.discover(inputs, outDir.toString(), conf);
        listener.setupProblems(found.problems());
        int setupErrors = (int) found.problems().stream().filter(Problem::isError).count();
        if (found.sources().isEmpty()) {
            BuildSummary nothing = new BuildSummary(0, 0, 0, 0, 0, 0, 0, setupErrors, millisSince(start));
            listener.end(nothing);
            return nothing;
        }
        PdfOptions pdfOptions = PdfOptions.defaults();
        BuildFingerprint fingerprint = BuildSetup.fingerprint(pdfOptions);
        List<DocumentStep> steps = BuildSetup.steps(new Toolkit(), pdfOptions);
        boolean local = "file".equals(outFs.getUri().getScheme());
        outFs.mkdirs(outDir);
        OutputDirectory ledger = local ? OutputDirectory.of(java.nio.file.Path.of(outDir.toUri())) : null;
        int[] counts = new int[DocumentResult.Outcome.values().length];
        long warnings = 0;
        try (OutputDirectory.Hold hold = ledger == null ? null : ledger.hold(force, System.err::println)) {
            HadoopFiles.sweep(outFs, outDir);
            Map<String, ManifestEntry> previous = readManifest(outFs, outDir);
            if (!Manifest.consistent(previous, steps)) {
                previous = Map.of();
            }
            if (ledger != null) {
                refuseForeignFiles(ledger, found, steps);
            }
            Map<String, ManifestEntry> entries = new HashMap<>();
            for (ManifestEntry e : previous.values()) {
                ManifestEntry kept = kept(e, outFs, outDir, ledger, conf);
                if (kept != null) {
                    entries.put(e.name(), kept);
                }
            }
            List<DocumentTask.Doc> docs = new ArrayList<>();
            for (int i = 0; i < found.sources().size(); i++) {
                var s = found.sources().get(i);
                docs.add(new DocumentTask.Doc(found.uris().get(i), new Path(found.uris().get(i)).getName(), s.displayName(), s.name(),
                        previous.get(s.name())));
            }
            SparkJob job = new SparkJob(outDir.toString(), fingerprint.hash(), force, maxInputBytes, crashFirstAttemptOf);
            int slices = Math.max(1, Math.min(docs.size(), spark.defaultParallelism() * SLICES_PER_CORE));
            listener.begin(docs.size());
            List<DocumentResult> results = spark.parallelize(docs, slices)
                    .mapPartitions(part -> DocumentTask.run(job, part))
                    .collect();
            for (DocumentResult r : results) {
                listener.documentStarted(r.displayName());
                entries.put(r.entry().name(), r.entry());
                counts[r.outcome().ordinal()]++;
                warnings += r.count(Severity.WARNING);
                listener.documentFinished(r);
            }
            // Attempts that died (or lost to a speculative copy) may have left temporary files.
            HadoopFiles.sweep(outFs, outDir);
            boolean unchanged = entries.equals(previous) && outFs.isFile(new Path(outDir, IndexPage.FILE))
                    && outFs.isFile(new Path(outDir, Manifest.FILE));
            if (!unchanged) {
                List<ManifestEntry> all = new ArrayList<>(entries.values());
                HadoopFiles.write(outFs, outDir, IndexPage.FILE, IndexPage.render(all).getBytes(StandardCharsets.UTF_8));
                HadoopFiles.write(outFs, outDir, Manifest.FILE, Manifest.render(fingerprint, all).getBytes(StandardCharsets.UTF_8));
            }
            if (ledger != null) {
                adoptOutputs(ledger, results);
            }
        }
        BuildSummary summary = summary(found.sources().size(), counts, warnings, setupErrors, millisSince(start));
        listener.end(summary);
        return summary;
    }

    private static BuildSummary summary(int documents, int[] counts, long warnings, int setupErrors, long millis) {
        int built = counts[DocumentResult.Outcome.BUILT.ordinal()];
        int skipped = counts[DocumentResult.Outcome.SKIPPED.ordinal()];
        int invalid = counts[DocumentResult.Outcome.INVALID.ordinal()] + counts[DocumentResult.Outcome.UNCHANGED_WITH_ERRORS.ordinal()];
        int failed = counts[DocumentResult.Outcome.FAILED.ordinal()];
        return new BuildSummary(documents, built, skipped, invalid, failed, 0, warnings, setupErrors, millis);
    }

    private static Map<String, ManifestEntry> readManifest(FileSystem fs, Path outDir) throws IOException {
        Path file = new Path(outDir, Manifest.FILE);
        try {
            FileStatus status = fs.getFileStatus(file);
            if (!status.isFile() || status.getLen() > Manifest.MAX_BYTES) {
                return Map.of();
            }
            try (InputStream in = fs.open(file)) {
                return Manifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (java.io.FileNotFoundException e) {
            return Map.of();
        }
    }

    /** As edition build: an earlier entry stays while its source exists, listing only outputs still ours. */
    private static ManifestEntry kept(ManifestEntry e, FileSystem outFs, Path outDir, OutputDirectory ledger, Configuration conf) {
        try {
            Path source = new Path(e.source());
            if (!HadoopFiles.fileSystem(source, conf).isFile(source)) {
                return null;
            }
            List<ManifestEntry.OutputFile> ours = new ArrayList<>();
            for (ManifestEntry.OutputFile o : e.outputs()) {
                if (ledger != null ? ledger.isOurs(o.file()) : outFs.isFile(new Path(outDir, o.file()))) {
                    ours.add(o);
                }
            }
            return ours.size() == e.outputs().size() ? e : new ManifestEntry(e.name(), e.source(), e.info(), e.status(), e.errors(),
                    e.warnings(), e.inputSha256(), e.inputSize(), e.inputModified(), e.buildHash(), ours);
        } catch (IOException | IllegalArgumentException ex) {
            return null;
        }
    }

    /** As edition build: nothing is replaced that the toolkit did not write, unless --force. */
    private void refuseForeignFiles(OutputDirectory ledger, HadoopFiles.Found found, List<DocumentStep> steps) throws Exception {
        List<String> names = new ArrayList<>(List.of(IndexPage.FILE, Manifest.FILE));
        for (var source : found.sources()) {
            for (DocumentStep step : steps) {
                String file = step.outputFile(source.name());
                if (file != null) {
                    names.add(file);
                }
            }
        }
        List<Problem> refusals = new ArrayList<>();
        for (String name : names) {
            Problem refusal = ledger.refusal(name, new Path(output, name).toString());
            if (refusal != null) {
                refusals.add(refusal);
            }
        }
        if (!refusals.isEmpty()) {
            throw new org.editionkit.core.ProblemException(refusals);
        }
    }

    /** Records what the executors wrote (and the index and manifest) in edition build's ledger. */
    private static void adoptOutputs(OutputDirectory ledger, List<DocumentResult> results) throws IOException {
        ledger.adopt(IndexPage.FILE);
        ledger.adopt(Manifest.FILE);
        for (DocumentResult r : results) {
            for (ManifestEntry.OutputFile o : r.entry().outputs()) {
                ledger.adopt(o.file());
            }
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
