package org.editionkit.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.editionkit.build.Discovery;
import org.editionkit.build.OutputNames;
import org.editionkit.core.Problem;

/**
 * The file handling of the Spark build on Hadoop file systems: finding the documents by the
 * rules of {@link Discovery} (recursive *.xml, hidden entries, schema/ folders and the output
 * directory left out, the same display names and NAMEs), and writing whole files only.
 */
final class HadoopFiles {
    static final String TEMP_PREFIX = ".edition-";
    static final String TEMP_SUFFIX = ".part";

    /** A document found: its Hadoop path (as a string, for serialisation) and its build identity. */
    record Found(List<Discovery.Source> sources, List<String> uris, List<Problem> problems) {
    }

    private HadoopFiles() {
    }

    /** A file system for {@code path} that writes no .crc files beside the outputs (the local one would). */
    static FileSystem fileSystem(Path path, Configuration conf) throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        fs.setWriteChecksum(false);
        fs.setVerifyChecksum(false);
        return fs;
    }

    /**
     * The documents under {@code inputs} as {@code edition build} finds them; a document's display
     * name is the input as given followed by its path below it, as edition build shows it.
     */
    static Found discover(List<String> inputs, String output, Configuration conf) {
        List<Problem> problems = new ArrayList<>();
        List<Discovery.Source> candidates = new ArrayList<>();
        List<String> uris = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String input : inputs) {
            try {
                Path root = new Path(input);
                FileSystem fs = fileSystem(root, conf);
                Path qualifiedOut = output == null ? null : fs.makeQualified(new Path(output));
                FileStatus status;
                try {
                    status = fs.getFileStatus(root);
                } catch (FileNotFoundException e) {
                    problems.add(Problem.fileError(input, "no such file or directory"));
                    continue;
                }
                List<String[]> files = new ArrayList<>();
                if (status.isDirectory()) {
                    walk(fs, status.getPath(), stripSlashes(input), qualifiedOut, files);
                    if (files.isEmpty()) {
                        problems.add(Problem.fileError(input, "no TEI documents (*.xml) in this directory"));
                    }
                    files.sort(java.util.Comparator.comparing(f -> f[1]));
                } else {
                    files.add(new String[] {status.getPath().toString(), input});
                }
                for (String[] f : files) {
                    if (seen.add(f[0])) {
                        String fileName = new Path(f[0]).getName();
                        candidates.add(new Discovery.Source(java.nio.file.Path.of(fileName), f[1],
                                OutputNames.sanitise(java.nio.file.Path.of(fileName))));
                        uris.add(f[0]);
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.add(Problem.fileError(input, "cannot read: " + e.getMessage()));
            }
        }
        Discovery.Found named = Discovery.named(candidates, problems);
        List<String> kept = new ArrayList<>();
        for (Discovery.Source s : named.sources()) {
            kept.add(uris.get(candidates.indexOf(s)));
        }
        return new Found(named.sources(), kept, named.problems());
    }

    private static void walk(FileSystem fs, Path dir, String shownDir, Path out, List<String[]> files) throws IOException {
        for (FileStatus entry : fs.listStatus(dir)) {
            String name = entry.getPath().getName();
            String shown = shownDir + "/" + name;
            if (name.startsWith(".")) {
                continue;
            }
            if (entry.isDirectory()) {
                if (!name.equals("schema") && (out == null || !entry.getPath().equals(out))) {
                    walk(fs, entry.getPath(), shown, out, files);
                }
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                files.add(new String[] {entry.getPath().toString(), shown});
            }
        }
    }

    private static String stripSlashes(String s) {
        String t = s;
        while (t.length() > 1 && t.endsWith("/")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** Renames {@code temp} over {@code target} (HDFS and S3A refuse to rename onto an existing file). */
    static void replace(FileSystem fs, Path temp, Path target) throws IOException {
        if (!fs.rename(temp, target)) {
            fs.delete(target, false);
            if (!fs.rename(temp, target)) {
                fs.delete(temp, false);
                throw new IOException("cannot rename " + temp + " to " + target);
            }
        }
    }

    /** Writes {@code bytes} as {@code dir/name} through a temporary file and a rename. */
    static void write(FileSystem fs, Path dir, String name, byte[] bytes) throws IOException {
        Path temp = new Path(dir, TEMP_PREFIX + name + ".driver" + TEMP_SUFFIX);
        try (OutputStream out = fs.create(temp, true)) {
            out.write(bytes);
        }
        replace(fs, temp, new Path(dir, name));
    }

    /** Removes the temporary files tasks that died left in {@code dir}; returns how many. */
    static int sweep(FileSystem fs, Path dir) throws IOException {
        int removed = 0;
        try {
            for (FileStatus s : fs.listStatus(dir)) {
                String name = s.getPath().getName();
                if (s.isFile() && name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX) && fs.delete(s.getPath(), false)) {
                    removed++;
                }
            }
        } catch (FileNotFoundException e) {
            return 0;
        }
        return removed;
    }
}
