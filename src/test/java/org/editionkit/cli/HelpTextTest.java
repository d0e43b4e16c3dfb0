package org.editionkit.cli;

import static org.editionkit.cli.CliRun.run;
import org.editionkit.cli.CliRun.Run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Every command's help reads well in an 80-column terminal: no line over 80, lines broken only
 * between words, each paragraph a whole sentence, and each command summarised by one complete
 * sentence in {@code edition --help}. Unknown commands are an error, with or without --help.
 */
class HelpTextTest {
    /** The help of the top command and of every subcommand, as "edition X --help" prints it. */
    static Map<String, String> everyHelp() {
        Map<String, String> helps = new java.util.LinkedHashMap<>();
        helps.put("edition", run("--help").out());
        for (String name : EditionCommand.commandLine().getSubcommands().keySet()) {
            Run r = run(name, "--help");
            assertEquals(0, r.status(), name);
            helps.put("edition " + name, r.out());
        }
        return helps;
    }

    @Test
    void everyHelpFitsEightyColumnsAndBreaksOnlyBetweenWords() {
        List<String> bad = new ArrayList<>();
        everyHelp().forEach((command, help) -> {
            assertFalse(help.isBlank(), command);
            List<String> lines = help.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.codePointCount(0, line.length()) > 80) {
                    bad.add(command + ": over 80 columns: " + line);
                }
                // A break inside a word: "tei/ENCODING." then "md.", "DIR/NAME." then "html", "*." then "xml".
                // (A line indented by two starts a new entry: a command, an option or an example.)
                String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
                if (line.matches(".*\\S[./|*-]$") && next.strip().matches("[a-z*].*") && !next.matches("  \\S.*")) {
                    bad.add(command + ": a word broken across lines: \"" + line + "\" / \"" + lines.get(i + 1) + "\"");
                }
            }
        });
        assertEquals(List.of(), bad);
    }

    @Test
    void fileNamesAndPatternsInTheTextsStayWhole() {
        CommandLine root = EditionCommand.commandLine();
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, String> e : everyHelp().entrySet()) {
            String help = e.getValue();
            CommandLine cli = e.getKey().equals("edition") ? root : root.getSubcommands().get(e.getKey().substring(8));
            List<String> texts = new ArrayList<>();
            UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
            texts.addAll(List.of(usage.header()));
            texts.addAll(List.of(usage.description()));
            cli.getCommandSpec().options().forEach(o -> texts.addAll(List.of(o.description())));
            cli.getCommandSpec().positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
            for (String text : texts) {
                for (String word : text.split("\\s+")) {
                    String token = word.replaceAll("^[(\"]+|[),;:\"]+$|\\.$", "");
                    if (token.matches(".*\\w[./]\\w.*|\\*\\.\\w+") && !help.contains(token)) {
                        broken.add(e.getKey() + ": " + token);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(run("html", "--help").out().contains("tei/ENCODING.md."), "the example of the issue");
    }

    @Test
    void everyCommandIsSummarisedByOneWholeSentence() {
        CommandLine root = EditionCommand.commandLine();
        String help = run("--help").out();
        String list = help.substring(help.indexOf("Commands:\n") + 10, help.indexOf("\n\n", help.indexOf("Commands:\n")) + 1);
        for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
            String[] header = e.getValue().getCommandSpec().usageMessage().header();
            assertEquals(1, header.length, e.getKey() + " has a one-sentence header");
            String summary = header[0];
            assertTrue(summary.matches("[A-Z][^.]*(\\.[^ ][^.]*)*\\."), e.getKey() + ": one sentence ending in a full stop: " + summary);
            // The entry in the list: the name, then the summary, wrapped with a hanging indent.
            int at = list.indexOf("  " + e.getKey() + " ");
            assertTrue(at >= 0, e.getKey() + " listed");
            int next = list.indexOf("\n  ", at + 1);
            while (next >= 0 && list.charAt(next + 3) == ' ') {
                next = list.indexOf("\n  ", next + 1);
            }
            String entry = list.substring(at + 2 + e.getKey().length(), next < 0 ? list.length() : next).replaceAll("\\s+", " ").strip();
            assertEquals(summary, entry, e.getKey());
        }
    }

    @Test
    void paragraphsAreWholeSentences() {
        CommandLine root = EditionCommand.commandLine();
        List<String> bad = new ArrayList<>();
        root.getSubcommands().forEach((name, cli) -> {
            for (String paragraph : cli.getCommandSpec().usageMessage().description()) {
                String text = paragraph.replace("%n", "").strip();
                boolean listItem = paragraph.startsWith(" ");
                if (!listItem && !text.matches("(?s).*[.:)]$")) {
                    bad.add(name + ": " + paragraph);
                }
            }
        });
        assertEquals(List.of(), bad, "a description element is a paragraph, never a line cut at a fixed point");
    }

    @Test
    void anUnknownCommandIsAnErrorEvenWithHelp() {
        for (String[] args : List.of(new String[] {"frobnicate"}, new String[] {"frobnicate", "--help"}, new String[] {"frobnicate", "x.xml"},
                new String[] {"help", "frobnicate"})) {
            Run r = run(args);
            assertEquals(2, r.status(), String.join(" ", args));
            assertEquals("", r.out(), "no general help on stdout");
            assertTrue(r.err().startsWith("edition: Unknown command 'frobnicate'\n"), r.err());
            assertFalse(r.err().contains("Unmatched argument"), r.err());
            assertFalse(r.err().contains("Did you mean"), "nothing is close to frobnicate: " + r.err());
        }
    }

    @Test
    void anUnknownCommandCloseToOneSuggestsIt() {
        Run r = run("validat", "--help");
        assertEquals(2, r.status());
        assertEquals("edition: Unknown command 'validat'\nDid you mean: validate?\nTry 'edition --help' for the list of commands.\n",
                r.err());
        assertTrue(run("hmtl", "x.xml").err().contains("Did you mean: html?\n"));
        assertTrue(run("biuld").err().contains("Did you mean: build?\n"));
        assertEquals(0, run("validate", "--help").status(), "a real command's help still works");
        assertEquals(0, run("help", "pdf").status());
    }
}
