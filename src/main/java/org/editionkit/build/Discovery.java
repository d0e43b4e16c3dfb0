package org.editionkit.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.editionkit.core.Problem;

/**
 * Finds the documents to build: named files as they are, directories searched recursively for
 * {@code *.xml}, leaving out hidden entries, {@code schema/} folders (the RELAX NG and
 * Schematron next to the masters) and the output directory itself. Every document gets its
 * NAME here, and two documents whose NAMEs collide (case-insensitively, as on macOS and
 * Windows) are caught before anything is written.
 */
public final class Discovery {
    /** A document to build. */
    public record Source(Path path, String displayName, String name) {
    }

    /** The documents found, in a stable order, and the problems met while looking. */
    public record Found(List<Source> sources, List<Problem> problems) {
    }

    private Discovery() {
    }

    /** The files to read, as the user named them, in a stable order, and the problems met while looking. */
    public record Listing(List<Path> files, List<Problem> problems) {
    }

    public static Found find(List<Path> inputs, Path outDir) {
        Listing listed = files(inputs, outDir);
        List<Problem> problems = new ArrayList<>(listed.problems());
        List<Source> candidates = new ArrayList<>();
        for (Path file : listed.files()) {
            if (VolumeMarker.isVolume(file)) {
                // A volume description is no document: edition volume typesets it. Named on its own, say so.
                if (inputs.contains(file)) {
                    problems.add(Problem.fileError(file.toString(),
                            "a volume description (text type=\"volume\"), not a document: typeset it with edition volume"));
                }
                continue;
            }
            candidates.add(new Source(file, file.toString(), OutputNames.sanitise(file)));
        }
        return named(candidates, problems);
    }

    /**
     * {@code candidates} in their order, less those whose NAME collides with an earlier one's,
     * each reported after {@code problems} (the Spark job finds its files on another file system).
     */
    public static Found named(List<Source> candidates, List<Problem> problemsSoFar) {
        List<Problem> problems = new ArrayList<>(problemsSoFar);
        List<Source> sources = new ArrayList<>();
        Map<String, Source> byName = new HashMap<>();
        for (Source source : candidates) {
            Source first = byName.putIfAbsent(source.name().toLowerCase(Locale.ROOT), source);
            if (first != null) {
                problems.add(Problem.fileError(source.displayName(), "its output name \"" + source.name()
                        + "\" is already taken by " + first.displayName() + "; rename one of the two files"));
            } else {
                sources.add(source);
            }
        }
        return new Found(sources, problems);
    }

    /**
     * Named files as they are and the {@code *.xml} under named directories, each file once;
     * {@code outDir} (may be null) is left out of the search.
     */
    public static Listing files(List<Path> inputs, Path outDir) {
        List<Problem> problems = new ArrayList<>();
        Map<Path, Path> files = new LinkedHashMap<>();
        Path out = outDir == null ? null : outDir.toAbsolutePath().normalize();
        for (Path input : inputs) {
            String shown = input.toString();
            if (Files.isDirectory(input)) {
                List<Path> found = walk(input, out, problems);
                if (found.isEmpty()) {
                    problems.add(Problem.fileError(shown, "no TEI documents (*.xml) in this directory"));
                }
                found.forEach(f -> files.putIfAbsent(f.toAbsolutePath().normalize(), f));
            } else if (Files.exists(input) || Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                files.putIfAbsent(input.toAbsolutePath().normalize(), input);
            } else {
                problems.add(Problem.fileError(shown, "no such file or directory"));
            }
        }
        return new Listing(List.copyOf(files.values()), problems);
    }

    private static List<Path> walk(Path root, Path out, List<Problem> problems) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    boolean skip = name.startsWith(".") || name.equals("schema") || (out != null && dir.toAbsolutePath().normalize().equals(out));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (!name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".xml")
                            && (!attrs.isSymbolicLink() || linkStaysInside(file, root, problems))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(Problem.fileError(file.toString(), "cannot read this directory: " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Problem.fileError(root.toString(), "cannot read this directory: " + reason(e)));
        }
        found.sort(null);
        return found;
    }

    /**
     * A symbolic link met while searching a directory is followed only when it leads to a file
     * inside that directory's tree: a corpus must not publish a file from elsewhere just because
     * a link to it lies in the corpus. Links leading out are skipped with a warning. (A file
     * named on the command line is the user's explicit choice and is read wherever it is.)
     */
    static boolean linkStaysInside(Path link, Path root, List<Problem> problems) {
        try {
            Path target = link.toRealPath();
            if (target.startsWith(root.toRealPath())) {
                return true;
            }
            problems.add(Problem.warning(link.toString(), 0, 0, "symbolic link to " + target
                    + ", outside " + root + "; skipped (name the file itself to build it)"));
            return false;
        } catch (IOException e) {
            // A link to nowhere: the document build reports it as unreadable.
            return true;
        }
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            String why = fse.getReason();
            return why.isEmpty() ? why : Character.toLowerCase(why.charAt(0)) + why.substring(1);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
