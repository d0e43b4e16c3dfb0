package org.editionkit.build;

/**
 * The end of a build in numbers. {@code notAttempted} counts documents left out after
 * {@code --fail-fast} stopped the build; {@code setupErrors} counts problems outside any
 * document (a missing path, an empty directory, a name collision).
 */
public record BuildSummary(int documents, int built, int skipped, int invalid, int failed, int notAttempted,
        long warnings, int setupErrors, long millis) {

    public boolean anyDocumentErrors() {
        return invalid + failed > 0;
    }
}
