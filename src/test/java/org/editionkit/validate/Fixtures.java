package org.editionkit.validate;

import java.nio.file.Path;
import java.util.List;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemFormatter;

/** Where the validation fixtures, the master and ../shared are, and how results are compared. */
final class Fixtures {
    static final Path PROJECT = Path.of(System.getProperty("edition.projectDir", ".")).toAbsolutePath().normalize();
    static final Path DIR = PROJECT.resolve("src/test/resources/validate");
    static final Path MASTER = PROJECT.resolve("tei/1957-04-04-pimenov-note.xml");
    static final Path SHARED = PROJECT.resolve("../shared").normalize();
    static final Path TEI_ALL = SHARED.resolve("schema/tei_all.rng");

    private Fixtures() {
    }

    static Path fixture(String name) {
        return DIR.resolve(name);
    }

    /** Problems as the CLI prints them, one GNU line each: what the assertions compare. */
    static List<String> gnu(List<Problem> problems) {
        return problems.stream().map(ProblemFormatter::gnu).toList();
    }

    static List<String> errors(List<Problem> problems) {
        return gnu(problems.stream().filter(Problem::isError).toList());
    }
}
