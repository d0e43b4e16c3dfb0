package org.editionkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs {@code java -jar edition.jar …} or the launcher as a child process and times it, wall clock, JVM start included. */
final class Subprocess {
    /** Exit code and wall time of one run. */
    record Run(int exitCode, long millis) {
    }

    private final Path jar;
    private final Path log;

    /** Output of every run is appended to {@code log} (never to a pipe that could fill and block the child). */
    Subprocess(Path jar, Path log) {
        this.jar = jar;
        this.log = log;
    }

    Run edition(String... args) throws IOException {
        return edition(List.of(), args);
    }

    /** {@code java JVM_OPTIONS -jar edition.jar ARGS}. */
    Run edition(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return run(command, Map.of());
    }

    /** {@code java ARGS}: another main class on another class path (the Spark build). */
    Run java(List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        return run(command, Map.of());
    }

    /** {@code bash LAUNCHER ARGS} (the {@code ./edition} script, with its own JVM options) with extra environment. */
    Run launcher(Path script, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        return run(command, environment);
    }

    private Run run(List<String> command, Map<String, String> environment) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("EDITION_JAVA_OPTS");
        pb.environment().putAll(environment);
        long start = System.nanoTime();
        Process p = pb.start();
        try {
            int code = p.waitFor();
            return new Run(code, (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + String.join(" ", command), e);
        }
    }
}
