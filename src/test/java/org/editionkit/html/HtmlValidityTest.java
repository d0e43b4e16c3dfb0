package org.editionkit.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.editionkit.core.Toolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (in process, its bundled HTML5 schema) finds no error in the editions. */
class HtmlValidityTest {
    @TempDir
    static Path out;
    static Toolkit toolkit;

    @BeforeAll
    static void setUp() {
        toolkit = new Toolkit();
    }

    @Test
    void masterEditionHasNoNuCheckerErrors() throws Exception {
        Rendered master = Rendered.render(toolkit, Rendered.MASTER, out);
        assertEquals(List.of(), errors(master.html));
    }

    @Test
    void fixtureEditionHasNoNuCheckerErrors() throws Exception {
        Rendered fixture = Rendered.render(toolkit, Rendered.FIXTURE, out);
        assertEquals(List.of(), errors(fixture.html));
    }

    @Test
    void checkerReportsAnErrorInBrokenHtml() throws Exception {
        Path bad = out.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title></head>"
                + "<body><ul><div>not an item</div></ul><span id=\"a\"></span><span id=\"a\"></span></body></html>");
        List<String> errors = errors(bad);
        assertEquals(2, errors.size(), errors.toString());
    }

    static List<String> errors(Path html) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings (such as advice on heading structure) are not failures.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        try (InputStream in = Files.newInputStream(html)) {
            InputSource source = new InputSource(in);
            source.setSystemId(html.toUri().toString());
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        }
        return errors;
    }
}
