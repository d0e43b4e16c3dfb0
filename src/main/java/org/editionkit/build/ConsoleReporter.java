package org.editionkit.build;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemFormatter;

/**
 * Tells the user how the build goes. On a terminal: one progress line on stderr (done/total,
 * current file, elapsed, rate), redrawn in place, with problems printed above it. Otherwise:
 * one plain line per document on stdout. Problems always go to stderr as
 * {@code path:line:column: severity: message}; {@code --quiet} leaves only them.
 */
public final class ConsoleReporter implements BuildListener {
    public enum Mode { TERMINAL, LINES, QUIET }

    private static final String CLEAR_TO_END = "\033[K";

    private final Mode mode;
    private final PrintStream out;
    private final PrintStream err;
    private final long start = System.nanoTime();
    private ScheduledExecutorService ticker;
    private int total;
    private int done;
    private String current = "";
    private boolean finished;

    public ConsoleReporter(Mode mode, PrintStream out, PrintStream err) {
        this.mode = mode;
        this.out = out;
        this.err = err;
    }

    /** TERMINAL when a console is attached, else LINES; QUIET when asked. */
    public static Mode detect(boolean quiet) {
        return quiet ? Mode.QUIET : System.console() != null ? Mode.TERMINAL : Mode.LINES;
    }

    @Override
    public synchronized void begin(int documents) {
        total = documents;
        if (mode == Mode.TERMINAL && documents > 0) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "edition-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::redraw, 1, 1, TimeUnit.SECONDS);
            redraw();
        }
    }

    @Override
    public synchronized void documentStarted(String displayName) {
        current = displayName;
        redraw();
    }

    @Override
    public synchronized void documentFinished(DocumentResult r) {
        done++;
        clearBar();
        r.problems().forEach(p -> err.println(ProblemFormatter.gnu(p)));
        if (mode == Mode.LINES || mode == Mode.TERMINAL && r.hasErrors()) {
            out.println(line(r));
            out.flush();
        }
        redraw();
    }

    @Override
    public synchronized void setupProblems(List<Problem> problems) {
        clearBar();
        problems.forEach(p -> err.println(ProblemFormatter.gnu(p)));
        redraw();
    }

    @Override
    public synchronized void end(BuildSummary s) {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        clearBar();
        finished = true;
        if (mode == Mode.QUIET) {
            return;
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "build: %d document%s in %.1f s: %d built, %d skipped",
                s.documents(), s.documents() == 1 ? "" : "s", s.millis() / 1000.0, s.built(), s.skipped()));
        sb.append(", ").append(s.invalid() + s.failed()).append(" failed");
        if (s.invalid() > 0) {
            sb.append(" (").append(s.invalid()).append(" rendered despite errors)");
        }
        if (s.notAttempted() > 0) {
            sb.append(", ").append(s.notAttempted()).append(" not attempted (--fail-fast)");
        }
        sb.append(", ").append(s.warnings()).append(s.warnings() == 1 ? " warning" : " warnings");
        out.println(sb);
        out.flush();
    }

    private static String line(DocumentResult r) {
        String what = switch (r.outcome()) {
            case BUILT -> "built  ";
            case SKIPPED -> "skipped";
            case INVALID, UNCHANGED_WITH_ERRORS -> "invalid";
            case FAILED -> "FAILED ";
        };
        String detail = switch (r.outcome()) {
            case SKIPPED -> "unchanged";
            case BUILT -> String.join(" ", r.entry().outputs().stream().map(ManifestEntry.OutputFile::file).toList());
            case INVALID -> errors(r) + "; outputs written";
            case UNCHANGED_WITH_ERRORS -> "unchanged; " + r.entry().errors() + " errors last time";
            case FAILED -> errors(r);
        };
        return String.format(Locale.ROOT, "%s %s (%s, %.1f s)", what, r.displayName(), detail, r.millis() / 1000.0);
    }

    private static String errors(DocumentResult r) {
        long n = r.count(org.editionkit.core.Severity.ERROR);
        return n + (n == 1 ? " error" : " errors");
    }

    private synchronized void redraw() {
        if (mode != Mode.TERMINAL || total == 0 || finished) {
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int width = 24;
        int filled = total == 0 ? width : done * width / total;
        String bar = "#".repeat(filled) + "-".repeat(width - filled);
        String rate = done == 0 ? "" : done >= seconds ? String.format(Locale.ROOT, "%.1f docs/s", done / seconds)
                : String.format(Locale.ROOT, "%.1f s/doc", seconds / done);
        String stats = String.format(Locale.ROOT, "[%s] %d/%d  %d:%02d  %s  ", bar, done, total,
                (long) seconds / 60, (long) seconds % 60, rate);
        int room = Math.max(10, columns() - stats.length() - 1);
        String file = current.length() > room ? "…" + current.substring(current.length() - room + 1) : current;
        err.print("\r" + stats + file + CLEAR_TO_END);
        err.flush();
    }

    private void clearBar() {
        if (mode == Mode.TERMINAL && total > 0) {
            err.print("\r" + CLEAR_TO_END);
            err.flush();
        }
    }

    private static int columns() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80"));
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
