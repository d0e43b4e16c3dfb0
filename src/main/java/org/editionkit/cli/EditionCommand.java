package org.editionkit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code edition} command: lists the subcommands, one class each. */
@Command(name = "edition",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        header = "Scholarly editions from TEI P5: validate, HTML edition, typeset PDF.",
        subcommands = {
            ValidateCommand.class,
            HtmlCommand.class,
            PdfCommand.class,
            BuildCommand.class,
            VolumeCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            CollateCommand.class,
            BenchCommand.class,
            CompletionCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success (warnings may have been printed)",
            "1:invalid input: a document is invalid or could not be rendered",
            "2:usage or I/O error: bad options, missing file, unwritable output"
        })
public final class EditionCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new EditionCommand());
        cli.setExecutionExceptionHandler(new FailureHandler());
        HelpLayout.install(cli);
        // Before picocli's own handling, which would show the general help for "collat --help".
        CommandLine.IExecutionStrategy standard = new CommandLine.RunLast();
        cli.setExecutionStrategy(parsed -> {
            String unknown = UnknownCommand.in(cli, parsed.originalArgs().toArray(String[]::new));
            if (unknown != null) {
                return UnknownCommand.report(cli, unknown, cli.getErr());
            }
            // --force of one command must not carry over to the next one run in the same JVM (tests, bench).
            try {
                return standard.execute(parsed);
            } finally {
                org.editionkit.io.OutputDirectory.resetAll();
            }
        });
        cli.setParameterExceptionHandler((ex, args) -> {
            String unknown = UnknownCommand.in(cli, args);
            if (unknown != null) {
                return UnknownCommand.report(cli, unknown, cli.getErr());
            }
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("edition: " + ex.getMessage());
            err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.USAGE_OR_IO;
        });
        return cli;
    }

    public static void main(String[] args) {
        LauncherWatch.start();
        System.exit(commandLine().execute(args));
    }
}
