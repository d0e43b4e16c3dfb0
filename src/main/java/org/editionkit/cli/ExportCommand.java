package org.editionkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; see README.md. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "(not yet implemented)")
final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("edition export: not yet implemented");
        return ExitCodes.USAGE_OR_IO;
    }
}
