package org.editionkit.build;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code edition} as a separate process, the way users do, with the test class path (the
 * jar does not exist yet in Maven's test phase) and the real {@code main}.
 */
final class Cli {
    record Run(int exit, String out, String err) {
    }

    private Cli() {
    }

    static ProcessBuilder command(Path workDir, Path stdout, Path stderr, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.editionkit.cli.EditionCommand"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
        pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().remove("EDITION_DEBUG");
        return pb;
    }

    static Run run(Path workDir, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("edition-out", ".txt");
        Path err = Files.createTempFile("edition-err", ".txt");
        try {
            Process p = command(workDir, out, err, args).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("edition " + String.join(" ", args) + " did not finish in 5 minutes");
            }
            // Test-only dependencies put an SLF4J API without a provider on this class path (the jar has none): drop its notice.
            String errText = Files.readString(err, StandardCharsets.UTF_8).replaceAll("(?m)^SLF4J: .*\\R", "");
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), errText);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
