package org.editionkit.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Prints a bash/zsh completion script generated from the command model, so it never drifts. */
@Command(name = "completion", mixinStandardHelpOptions = true,
        header = "Prints a bash or zsh completion script for edition.",
        description = {"Use it with: source <(edition completion)"})
final class CompletionCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        CommandLine root = spec.root().commandLine();
        spec.commandLine().getOut().print(AutoComplete.bash("edition", root));
        spec.commandLine().getOut().flush();
    }
}
