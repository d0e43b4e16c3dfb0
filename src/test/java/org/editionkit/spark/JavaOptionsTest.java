package org.editionkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JVM options Spark needs are written twice (surefire's argLine is literal): they must agree. */
class JavaOptionsTest {
    private static final Path PROJECT = Path.of(System.getProperty("edition.projectDir", "."));

    @Test
    void theLaunchersOptionsAreThoseTheSparkTestsRunWith() throws Exception {
        List<String> file = Files.readAllLines(PROJECT.resolve("src/spark/java-options")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        Matcher m = Pattern.compile("<id>spark-test</id>.*?<argLine>([^<]*)</argLine>", Pattern.DOTALL)
                .matcher(Files.readString(PROJECT.resolve("pom.xml")));
        m.find();
        List<String> argLine = Arrays.stream(m.group(1).trim().split("\\s+")).filter(o -> !o.startsWith("-Xmx")).toList();
        assertEquals(file, argLine);
    }
}
