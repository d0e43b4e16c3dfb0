package org.editionkit.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link Benchmark} measured, collected as it goes; printed as a table ({@link #table}) and
 * written as JSON ({@link #json}). The targets of issue 6 are checked here.
 */
public final class BenchResults {
    static final long COLD_TARGET_MS = 3_000;
    static final long CORPUS_TARGET_MS = 60_000;
    static final long HEAP_TARGET_MIB = 1_024;
    static final long NOOP_TARGET_MS = 3_000;
    static final int TARGET_DOCUMENTS = 1_000;

    private final Benchmark.Options options;
    private final String started = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    private final List<String> notes = new ArrayList<>();
    private final List<Long> cold = new ArrayList<>();
    private final List<Long> coldLauncher = new ArrayList<>();
    private Long coldLauncherFirst;
    private final Map<String, Long> setup = new LinkedHashMap<>();
    private final Map<Integer, Long> generated = new TreeMap<>();
    private final Map<Integer, List<PhaseResult>> phases = new TreeMap<>();
    private final Map<Integer, Map<String, Object>> phaseChecks = new TreeMap<>();
    private Map<String, Object> naive;

    BenchResults(Benchmark.Options options) {
        this.options = options;
    }

    synchronized void skip(String note) {
        notes.add(note);
    }

    void coldStart(List<Long> runs) {
        cold.addAll(runs);
    }

    void coldStartLauncher(long firstRun, List<Long> runs) {
        coldLauncherFirst = firstRun;
        coldLauncher.addAll(runs);
    }

    void setup(long toolkit, long validator, long html, long pdf) {
        setup.put("toolkitMillis", toolkit);
        setup.put("validatorMillis", validator);
        setup.put("htmlRendererMillis", html);
        setup.put("pdfRendererMillis", pdf);
    }

    void generated(int n, long millis) {
        generated.put(n, millis);
    }

    void phase(int n, PhaseResult r) {
        phases.computeIfAbsent(n, k -> new ArrayList<>()).add(r);
    }

    /** The time of a phase measured at size n, 0 when it was not measured. */
    synchronized long millis(int n, String phase) {
        return phases.getOrDefault(n, List.of()).stream().filter(r -> r.phase().equals(phase))
                .mapToLong(PhaseResult::millis).findFirst().orElse(0);
    }

    /** The large-document case, kept apart from the corpus sizes (one document, not a corpus of N). */
    private final List<PhaseResult> large = new ArrayList<>();

    void largeDocument(PhaseResult r) {
        large.add(r);
    }

    void phaseOutputs(int n, OutputCheck.Result html, OutputCheck.Result pdf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("htmlPhaseEqualsBuild", check(html));
        m.put("pdfPhaseEqualsBuild", check(pdf));
        phaseChecks.put(n, m);
    }

    void naive(int sample, long millis, int failed, OutputCheck.Result check) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sample", sample);
        m.put("method", "java -jar edition.jar build FILE -o DIR, one process per document, sequentially,"
                + " on the first documents of the corpora (the same in every corpus)");
        m.put("totalMillis", millis);
        m.put("failed", failed);
        m.put("perDocumentMillis", (double) millis / sample);
        m.put("outputCheck", check(check));
        naive = m;
    }

    /**
     * The naive figures extrapolated to the largest corpus, and the one-JVM gain: naive time per
     * document over one-JVM time per document (build --jobs 1, and build with all cores).
     */
    private Map<String, Object> naiveWithGains() {
        if (naive == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>(naive);
        double perDoc = (Double) naive.get("perDocumentMillis");
        int largest = phases.isEmpty() ? 0 : ((TreeMap<Integer, List<PhaseResult>>) phases).lastKey();
        m.put("extrapolatedTo", largest);
        m.put("extrapolatedMillis", Math.round(perDoc * largest));
        PhaseResult jobs1 = largestWith("build-jobs1");
        PhaseResult all = largestWith("build-force");
        if (jobs1 != null) {
            double jobs1PerDoc = (double) jobs1.millis() / jobs1.documents();
            m.put("oneJvmJobs1PerDocumentMillis", jobs1PerDoc);
            m.put("oneJvmJobs1MeasuredOn", jobs1.documents());
            m.put("gainJobs1", perDoc / Math.max(1e-9, jobs1PerDoc));
        }
        if (all != null) {
            double allPerDoc = (double) all.millis() / all.documents();
            m.put("oneJvmAllCoresPerDocumentMillis", allPerDoc);
            m.put("oneJvmAllCoresMeasuredOn", all.documents());
            m.put("gainAllCores", perDoc / Math.max(1e-9, allPerDoc));
        }
        return m;
    }

    private static Map<String, Object> check(OutputCheck.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("compared", r.compared());
        m.put("equal", r.equal());
        if (r.equal().containsKey("html")) {
            m.put("htmlEqualIgnoringGeneratedIds", r.htmlEqualIgnoringGeneratedIds());
        }
        m.put("allEqual", r.allEqual());
        m.put("pdfMethod", OutputCheck.PDF_METHOD);
        m.put("differences", r.differences().subList(0, Math.min(20, r.differences().size())));
        return m;
    }

    /** The phase in the largest corpus that ran it (the --jobs 1 build may be limited to small corpora). */
    private PhaseResult largestWith(String phase) {
        PhaseResult found = null;
        for (int n : phases.keySet()) {
            found = find(n, phase) != null ? find(n, phase) : found;
        }
        return found;
    }

    private PhaseResult find(int n, String phase) {
        return phases.getOrDefault(n, List.of()).stream().filter(p -> p.phase().equals(phase)).findFirst().orElse(null);
    }

    /** Every output comparison that ran found equal files. */
    public boolean outputsEqual() {
        boolean phasesOk = phaseChecks.values().stream().allMatch(m -> m.values().stream()
                .allMatch(c -> Boolean.TRUE.equals(((Map<?, ?>) c).get("allEqual"))));
        boolean naiveOk = naive == null || Boolean.TRUE.equals(((Map<?, ?>) naive.get("outputCheck")).get("allEqual"));
        return phasesOk && naiveOk;
    }

    /** Every phase processed every document without errors. */
    public boolean noFailures() {
        return phases.values().stream().flatMap(List::stream).allMatch(p -> p.failed() == 0) && large.stream().allMatch(p -> p.failed() == 0)
                && (naive == null || ((Integer) naive.get("failed")) == 0);
    }

    /** What a user meets: the launcher's figure when it was measured, else plain {@code java -jar}. */
    private Long coldMedian() {
        return coldLauncher.isEmpty() ? median(cold) : median(coldLauncher);
    }

    private static Long median(List<Long> runs) {
        if (runs.isEmpty()) {
            return null;
        }
        List<Long> sorted = runs.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The targets against the figures; those not measured in this run say so. */
    private List<Map<String, Object>> targets() {
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(target("one document cold, JVM start included (median" + (coldLauncher.isEmpty() ? ", java -jar)" : ", ./edition)"),
                coldMedian(), COLD_TARGET_MS, "ms", null));
        int largest = phases.isEmpty() ? 0 : ((TreeMap<Integer, List<PhaseResult>>) phases).lastKey();
        PhaseResult force = find(largest, "build-force");
        PhaseResult noopJvm = find(largest, "build-noop-jvm");
        PhaseResult noop = noopJvm != null ? noopJvm : find(largest, "build-noop");
        String scaled = largest == TARGET_DOCUMENTS ? null
                : "measured on " + largest + " documents, scaled linearly to " + TARGET_DOCUMENTS;
        list.add(target(TARGET_DOCUMENTS + " documents HTML + PDF (full build, all cores)",
                force == null ? null : force.millis() * TARGET_DOCUMENTS / Math.max(1, largest), CORPUS_TARGET_MS, "ms", scaled));
        list.add(target("peak heap of that build (sum of pool peaks)", force == null ? null : force.heapPeakUsedMiB(),
                HEAP_TARGET_MIB, "MiB", largest == TARGET_DOCUMENTS ? null : "measured on " + largest + " documents"));
        list.add(target("no-op incremental rebuild of " + TARGET_DOCUMENTS + " documents"
                + (noopJvm != null ? " (JVM start included)" : " (in-process)"), noop == null ? null : noop.millis(),
                NOOP_TARGET_MS, "ms", largest == TARGET_DOCUMENTS ? null : "measured on " + largest + " documents, not scaled"));
        PhaseResult jvm = find(largest, "build-jvm");
        PhaseResult spark = find(largest, "build-spark");
        list.add(target("Spark local run against edition build, both new processes (overhead)",
                jvm == null || spark == null ? null : 100 * (spark.millis() - jvm.millis()) / Math.max(1, jvm.millis()),
                SPARK_OVERHEAD_PERCENT + 1, "%", "met at " + SPARK_OVERHEAD_PERCENT + " % or less; measured on " + largest
                        + " documents (target: 200)"));
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("target", "benchmark outputs equal the normal build's outputs");
        outputs.put("met", outputsEqual());
        list.add(outputs);
        return list;
    }

    /** The overhead target for the embedded Spark engine (issue 15). */
    static final long SPARK_OVERHEAD_PERCENT = 15;

    private static Map<String, Object> target(String name, Long value, long limit, String unit, String note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("target", name);
        m.put("value", value);
        m.put("limit", limit);
        m.put("unit", unit);
        m.put("met", value == null ? null : value < limit);
        if (note != null) {
            m.put("note", note);
        }
        if (value == null) {
            m.put("note", "not measured in this run");
        }
        return m;
    }

    private Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("maxHeapMiB", Runtime.getRuntime().maxMemory() >> 20);
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            m.put("physicalMemoryMiB", os.getTotalMemorySize() >> 20);
        }
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("jvmArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
        return m;
    }

    /** The whole report as JSON. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("tool", "edition bench");
        root.put("started", started);
        root.put("machine", machine());
        Map<String, Object> opts = new LinkedHashMap<>();
        opts.put("master", options.master().toString());
        opts.put("sizes", options.sizes());
        opts.put("jobs", options.jobs());
        opts.put("naiveSample", options.naiveSample());
        opts.put("quick", options.quick());
        opts.put("jobs1Max", options.jobs1Max());
        root.put("options", opts);
        root.put("heapMethod", "per phase: System.gc() and MemoryPoolMXBean.resetPeakUsage() before; heapPeakUsedMiB = sum of the heap"
                + " pools' peak usage (upper bound, includes uncollected garbage); heapAfterGcMiB = largest heap occupancy right after"
                + " any collection in the phase (GC notifications), 0 if none ran");
        Map<String, Object> coldMap = new LinkedHashMap<>();
        coldMap.put("method", "edition build MASTER -o EMPTY_DIR --quiet as a new process, wall clock, JVM start included");
        coldMap.put("runsMillis", cold);
        coldMap.put("medianMillis", median(cold));
        Map<String, Object> viaLauncher = new LinkedHashMap<>();
        viaLauncher.put("method", "bash ./edition (class-data sharing, C1 for small runs) with an empty XDG_CACHE_HOME: firstRunMillis"
                + " fills the user cache, runsMillis are the runs after it");
        viaLauncher.put("firstRunMillis", coldLauncherFirst);
        viaLauncher.put("runsMillis", coldLauncher);
        viaLauncher.put("medianMillis", median(coldLauncher));
        coldMap.put("launcher", viaLauncher);
        root.put("coldStart", coldMap);
        root.put("setup", setup);
        List<Map<String, Object>> sizes = new ArrayList<>();
        for (Map.Entry<Integer, List<PhaseResult>> e : phases.entrySet()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("documents", e.getKey());
            s.put("generateMillis", generated.get(e.getKey()));
            List<Map<String, Object>> list = new ArrayList<>();
            for (PhaseResult p : e.getValue()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("phase", p.phase());
                m.put("jobs", p.jobs());
                m.put("millis", p.millis());
                m.put("docsPerSecond", p.docsPerSecond());
                m.put("heapPeakUsedMiB", p.heapPeakUsedMiB());
                m.put("heapAfterGcMiB", p.heapAfterGcMiB());
                m.put("failed", p.failed());
                m.put("note", p.note());
                list.add(m);
            }
            s.put("phases", list);
            s.put("outputCheck", phaseChecks.get(e.getKey()));
            sizes.add(s);
        }
        root.put("sizes", sizes);
        root.put("largeDocument", large.stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phase", p.phase());
            m.put("millis", p.millis());
            m.put("heapPeakUsedMiB", p.heapPeakUsedMiB());
            m.put("heapAfterGcMiB", p.heapAfterGcMiB());
            m.put("failed", p.failed());
            m.put("note", p.note());
            return m;
        }).toList());
        root.put("naive", naiveWithGains());
        root.put("targets", targets());
        root.put("notes", notes);
        return JsonWriter.render(root);
    }

    /** The report as a plain-text table. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        Map<String, Object> machine = machine();
        sb.append(String.format(Locale.ROOT, "edition bench: %s cores, max heap %s MiB, %s%n", machine.get("cores"),
                machine.get("maxHeapMiB"), machine.get("java")));
        sb.append(String.format(Locale.ROOT, "cold start, java -jar edition.jar build master: %s%n",
                cold.isEmpty() ? "not measured" : "median " + median(cold) + " ms of " + cold));
        sb.append(String.format(Locale.ROOT, "cold start, ./edition build master: %s%n", coldLauncher.isEmpty() ? "not measured"
                : "first run (empty user cache) " + coldLauncherFirst + " ms, then median " + median(coldLauncher) + " ms of "
                        + coldLauncher));
        sb.append(String.format(Locale.ROOT, "set-up in one JVM (ms): %s%n", setup));
        sb.append(String.format(Locale.ROOT, "%n%6s  %-15s %4s %10s %8s %10s %9s %6s%n", "N", "phase", "jobs", "time ms",
                "docs/s", "heap peak", "after GC", "failed"));
        for (Map.Entry<Integer, List<PhaseResult>> e : phases.entrySet()) {
            for (PhaseResult p : e.getValue()) {
                sb.append(String.format(Locale.ROOT, "%6d  %-15s %4d %10d %8.1f %6d MiB %5d MiB %6d%n", p.documents(), p.phase(),
                        p.jobs(), p.millis(), p.docsPerSecond(), p.heapPeakUsedMiB(), p.heapAfterGcMiB(), p.failed()));
            }
        }
        for (PhaseResult p : large) {
            sb.append(String.format(Locale.ROOT, "large document: %-15s %10d ms  heap peak %d MiB, after GC %d MiB%s  (%s)%n", p.phase(),
                    p.millis(), p.heapPeakUsedMiB(), p.heapAfterGcMiB(), p.failed() == 0 ? "" : "  FAILED", p.note()));
        }
        Map<String, Object> nv = naiveWithGains();
        if (nv != null) {
            sb.append(String.format(Locale.ROOT, "%nnaive, one JVM per document: %s documents in %s ms = %.0f ms/document"
                    + " (extrapolated to %s documents: %s ms)%n", nv.get("sample"), nv.get("totalMillis"),
                    (Double) nv.get("perDocumentMillis"), nv.get("extrapolatedTo"), nv.get("extrapolatedMillis")));
            sb.append(String.format(Locale.ROOT, "one-JVM gain: %.1fx with --jobs 1 (N = %s), %.1fx with all cores (N = %s)%n",
                    (Double) nv.getOrDefault("gainJobs1", Double.NaN), nv.get("oneJvmJobs1MeasuredOn"),
                    (Double) nv.getOrDefault("gainAllCores", Double.NaN), nv.get("oneJvmAllCoresMeasuredOn")));
        }
        sb.append(String.format(Locale.ROOT, "%noutputs equal to a normal build: %s%n", outputsEqual() ? "yes" : "NO (see JSON)"));
        sb.append("targets:\n");
        for (Map<String, Object> t : targets()) {
            Object met = t.get("met");
            sb.append(String.format(Locale.ROOT, "  %-60s %s%n", t.get("target"), t.containsKey("value")
                    ? (t.get("value") == null ? "not measured" : t.get("value") + " " + t.get("unit") + " (limit " + t.get("limit")
                            + ") " + (Boolean.TRUE.equals(met) ? "met" : "NOT met"))
                    : (Boolean.TRUE.equals(met) ? "met" : "NOT met")));
            if (t.get("note") != null && t.get("value") != null) {
                sb.append(String.format(Locale.ROOT, "  %-60s (%s)%n", "", t.get("note")));
            }
        }
        notes.forEach(n -> sb.append("note: ").append(n).append('\n'));
        return sb.toString();
    }
}
