package org.editionkit.build;

import java.nio.file.Path;
import java.util.List;

/**
 * What to build and how. {@code inputs} empty means the {@code tei/} folder of the current
 * directory. {@code maxInputBytes} refuses documents too large to typeset within bounded memory.
 */
public record BuildOptions(List<Path> inputs, Path outDir, int jobs, boolean force, boolean failFast, long maxInputBytes) {
    public static final Path DEFAULT_INPUT = Path.of("tei");
    public static final Path DEFAULT_OUTPUT = Path.of("dist");
    public static final long DEFAULT_MAX_INPUT_BYTES = 32L << 20;

    public BuildOptions {
        inputs = List.copyOf(inputs);
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1");
        }
    }

    public static BuildOptions defaults(Path outDir) {
        return new BuildOptions(List.of(), outDir, Runtime.getRuntime().availableProcessors(), false, false, DEFAULT_MAX_INPUT_BYTES);
    }

    public BuildOptions withInputs(List<Path> newInputs) {
        return new BuildOptions(newInputs, outDir, jobs, force, failFast, maxInputBytes);
    }

    public BuildOptions withJobs(int n) {
        return new BuildOptions(inputs, outDir, n, force, failFast, maxInputBytes);
    }

    public BuildOptions withForce(boolean f) {
        return new BuildOptions(inputs, outDir, jobs, f, failFast, maxInputBytes);
    }

    public BuildOptions withFailFast(boolean f) {
        return new BuildOptions(inputs, outDir, jobs, force, f, maxInputBytes);
    }

    public BuildOptions withMaxInputBytes(long n) {
        return new BuildOptions(inputs, outDir, jobs, force, failFast, n);
    }
}
