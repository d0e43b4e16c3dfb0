package org.editionkit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * A first argument that is no command: {@code Unknown command 'collat'} with the commands it
 * is close to, exit 2; also when {@code --help} follows it, so that a script probing for a
 * command does not take the general help for a yes.
 */
final class UnknownCommand {
    private UnknownCommand() {
    }

    /** The unknown command name in {@code args}, or null when the first argument is a command or an option. */
    static String in(CommandLine root, String[] args) {
        int at = args.length > 1 && args[0].equals("help") ? 1 : 0; // "edition help collat" too
        if (args.length == 0 || args[at].startsWith("-") || args[at].isEmpty()) {
            return null;
        }
        return root.getSubcommands().containsKey(args[at]) ? null : args[at];
    }

    static int report(CommandLine root, String name, PrintWriter err) {
        err.println("edition: Unknown command '" + name + "'");
        List<String> close = closeTo(name, root.getSubcommands().keySet().stream().toList());
        if (!close.isEmpty()) {
            err.println("Did you mean: " + String.join(" or ", close) + "?");
        }
        err.println("Try 'edition --help' for the list of commands.");
        err.flush();
        return ExitCodes.USAGE_OR_IO;
    }

    /** Commands within a small edit distance of {@code name}, or starting with it. */
    static List<String> closeTo(String name, List<String> commands) {
        String typed = name.toLowerCase(Locale.ROOT);
        int allowed = typed.length() <= 4 ? 1 : 2;
        return commands.stream()
                .filter(c -> distance(typed, c) <= allowed || (typed.length() >= 2 && c.startsWith(typed)))
                .toList();
    }

    /** Levenshtein distance, with a swap of two neighbouring letters counting as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
