package org.editionkit.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editionkit.core.Resources;
import org.junit.jupiter.api.Test;

/**
 * fo/debian-packages.txt is the one list of Debian packages: README's set-up commands name
 * exactly its packages, .ci/run installs them from it, and every font family of fo/fonts.xml
 * has its package there (the missing-font warning names it).
 */
class DebianPackagesTest {
    private static final Path PROJECT = PdfTestSupport.PROJECT;

    @Test
    void everyAptGetInstallInTheReadmeNamesTheListedPackages() throws Exception {
        String readme = Files.readString(PROJECT.resolve("README.md"), StandardCharsets.UTF_8);
        Set<String> run = new LinkedHashSet<>(DebianPackages.names("run"));
        Set<String> runAndTest = new LinkedHashSet<>(run);
        runAndTest.addAll(DebianPackages.names("test"));
        Matcher m = Pattern.compile("apt-get install((?:\\s+[-a-z0-9.+]+)+)").matcher(readme);
        List<Set<String>> commands = new ArrayList<>();
        while (m.find()) {
            Set<String> named = new LinkedHashSet<>();
            for (String word : m.group(1).strip().split("\\s+")) {
                if (!word.startsWith("-")) {
                    named.add(word);
                }
            }
            commands.add(named);
            assertTrue(named.equals(run) || named.equals(runAndTest), "README's `apt-get install" + m.group(1)
                    + "` should name the packages of fo/debian-packages.txt: " + run + (" (+ " + DebianPackages.names("test") + " to test)"));
        }
        assertTrue(commands.contains(run), "README has no set-up command with the run packages");
        assertTrue(commands.contains(runAndTest), "README has no set-up command with the run and test packages");
    }

    @Test
    void ciInstallsFromTheList() throws Exception {
        String ci = Files.readString(PROJECT.resolve(".ci/run"), StandardCharsets.UTF_8);
        assertTrue(ci.contains("fo/debian-packages.txt"), ".ci/run must read the package list");
        for (String p : DebianPackages.names("run")) {
            assertFalse(Pattern.compile("(?m)^[^#]*\\b" + Pattern.quote(p) + "\\b").matcher(ci).find(),
                    ".ci/run names " + p + " itself instead of reading the list");
        }
    }

    @Test
    void everyFontFamilyHasItsPackageAndEveryListedFamilyExists() {
        String fonts = new String(Resources.bytes(FontSetup.CONFIG), StandardCharsets.UTF_8);
        Set<String> families = new LinkedHashSet<>();
        Matcher m = Pattern.compile("<family name=\"([^\"]+)\"").matcher(fonts);
        while (m.find()) {
            families.add(m.group(1));
        }
        assertEquals(new java.util.TreeSet<>(families), new java.util.TreeSet<>(DebianPackages.packageOfFamily().keySet()),
                "fo/fonts.xml families and the families fo/debian-packages.txt provides");
        assertEquals("fonts-noto-mono", DebianPackages.packageOfFamily().get("Noto Sans Mono"));
    }
}
