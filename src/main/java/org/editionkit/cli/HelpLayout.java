package org.editionkit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Lays out every command's help at 80 columns, wrapping only at spaces. picocli's own layout
 * breaks lines at any break opportunity of Java's line BreakIterator, which includes the dot
 * in a file name ("tei/ENCODING." / "md."), and its command list shows only the first line of
 * each description. Here each command has a one-sentence {@code header} (its summary in the
 * command list), and each {@code description} element is a paragraph that is wrapped here; an
 * element starting with spaces is a list item.
 */
final class HelpLayout {
    static final int WIDTH = 80;
    private static final int MAX_LABEL_COLUMN = 30;

    private HelpLayout() {
    }

    /** Installs the layout on {@code cli} and all its subcommands. */
    static void install(CommandLine cli) {
        cli.setUsageHelpWidth(WIDTH);
        Map<String, CommandLine.IHelpSectionRenderer> sections = cli.getHelpSectionMap();
        sections.put(UsageMessageSpec.SECTION_KEY_HEADER, help -> {
            UsageMessageSpec usage = help.commandSpec().usageMessage();
            String text = paragraphs(usage.header());
            return text.isEmpty() || usage.description().length == 0 ? text : text + "\n";
        });
        sections.put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> {
            String text = paragraphs(help.commandSpec().usageMessage().description());
            return text.isEmpty() ? text : text + "\n"; // a blank line before the options
        });
        sections.put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> parameters(help.commandSpec()));
        sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> options(help.commandSpec()));
        sections.put(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST, help -> exitCodes(help.commandSpec().usageMessage().exitCodeList()));
        sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> commands(help.commandSpec()));
        // Usage line first, then the summary sentence and the paragraphs after it.
        List<String> keys = new ArrayList<>(cli.getHelpSectionKeys());
        keys.remove(UsageMessageSpec.SECTION_KEY_HEADER_HEADING);
        keys.remove(UsageMessageSpec.SECTION_KEY_HEADER);
        int at = keys.indexOf(UsageMessageSpec.SECTION_KEY_DESCRIPTION_HEADING);
        keys.add(at, UsageMessageSpec.SECTION_KEY_HEADER);
        cli.setHelpSectionKeys(keys);
        cli.getSubcommands().values().forEach(HelpLayout::install);
    }

    /** Each element a wrapped paragraph; elements starting with spaces are list items, kept together. */
    static String paragraphs(String[] elements) {
        StringBuilder sb = new StringBuilder();
        for (String element : elements) {
            String text = element.replace("%n", "").replace("\r", "");
            int indent = text.length() - text.stripLeading().length();
            if (indent == 0 && sb.length() > 0) {
                sb.append('\n'); // a blank line before each new paragraph
            }
            int hanging = indent == 0 ? 0 : indent + 2;
            sb.append(wrap(text.strip(), indent, hanging, WIDTH));
        }
        return sb.toString();
    }

    private static String parameters(CommandSpec spec) {
        List<String[]> rows = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                String label = p.paramLabel() + (p.isMultiValue() ? "..." : "");
                rows.add(new String[] {"      " + label, String.join(" ", p.description())});
            }
        }
        return table(rows, labelColumn(spec));
    }

    private static String options(CommandSpec spec) {
        List<String[]> rows = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (!o.hidden()) {
                rows.add(new String[] {optionLabel(o), String.join(" ", o.description())});
            }
        }
        if (spec.usageMessage().sortOptions()) {
            rows.sort((a, b) -> a[0].strip().replaceFirst("^-\\w, ", "").replace("-", "")
                    .compareToIgnoreCase(b[0].strip().replaceFirst("^-\\w, ", "").replace("-", "")));
        }
        return table(rows, labelColumn(spec));
    }

    private static String optionLabel(OptionSpec o) {
        String shortName = null;
        String longName = null;
        for (String name : o.names()) {
            if (name.length() == 2 && shortName == null) {
                shortName = name;
            } else if (longName == null || name.length() > longName.length()) {
                longName = name;
            }
        }
        String value = o.typeInfo().isBoolean() ? "" : "=" + o.paramLabel();
        if (longName == null) {
            return "  " + shortName + value;
        }
        return (shortName == null ? "      " : "  " + shortName + ", ") + longName + value;
    }

    /** Where descriptions start: after the longest label, but never further than the fixed limit. */
    private static int labelColumn(CommandSpec spec) {
        int widest = 0;
        for (OptionSpec o : spec.options()) {
            widest = Math.max(widest, optionLabel(o).length());
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            widest = Math.max(widest, 6 + p.paramLabel().length() + 3);
        }
        return Math.min(widest + 2, MAX_LABEL_COLUMN);
    }

    private static String table(List<String[]> rows, int column) {
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            String label = row[0];
            String text = row[1].strip();
            if (label.length() + 1 > column) {
                sb.append(label).append('\n').append(wrap(text, column, column, WIDTH));
            } else {
                String body = wrap(text, column, column, WIDTH);
                sb.append(label).append(body.substring(label.length()));
            }
        }
        return sb.toString();
    }

    private static String exitCodes(Map<String, String> codes) {
        StringBuilder sb = new StringBuilder();
        codes.forEach((code, text) -> {
            String label = "  " + code;
            String body = wrap(text.strip(), 6, 6, WIDTH);
            sb.append(label).append(body.substring(label.length()));
        });
        return sb.toString();
    }

    /** The subcommands, each with its one-sentence summary. */
    private static String commands(CommandSpec spec) {
        Map<String, CommandLine> subs = spec.subcommands();
        int column = 2 + subs.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        StringBuilder sb = new StringBuilder();
        subs.forEach((name, sub) -> {
            UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
            String summary = usage.header().length > 0 ? String.join(" ", usage.header())
                    : usage.description().length > 0 ? usage.description()[0] : "";
            String body = wrap(summary.replace("%n", "").strip(), column, column, WIDTH);
            sb.append("  ").append(name).append(body.substring(2 + name.length()));
        });
        return sb.toString();
    }

    /**
     * {@code text} wrapped at spaces to {@code width} columns: the first line indented by
     * {@code first} spaces, the others by {@code rest}. A word longer than a line is not broken.
     */
    static String wrap(String text, int first, int rest, int width) {
        StringBuilder sb = new StringBuilder(" ".repeat(first));
        int lineStart = 0;
        boolean lineEmpty = true;
        for (String word : text.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            int length = sb.length() - lineStart;
            if (!lineEmpty && length + 1 + word.codePointCount(0, word.length()) > width) {
                sb.append('\n');
                lineStart = sb.length();
                sb.append(" ".repeat(rest));
                lineEmpty = true;
            }
            if (!lineEmpty) {
                sb.append(' ');
            }
            sb.append(word);
            lineEmpty = false;
        }
        return sb.append('\n').toString();
    }
}
