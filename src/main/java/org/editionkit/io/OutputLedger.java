package org.editionkit.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code DIR/.edition-outputs}: every file the toolkit wrote into an output directory, one line
 * each, {@code SHA-256 SIZE MODIFIED NAME} (modification time in epoch milliseconds). A file is
 * the toolkit's to replace only when its current bytes are the ones recorded for its name. The
 * file is appended to (a record is added before the new file is moved into place, so a killed
 * write never leaves an unrecorded output) and rewritten without stale records now and then.
 * Only {@link OutputDirectory} uses it, while holding the directory's lock.
 */
final class OutputLedger {
    static final String FILE = ".edition-outputs";
    private static final String HEADER = "# edition: files edition wrote here (SHA-256 size modified name); it replaces only these\n";
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) (\\d{1,19}) (\\d{1,19}) ([^/\\\\\\p{Cntrl}]+)");
    /** Larger ledgers are not read (then nothing here counts as ours, and --force is needed). */
    private static final long MAX_BYTES = 64L << 20;

    /** One written file as it was when written. */
    record Entry(String sha256, long size, long modified) {
    }

    private final Path file;
    private final Map<String, List<Entry>> entries = new HashMap<>();
    private int lines;
    private Object stamp;

    OutputLedger(Path dir) {
        this.file = dir.resolve(FILE);
    }

    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** Reads the ledger again if another process changed it since we last did. */
    synchronized void refresh() throws IOException {
        Object now = stampOf();
        if (now != null && now.equals(stamp)) {
            return;
        }
        entries.clear();
        lines = 0;
        stamp = now;
        if (now == null || Files.size(file) > MAX_BYTES) {
            return;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            var m = LINE.matcher(line);
            if (m.matches() && !m.group(4).equals(".") && !m.group(4).equals("..")) {
                add(m.group(4), new Entry(m.group(1), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))));
                lines++;
            }
        }
    }

    synchronized List<Entry> of(String name) {
        return List.copyOf(entries.getOrDefault(name, List.of()));
    }

    /** Records {@code name} as written with {@code entry}, keeping its older records until {@link #settle}. */
    synchronized void record(String name, Entry entry) throws IOException {
        if (!Files.exists(file)) {
            Files.writeString(file, HEADER, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        String line = entry.sha256() + " " + entry.size() + " " + entry.modified() + " " + name + "\n";
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            out.write(line.getBytes(StandardCharsets.UTF_8));
        }
        add(name, entry);
        lines++;
        stamp = stampOf();
    }

    /** {@code name} now holds {@code entry}'s bytes: its older records no longer matter. */
    synchronized void settle(String name, Entry entry) {
        entries.put(name, new ArrayList<>(List.of(entry)));
    }

    /** Rewrites the ledger without superseded records once they are the majority. */
    synchronized void compactIfWorthIt() throws Exception {
        int current = entries.values().stream().mapToInt(List::size).sum();
        if (lines < 2 * current + 64) {
            return;
        }
        StringBuilder sb = new StringBuilder(HEADER);
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> e.getValue().forEach(x -> sb.append(x.sha256())
                .append(' ').append(x.size()).append(' ').append(x.modified()).append(' ').append(e.getKey()).append('\n')));
        AtomicOutput.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
        lines = current;
        stamp = stampOf();
    }

    private void add(String name, Entry entry) {
        entries.computeIfAbsent(name, k -> new ArrayList<>()).add(entry);
    }

    private Object stampOf() throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return List.of(a.size(), a.lastModifiedTime().toMillis(), String.valueOf(a.fileKey()));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** The file's current size, time and SHA-256. */
    static Entry describe(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        return new Entry(sha256(p), a.size(), a.lastModifiedTime().toMillis());
    }

    static String sha256(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
