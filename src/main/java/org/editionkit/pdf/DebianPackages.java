package org.editionkit.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.editionkit.core.Resources;

/**
 * The Debian packages of {@code fo/debian-packages.txt}: the single list that README's set-up
 * commands and {@code .ci/run} name, read here so that the missing-font advice names the same
 * package. One line per package: name, when it is needed ({@code run} or {@code test}) and, for a
 * font package, the fonts.xml families it provides, comma-separated.
 */
public final class DebianPackages {
    public static final String LIST = "fo/debian-packages.txt";

    /** One package of the list. */
    public record Package(String name, String use, List<String> families) {
    }

    private DebianPackages() {
    }

    public static List<Package> all() {
        return parse(new String(Resources.bytes(LIST), StandardCharsets.UTF_8));
    }

    static List<Package> parse(String text) {
        List<Package> packages = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cols = l.split("\\s+", 3);
            List<String> families = new ArrayList<>();
            if (cols.length == 3) {
                for (String f : cols[2].split(",")) {
                    families.add(f.strip());
                }
            }
            packages.add(new Package(cols[0], cols.length > 1 ? cols[1] : "run", List.copyOf(families)));
        }
        return packages;
    }

    /** Package names needed for the given use ("run" or "test"), in list order. */
    public static List<String> names(String use) {
        return all().stream().filter(p -> p.use().equals(use)).map(Package::name).toList();
    }

    /** Font family (as fonts.xml names it) to the package that installs it. */
    static Map<String, String> packageOfFamily() {
        Map<String, String> map = new LinkedHashMap<>();
        for (Package p : all()) {
            p.families().forEach(f -> map.put(f, p.name()));
        }
        return map;
    }
}
