package org.editionkit.build;

import java.util.List;

/**
 * What the manifest records about one document: enough to list it in the index and to decide,
 * next time, whether it must be built again. {@code inputModified} is the source's modification
 * time in epoch milliseconds (0 when unknown).
 */
public record ManifestEntry(String name, String source, DocumentInfo info, Status status, int errors, int warnings,
        String inputSha256, long inputSize, long inputModified, String buildHash, List<OutputFile> outputs)
        implements java.io.Serializable {

    /** The same entry with the source's current modification time (unchanged bytes, touched file). */
    ManifestEntry withInputModified(long millis) {
        return millis == inputModified ? this : new ManifestEntry(name, source, info, status, errors, warnings, inputSha256,
                inputSize, millis, buildHash, outputs);
    }

    /** The same entry listing only {@code kept} of its outputs. */
    ManifestEntry withOutputs(List<OutputFile> kept) {
        return new ManifestEntry(name, source, info, status, errors, warnings, inputSha256, inputSize, inputModified, buildHash, kept);
    }

    /** {@code OK}: built, no errors. {@code INVALID}: outputs written but errors reported (e.g. schema). {@code FAILED}: an output could not be written. */
    public enum Status {
        OK, INVALID, FAILED;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Status of(String label) {
            return Status.valueOf(label.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * One file written for the document, by the step {@code kind} ("html", "pdf", "tei");
     * {@code modified} is its modification time in epoch milliseconds (0 when unknown).
     */
    public record OutputFile(String kind, String file, String sha256, long size, long modified) implements java.io.Serializable {
    }

    public ManifestEntry {
        outputs = List.copyOf(outputs);
    }

    public OutputFile output(String kind) {
        return outputs.stream().filter(o -> o.kind().equals(kind)).findFirst().orElse(null);
    }
}
