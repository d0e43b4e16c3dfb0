package org.editionkit.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.editionkit.core.Resources;

/**
 * The font files a PDF build may use, for the build fingerprint: every file named in
 * {@code fo/fonts.xml} found in its {@code <dir>}s, plus every font in the user's
 * {@code --font-dir}s. Reading the set-up here (rather than asking the PDF renderer) keeps the
 * fingerprint cheap: it is computed before any renderer is built.
 */
public final class FontFiles {
    private static final Pattern DIR = Pattern.compile("<dir>\\s*([^<]+?)\\s*</dir>");
    private static final Pattern FILE = Pattern.compile("<font\\s[^>]*file=\"([^\"]+)\"");

    private FontFiles() {
    }

    public static List<Path> find(List<Path> userDirs) {
        String config;
        try {
            config = new String(Resources.bytes("fo/fonts.xml"), StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            config = "";
        }
        Set<String> named = new HashSet<>();
        Matcher f = FILE.matcher(config);
        while (f.find()) {
            named.addAll(List.of(f.group(1).strip().split("\\s+")));
        }
        List<Path> found = new ArrayList<>();
        for (Path dir : userDirs) {
            collect(dir, name -> name.endsWith(".ttf") || name.endsWith(".otf"), found);
        }
        Matcher d = DIR.matcher(config);
        while (d.find()) {
            String dir = d.group(1);
            Path path = dir.startsWith("~/") ? Path.of(System.getProperty("user.home"), dir.substring(2)) : Path.of(dir);
            collect(path, named::contains, found);
        }
        return found;
    }

    private static void collect(Path dir, java.util.function.Predicate<String> wanted, List<Path> into) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir, 6)) {
            files.filter(p -> wanted.test(p.getFileName().toString()) || wanted.test(p.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .filter(Files::isRegularFile).forEach(into::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            // An unreadable font folder cannot hold fonts the renderer uses either.
        }
    }
}
