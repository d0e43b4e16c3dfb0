package org.editionkit.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.editionkit.core.Json;

/**
 * {@code DIR/manifest.json}: the machine-readable record of a build (what was built from what,
 * with checksums) and the memory of the incremental build.
 */
public final class Manifest {
    public static final String FILE = "manifest.json";
    /** A manifest of 100,000 documents is about 100 MB; anything larger is not ours. */
    public static final long MAX_BYTES = 256L << 20;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private Manifest() {
    }

    /**
     * The entries of an earlier manifest, by NAME; empty when there is none or it cannot be
     * read (then everything is simply rebuilt).
     */
    public static Map<String, ManifestEntry> read(Path outDir) {
        Path file = outDir.resolve(FILE);
        try {
            if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                return Map.of();
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /** The entries of a manifest's text (read from another file system), by NAME; empty when it cannot be read. */
    public static Map<String, ManifestEntry> parse(String json) {
        try {
            Object root = JsonReader.parse(json);
            List<ManifestEntry> entries = new ArrayList<>();
            for (Object o : list(map(root).get("documents"))) {
                entries.add(entry(map(o)));
            }
            return entries.stream().collect(Collectors.toMap(ManifestEntry::name, e -> e, (a, b) -> b));
        } catch (RuntimeException | StackOverflowError e) {
            return Map.of();
        }
    }

    /**
     * Whether every entry is one this tool could have written with {@code steps}: its NAME is the
     * one its source file gives, each output is a step's file for that NAME (so an output name is
     * never a path, a URL or a script), checksums and numbers are well-formed. A manifest that
     * fails is not used; the build then rebuilds everything and writes the manifest anew.
     */
    public static boolean consistent(Map<String, ManifestEntry> entries, List<DocumentStep> steps) {
        for (Map.Entry<String, ManifestEntry> me : entries.entrySet()) {
            ManifestEntry e = me.getValue();
            if (!e.name().equals(me.getKey()) || !e.name().equals(sanitisedName(e.source()))
                    || !SHA256.matcher(e.inputSha256()).matches() || e.inputSize() < 0 || e.errors() < 0 || e.warnings() < 0) {
                return false;
            }
            Set<String> kinds = new HashSet<>();
            for (ManifestEntry.OutputFile o : e.outputs()) {
                DocumentStep step = steps.stream().filter(s -> s.id().equals(o.kind())).findFirst().orElse(null);
                if (step == null || !kinds.add(o.kind()) || !o.file().equals(step.outputFile(e.name()))
                        || !SHA256.matcher(o.sha256()).matches() || o.size() < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String sanitisedName(String source) {
        try {
            return OutputNames.sanitise(Path.of(source));
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    /** The manifest text for {@code entries} (sorted by NAME so that diffs between builds are readable). */
    public static String render(BuildFingerprint fingerprint, Collection<ManifestEntry> entries) {
        List<ManifestEntry> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> a.name().compareTo(b.name()));
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"tool\": ").append(Json.quote(fingerprint.toolVersion())).append(",\n");
        sb.append("  \"generated\": ").append(Json.quote(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())).append(",\n");
        sb.append("  \"build\": {\"hash\": ").append(Json.quote(fingerprint.hash()))
                .append(", \"stylesheets\": ").append(Json.quote(fingerprint.resources()))
                .append(", \"fonts\": ").append(Json.quote(fingerprint.fonts()))
                .append(", \"options\": ").append(Json.quote(fingerprint.options())).append("},\n");
        sb.append("  \"documents\": [");
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i == 0 ? "\n" : ",\n").append(entryJson(sorted.get(i)));
        }
        return sb.append(sorted.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    private static String entryJson(ManifestEntry e) {
        StringBuilder sb = new StringBuilder("    {");
        sb.append("\"name\": ").append(Json.quote(e.name()));
        sb.append(", \"source\": ").append(Json.quote(e.source()));
        sb.append(",\n     \"title\": ").append(Json.quote(e.info().title("")));
        sb.append(", \"titles\": ").append(e.info().titles().stream()
                .map(t -> "{\"lang\": " + Json.quote(t.lang()) + ", \"text\": " + Json.quote(t.text()) + "}")
                .collect(Collectors.joining(", ", "[", "]")));
        sb.append(",\n     \"date\": ").append(Json.quote(e.info().date()));
        sb.append(", \"languages\": ").append(e.info().languages().stream().map(Json::quote).collect(Collectors.joining(", ", "[", "]")));
        sb.append(",\n     \"status\": ").append(Json.quote(e.status().label()));
        sb.append(", \"errors\": ").append(e.errors()).append(", \"warnings\": ").append(e.warnings());
        sb.append(",\n     \"input\": {\"sha256\": ").append(Json.quote(e.inputSha256())).append(", \"size\": ").append(e.inputSize())
                .append(", \"modified\": ").append(e.inputModified()).append('}');
        sb.append(", \"build\": ").append(Json.quote(e.buildHash()));
        sb.append(",\n     \"outputs\": [");
        for (int i = 0; i < e.outputs().size(); i++) {
            ManifestEntry.OutputFile o = e.outputs().get(i);
            sb.append(i == 0 ? "" : ", ").append("{\"kind\": ").append(Json.quote(o.kind()))
                    .append(", \"file\": ").append(Json.quote(o.file()))
                    .append(", \"sha256\": ").append(Json.quote(o.sha256()))
                    .append(", \"size\": ").append(o.size())
                    .append(", \"modified\": ").append(o.modified()).append('}');
        }
        return sb.append("]}").toString();
    }

    private static ManifestEntry entry(Map<String, Object> m) {
        List<DocumentInfo.Title> titles = new ArrayList<>();
        for (Object t : list(m.get("titles"))) {
            titles.add(new DocumentInfo.Title(str(map(t).get("lang")), str(map(t).get("text"))));
        }
        List<String> languages = list(m.get("languages")).stream().map(Manifest::str).toList();
        Map<String, Object> input = map(m.get("input"));
        List<ManifestEntry.OutputFile> outputs = new ArrayList<>();
        for (Object o : list(m.get("outputs"))) {
            Map<String, Object> out = map(o);
            outputs.add(new ManifestEntry.OutputFile(str(out.get("kind")), str(out.get("file")), str(out.get("sha256")), num(out.get("size")),
                    out.containsKey("modified") ? num(out.get("modified")) : 0));
        }
        return new ManifestEntry(str(m.get("name")), str(m.get("source")), new DocumentInfo(titles, str(m.get("date")), languages),
                ManifestEntry.Status.of(str(m.get("status"))), (int) num(m.get("errors")), (int) num(m.get("warnings")),
                str(input.get("sha256")), num(input.get("size")), input.containsKey("modified") ? num(input.get("modified")) : 0,
                str(m.get("build")), outputs);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new IllegalArgumentException("manifest: object expected");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : Collections.emptyList();
    }

    private static String str(Object o) {
        if (o instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("manifest: string expected");
    }

    private static long num(Object o) {
        if (o instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalArgumentException("manifest: number expected");
    }
}
