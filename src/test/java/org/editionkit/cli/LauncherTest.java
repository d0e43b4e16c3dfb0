package org.editionkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./edition} launcher script, run as users run it, in a throw-away copy of the
 * project layout: {@code target/edition.jar} there is a small jar whose class path is the test
 * class path (the real jar is only made after the tests), so the launcher never rebuilds it.
 */
class LauncherTest {
    static final Path PROJECT = Path.of(System.getProperty("edition.projectDir", ".")).toAbsolutePath().normalize();
    static final Path SCRIPT = PROJECT.resolve("edition");
    static final Path FIXTURE = PROJECT.resolve("src/test/resources/html/mini.xml");

    @TempDir
    Path dir;

    @Test
    void theFirstBuildPrintsOneCleanLine() throws Exception {
        Assumptions.assumeTrue(onPath("mvn"), "mvn not on PATH: skipping the launcher's build test");
        Path project = copyScript();
        // A project Maven builds without downloading anything (and without making a jar).
        Files.writeString(project.resolve("pom.xml"), "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">"
                + "<modelVersion>4.0.0</modelVersion><groupId>t</groupId><artifactId>t</artifactId><version>1</version>"
                + "<packaging>pom</packaging></project>\n");
        ProcessBuilder pb = launcher(project, "--version");
        pb.environment().remove("MAVEN_OPTS");
        Run r = run(pb);
        Path jar = project.resolve("target/edition.jar");
        assertEquals("edition: building " + jar + " …\nedition: the build did not produce " + jar + "\n", r.err(),
                "the launcher's own lines, no escape sequences from Maven");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
    }

    @Test
    void killingTheLauncherOnAColdCacheEndsTheJvmAndTheNextRunSweepsItsArchive() throws Exception {
        Path project = projectWithJar();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < 40; i++) {
            Files.copy(FIXTURE, corpus.resolve(String.format("doc%02d.xml", i)));
        }
        Path out = dir.resolve("site");
        ProcessBuilder pb = launcher(project, "build", corpus.toString(), "-o", out.toString(), "--jobs", "1", "-q");
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process launcher = pb.start();
        ProcessHandle jvm = awaitChild(launcher);
        // Wait until the JVM is at work (its output directory exists), then kill the launcher as kill -9 does.
        for (int i = 0; i < 600 && !Files.isDirectory(out) && jvm.isAlive(); i++) {
            Thread.sleep(100);
        }
        assertTrue(jvm.isAlive(), "the build is still running when the launcher is killed");
        launcher.destroyForcibly().waitFor();
        boolean ended = jvm.onExit().thenApply(h -> true).completeOnTimeout(false, 60, TimeUnit.SECONDS).get();
        if (!ended) {
            jvm.destroyForcibly();
        }
        assertTrue(ended, "the JVM ends with its launcher");
        assertFalse(Files.exists(out.resolve("manifest.json")), "it ended before finishing the build");
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".part")).toList(),
                    "the interrupted build left no temporary outputs");
        }
        // Whatever archive the killed run left half-written is removed by the next run.
        Run next = run(launcher(project, "--version"));
        assertEquals(0, next.exit(), next.err());
        assertEquals(List.of(), parts(dir.resolve("cache/editionkit")));
    }

    @Test
    void onlyArchiveTemporariesOfDeadRunsAreSwept() throws Exception {
        Path project = projectWithJar();
        Path cache = Files.createDirectories(dir.resolve("cache/editionkit"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = Files.writeString(cache.resolve("cds-1-2-3.jsa." + gone.pid() + ".part"), "half");
        Path live = Files.writeString(cache.resolve("cds-1-2-3.jsa." + ProcessHandle.current().pid() + ".part"), "in progress");
        Path foreign = Files.writeString(cache.resolve("notes.part"), "not ours");
        Run r = run(launcher(project, "--version"));
        assertEquals(0, r.exit(), r.err());
        assertFalse(Files.exists(dead), "the temporary archive of a run that is gone is removed");
        assertTrue(Files.exists(live), "a running launcher's archive in progress is kept");
        assertTrue(Files.exists(foreign), "a file that is not ours is kept");
    }

    record Run(int exit, String out, String err) {
    }

    private Path copyScript() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.copy(SCRIPT, project.resolve("edition"));
        Files.setPosixFilePermissions(project.resolve("edition"), PosixFilePermissions.fromString("rwxr-xr-x"));
        return project;
    }

    /** The launcher beside a jar that runs the CLI from the test class path (no sources there, so no rebuild). */
    private Path projectWithJar() throws IOException {
        Path project = copyScript();
        Path jar = Files.createDirectories(project.resolve("target")).resolve("edition.jar");
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, EditionCommand.class.getName());
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        main.put(Attributes.Name.CLASS_PATH, String.join(" ", entries));
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(os, manifest)) {
            j.flush();
        }
        return project;
    }

    private ProcessBuilder launcher(Path project, String... args) {
        List<String> cmd = new ArrayList<>(List.of("bash", project.resolve("edition").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().remove("EDITION_JAVA_OPTS");
        pb.environment().remove("EDITION_LAUNCHER_PID");
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        return pb;
    }

    private Run run(ProcessBuilder pb) throws IOException, InterruptedException {
        Path out = dir.resolve("run-out.txt");
        Path err = dir.resolve("run-err.txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish in 5 minutes");
        }
        String errText = Files.readString(err, StandardCharsets.UTF_8).replaceAll("(?m)^SLF4J: .*\\R", "");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), errText);
    }

    private static ProcessHandle awaitChild(Process launcher) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Optional<ProcessHandle> child = launcher.toHandle().children()
                    .filter(c -> c.info().command().map(cmd -> cmd.endsWith("/java")).orElse(false)).findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            assertTrue(launcher.isAlive(), "the launcher ended before starting the JVM");
            Thread.sleep(100);
        }
        throw new AssertionError("the launcher started no JVM");
    }

    private static List<Path> parts(Path cache) throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv("PATH").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
