package org.editionkit.validate;

import static org.editionkit.validate.Fixtures.MASTER;
import static org.editionkit.validate.Fixtures.SHARED;
import static org.editionkit.validate.Fixtures.TEI_ALL;
import static org.editionkit.validate.Fixtures.errors;
import static org.editionkit.validate.Fixtures.fixture;
import static org.editionkit.validate.Fixtures.gnu;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.editionkit.core.Problem;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The master and the minimal fixture satisfy the project schema, the project rules and TEI itself. */
class ProjectSchemaTest {
    private static Validator project;

    @BeforeAll
    static void compileSchemasOnce() {
        project = Validator.create(new Toolkit(), ValidatorConfig.defaults());
    }

    @Test
    void masterHasNoErrorsAgainstProjectSchemaAndRules() {
        Assumptions.assumeTrue(Files.isRegularFile(MASTER), "master not yet in tei/: skipping");
        List<Problem> problems = project.validate(MASTER, "master.xml");
        assertEquals(List.of(), errors(problems), "the master must be valid");
    }

    @Test
    void minimalFixtureIsValidWithoutAnyWarning() {
        assertEquals(List.of(), gnu(project.validate(fixture("valid-minimal.xml"), "valid-minimal.xml")));
    }

    @Test
    void masterIsAlsoValidAgainstTeiAll() {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "../shared not present: skipping the tei_all.rng check");
        Assumptions.assumeTrue(Files.isRegularFile(MASTER), "master not yet in tei/: skipping");
        Validator teiAll = Validator.create(new Toolkit(), ValidatorConfig.defaults().withSchema(TEI_ALL));
        assertEquals(List.of(), errors(teiAll.validate(MASTER, "master.xml")));
        assertEquals(List.of(), errors(teiAll.validate(fixture("valid-minimal.xml"), "valid-minimal.xml")));
    }

    @Test
    void teiAllRejectsWhatTheProjectSchemaRejectsForTheSameReason() {
        // Guards the test above: tei_all really is being applied (it knows nothing of <sketch>).
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "../shared not present: skipping the tei_all.rng check");
        Validator teiAll = Validator.create(new Toolkit(), ValidatorConfig.defaults().withSchema(TEI_ALL));
        List<String> found = errors(teiAll.validate(fixture("broken-schema.xml"), "broken-schema.xml"));
        assertTrue(found.stream().anyMatch(l -> l.startsWith("broken-schema.xml:59:83: error: element \"sketch\" not allowed")), found.toString());
    }

    @Test
    void oneValidatorGivesTheSameAnswerFromManyThreads() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(MASTER), "master not yet in tei/: skipping");
        List<String> expected = gnu(project.validate(fixture("broken-copy-count.xml"), "x.xml"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> gnu(project.validate(fixture("broken-copy-count.xml"), "x.xml"))));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
