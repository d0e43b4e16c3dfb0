package org.editionkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; see README.md. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "(not yet implemented)")
final class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("edition import: not yet implemented");
        return ExitCodes.USAGE_OR_IO;
    }
}
