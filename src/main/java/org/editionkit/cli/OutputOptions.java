package org.editionkit.cli;

import java.nio.file.Path;
import org.editionkit.io.OutputDirectory;

/** What {@code --force} means for the commands that publish into {@code -o DIR} (html, pdf, export). */
final class OutputOptions {
    static final String FORCE_HELP = "Replace files in DIR that edition did not write (it refuses otherwise).";

    private OutputOptions() {
    }

    /** Lets this command replace files in {@code outDir} that the toolkit did not write (until the command ends). */
    static void apply(Path outDir, boolean force) {
        if (force) {
            OutputDirectory.allowReplacing(outDir);
        }
    }
}
