package org.editionkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the CLI in this JVM, as a user would type it, and keeps its exit status, stdout and stderr. */
public final class CliRun {
    private CliRun() {
    }

    public record Run(int status, String out, String err) {
        /** The exit status under the name some tests use for it. */
        public int code() {
            return status;
        }
    }

    public static Run run(String... args) {
        CommandLine cli = EditionCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }
}
