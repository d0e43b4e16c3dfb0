package org.editionkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.editionkit.pdf.PdfOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The PDF options shared by {@code edition pdf} and {@code edition build} (a picocli mixin). */
final class TypesettingOptions {

    @Option(names = "--page", paramLabel = "a4|letter|royal", defaultValue = "a4",
            description = "Page size: a4 (default), letter or royal (156 × 234 mm)")
    String page;

    @Option(names = "--layout", paramLabel = "parallel|sequential", defaultValue = "parallel",
            description = "parallel: English and Korean side by side (default); sequential: Korean after English")
    String layout;

    @Option(names = "--apparatus", paramLabel = "foot|end", defaultValue = "foot",
            description = "Apparatus of translation divergences at the foot of the page (default) or after the text")
    String apparatus;

    @Option(names = "--pdfa", description = "Write PDF/A-2b that is also tagged PDF/UA-1")
    boolean pdfa;

    @Option(names = "--font-dir", paramLabel = "DIR",
            description = "Extra directory searched for font files (repeatable); its fonts join every font chain")
    List<Path> fontDirs = new ArrayList<>();

    @Option(names = "--allow-missing-glyphs", description = "Report characters no font can draw as warnings instead of errors")
    boolean allowMissingGlyphs;

    /** The options as the renderer takes them; a bad value is a usage error of {@code spec}'s command. */
    PdfOptions toPdfOptions(CommandSpec spec) {
        return PdfOptions.defaults()
                .withPage(choose(spec, PdfOptions.Page.class, "--page", page))
                .withLayout(choose(spec, PdfOptions.Layout.class, "--layout", layout))
                .withApparatus(choose(spec, PdfOptions.ApparatusPlacement.class, "--apparatus", apparatus))
                .withPdfa(pdfa)
                .withFontDirs(fontDirs)
                .withAllowMissingGlyphs(allowMissingGlyphs);
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E choose(CommandSpec spec, Class<E> type, String option, String value) {
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
            names.add(name(e));
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                option + " must be one of " + String.join(", ", names) + ", not \"" + value + "\"");
    }
}
