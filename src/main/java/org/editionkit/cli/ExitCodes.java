package org.editionkit.cli;

/** Every exit status the CLI uses, in one place (documented in README.md). */
public final class ExitCodes {
    /** Everything requested was done; warnings may have been printed. */
    public static final int OK = 0;
    /** At least one input document is invalid or could not be rendered. */
    public static final int INVALID_INPUT = 1;
    /** Bad command line, missing file, unwritable output or another I/O failure. */
    public static final int USAGE_OR_IO = 2;

    private ExitCodes() {
    }
}
