package org.editionkit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.editionkit.build.OutputNames;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.exchange.importer.Finding;
import org.editionkit.exchange.importer.Importer;
import org.editionkit.core.ProblemException;
import org.editionkit.core.ProblemFormatter;
import org.editionkit.io.AtomicOutput;
import org.editionkit.io.Replacement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code edition import}: an archive page with two translations → a TEI draft. */
@Command(name = "import", mixinStandardHelpOptions = true,
        header = "Turns an archive page with two translations into a TEI draft.",
        description = {
            "The page holds a translation, then a second one in another script, bracketed translator notes and "
                + "expansions, and a Document Information block; the draft follows tei/ENCODING.md.",
            "What it did and what the editor must check is printed on stderr as LINE: message (LINE is the line "
                + "of the input text; 0 is the page as a whole)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the draft was written (read the messages: they list what to check)",
            "1:the page is not UTF-8 text or has nothing to import (nothing written)",
            "2:usage or I/O error: missing input, output exists (use --force), unwritable output"})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT-FILE", description = "The archive page as UTF-8 text")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The TEI draft to write (default: tei/NAME.xml, NAME from the input file name)")
    Path output;

    @Option(names = "--force", description = "Replace the output file if it exists (keeping its mode, owner and links; the old one is kept as FILE~; a read-only file is never replaced)")
    boolean force;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(input)) {
            err.println("edition import: " + ProblemFormatter.escapeControls(input.toString()) + ": "
                    + (Files.isDirectory(input) ? "is a directory (import takes one text file)" : "no such file"));
            return ExitCodes.USAGE_OR_IO;
        }
        String base = input.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Path target = output != null ? output : Path.of("tei").resolve(OutputNames.sanitise(Path.of(base + ".xml")) + ".xml");
        if (Files.exists(target) && !force) {
            err.println("edition import: " + target + " exists; not overwritten (use --force)");
            return ExitCodes.USAGE_OR_IO;
        }
        Importer.Result result = new Importer().importPage(input, input.toString());
        for (Finding f : result.findings()) {
            err.println(f);
        }
        try {
            if (force && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Replacement.Result replaced = Replacement.replace(target, target.toString(), result.tei());
                err.println("edition import: the previous version is kept as " + replaced.backup());
            } else {
                // Created only if still absent at the last moment: of two imports racing, one loses.
                AtomicOutput.createNew(target, result.tei());
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            err.println("edition import: " + target + " exists; not overwritten (use --force)");
            return ExitCodes.USAGE_OR_IO;
        } catch (ProblemException e) {
            e.problems().forEach(p -> err.println(ProblemFormatter.gnu(p)));
            return ExitCodes.USAGE_OR_IO;
        }
        err.println("edition import: wrote " + target + " (" + result.pairedParagraphs() + " paragraph pairs)");
        err.flush();
        return ExitCodes.OK;
    }
}
