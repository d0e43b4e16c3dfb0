package org.editionkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import picocli.CommandLine;

/**
 * The last line of defence: whatever escapes a command becomes one readable line and an exit
 * code, never a stack trace (set EDITION_DEBUG=1 to see one).
 */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parseResult) {
        var err = cli.getErr();
        if (System.getenv("EDITION_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        if (ex instanceof ProblemException pe) {
            pe.problems().forEach(p -> err.println(ProblemFormatter.gnu(p)));
            return ExitCodes.INVALID_INPUT;
        }
        Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (cause instanceof NoSuchFileException e) {
            err.println("edition: " + e.getFile() + ": no such file or directory");
        } else if (cause instanceof AccessDeniedException e) {
            err.println("edition: " + e.getFile() + ": permission denied");
        } else if (cause instanceof IOException e) {
            err.println("edition: I/O error: " + e.getMessage());
        } else {
            err.println("edition: internal error: " + ex + " (please report it; EDITION_DEBUG=1 shows details)");
        }
        return ExitCodes.USAGE_OR_IO;
    }
}
