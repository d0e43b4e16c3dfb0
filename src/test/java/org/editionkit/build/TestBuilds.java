package org.editionkit.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.editionkit.core.Toolkit;
import org.editionkit.io.OutputDirectory;

/** Shared set-up for the build tests: fixtures, a fake HTML step, running a build. */
final class TestBuilds {
    static final BuildFingerprint FINGERPRINT = new BuildFingerprint("edition test", "r", "f", "o");

    private TestBuilds() {
    }

    /** Copies {@code src/test/resources/<resource>} to {@code dir} under its own file name. */
    static Path fixture(String resource, Path dir) throws IOException {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        Files.createDirectories(dir);
        try (InputStream in = TestBuilds.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("test resource missing: " + resource);
            }
            Path target = dir.resolve(name);
            Files.copy(in, target);
            return target;
        }
    }

    /**
     * A stand-in for the HTML renderer: writes every text node of the tree (so that anything a
     * parser let in would show up in the output) inside a minimal page.
     */
    static DocumentStep fakeHtml() {
        return DocumentStep.of("html", ".html", (doc, target) -> {
            String text = doc.tree().getStringValue().replace("&", "&amp;").replace("<", "&lt;");
            OutputDirectory.write(target, ("<!DOCTYPE html><html><body><pre>" + text + "</pre></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
            return List.of();
        });
    }

    static List<DocumentStep> fakeSteps() {
        return List.of(fakeHtml(), Steps.teiCopy());
    }

    static Recorder build(Toolkit tk, List<DocumentStep> steps, BuildOptions options) throws Exception {
        Recorder recorder = new Recorder();
        new BuildPipeline(tk, steps, FINGERPRINT, options, recorder).run();
        return recorder;
    }

    static BuildOptions options(Path out, Path... inputs) {
        return BuildOptions.defaults(out).withInputs(List.of(inputs)).withJobs(2);
    }

    /** Every regular file under {@code dir}, relative, sorted; not the toolkit's lock and ledger of outputs. */
    static List<String> files(Path dir) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.exists(dir)) {
            return found;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(n -> !n.equals(OutputDirectory.LOCK_FILE) && !n.equals(OutputDirectory.LEDGER_FILE)).forEach(found::add);
        }
        found.sort(null);
        return found;
    }

    /** True when any file under {@code dir} contains {@code needle} (as UTF-8). */
    static boolean anyFileContains(Path dir, String needle) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                if (new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(needle)) {
                    return true;
                }
            }
        }
        return false;
    }
}
