package org.editionkit.validate;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.SchemaReader;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import com.thaiopensource.validate.rng.SAXSchemaReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.editionkit.core.Problem;
import org.editionkit.xml.ReadPolicy;
import org.editionkit.xml.SecureXml;
import org.xml.sax.DTDHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * RELAX NG through Jing. Each schema is compiled once per URI and kept: a Jing {@code Schema}
 * is immutable and thread-safe, while the {@code Validator} made from it is per document.
 * Schemas and documents are both read through {@link SecureXml}.
 */
final class RelaxNg {
    private final Map<String, Loaded<Schema>> schemas = new ConcurrentHashMap<>();

    /**
     * The compiled schema at {@code uri} (compact syntax when the name ends in {@code .rnc}),
     * whose includes and external references may read only what {@code policy} allows; refused
     * references are reported at the line that makes them, or else at {@code origin} (the
     * xml-model instruction that named the schema; may be null).
     */
    Loaded<Schema> schema(String uri, String displayName, ReadPolicy policy, Problem origin) {
        return schemas.computeIfAbsent(uri + "\n" + policy.key(), k -> {
            JingReads reads = new JingReads(policy);
            Loaded<Schema> loaded = compile(uri, displayName, reads);
            if (reads.refusals().isEmpty()) {
                return loaded;
            }
            List<Problem> problems = new ArrayList<>(Refusals.problems(reads.refusals(), uri, displayName, origin, policy));
            // Jing's own report of the failed include says no more than the refusal.
            loaded.problems().stream().filter(p -> !p.message().contains(" not read: ")).forEach(problems::add);
            return Loaded.failed(problems);
        });
    }

    private static Loaded<Schema> compile(String uri, String displayName, JingReads reads) {
        List<Problem> problems = new ArrayList<>();
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, new Collector(displayName, problems));
        props.put(ValidateProperty.XML_READER_CREATOR, () -> SecureXml.newReader(displayName, problems));
        props.put(ValidateProperty.RESOLVER, reads);
        SchemaReader reader = uri.toLowerCase(Locale.ROOT).endsWith(".rnc")
                ? CompactSchemaReader.getInstance() : SAXSchemaReader.getInstance();
        try {
            InputSource top = new InputSource(uri);
            reads.open(top);
            Schema schema = reader.createSchema(top, props.toPropertyMap());
            return problems.stream().anyMatch(Problem::isError) ? Loaded.failed(problems) : Loaded.of(schema);
        } catch (IncorrectSchemaException e) {
            if (problems.isEmpty()) {
                problems.add(Problem.fileError(displayName, "not a correct RELAX NG schema"));
            }
            return Loaded.failed(problems);
        } catch (SAXParseException e) {
            problems.add(Problem.error(displayName, e.getLineNumber(), e.getColumnNumber(), clean(e.getMessage())));
            return Loaded.failed(problems);
        } catch (IOException | SAXException e) {
            problems.add(Problem.fileError(displayName, "cannot read RELAX NG schema: " + describe(e)));
            return Loaded.failed(problems);
        }
    }

    /**
     * Validates one document; every violation is added to {@code out} with its location. The
     * document is assumed well-formed (the caller parsed it first), so parser messages are not
     * repeated here.
     */
    static void validate(Schema schema, Supplier<InputSource> input, String displayName, List<Problem> out) {
        List<Problem> found = new ArrayList<>();
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, new Collector(displayName, found));
        com.thaiopensource.validate.Validator validator = schema.createValidator(props.toPropertyMap());
        XMLReader reader = SecureXml.newReader(displayName, new ArrayList<>());
        reader.setContentHandler(validator.getContentHandler());
        DTDHandler dtd = validator.getDTDHandler();
        if (dtd != null) {
            reader.setDTDHandler(dtd);
        }
        try {
            reader.parse(input.get());
        } catch (SAXParseException e) {
            found.add(Problem.error(displayName, e.getLineNumber(), e.getColumnNumber(), clean(e.getMessage())));
        } catch (IOException | SAXException e) {
            found.add(Problem.fileError(displayName, "cannot read: " + describe(e)));
        }
        out.addAll(found);
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : clean(e.getMessage());
    }

    private static String clean(String message) {
        return message == null ? "unknown error" : message.replaceFirst("^JAXP\\d+:\\s*", "").strip();
    }

    /** Jing reports through a SAX error handler; keep going so every violation is reported. */
    private record Collector(String displayName, List<Problem> sink) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            sink.add(Problem.warning(displayName, e.getLineNumber(), e.getColumnNumber(), clean(e.getMessage())));
        }

        @Override
        public void error(SAXParseException e) {
            sink.add(Problem.error(displayName, e.getLineNumber(), e.getColumnNumber(), clean(e.getMessage())));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    }
}
