package org.editionkit.validate;

import com.thaiopensource.validate.Schema;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import org.editionkit.core.Problem;
import org.editionkit.core.ProblemException;
import org.editionkit.core.Resources;
import org.editionkit.core.Toolkit;
import org.editionkit.xml.ReadPolicy;
import org.editionkit.xml.SecureXml;
import org.xml.sax.InputSource;

/**
 * Checks TEI documents: well-formedness (hardened parsing), RELAX NG through Jing, then the
 * Schematron rules through SchXslt2 on Saxon. Every problem is reported with its location, not
 * only the first. One instance compiles each schema once and is safe to share between threads.
 *
 * <p>Which schemas apply: a {@link ValidatorConfig} override wins; otherwise the document's
 * {@code <?xml-model?>} instructions that point at local files; otherwise the project's own
 * schema and rules ({@code tei/schema/edition.rng} and {@code edition.sch}, shipped in the jar).
 */
public final class Validator {
    /** Class-path locations of the project schema (packaged from {@code tei/schema/}). */
    public static final String PROJECT_SCHEMA = "schema/edition.rng";
    public static final String PROJECT_SCHEMATRON = "schema/edition.sch";

    private final Toolkit toolkit;
    private final RelaxNg relaxNg = new RelaxNg();
    private final Schematron schematron;
    private final Optional<Source> schemaOverride;
    private final Optional<Source> schematronOverride;

    /**
     * A schema location: the URI the compilers read, the name problems are reported under, what
     * the schema may read besides itself, and the xml-model instruction that named it (or null).
     */
    private record Source(String uri, String displayName, ReadPolicy policy, Problem origin) {
    }

    private Validator(Toolkit toolkit, ValidatorConfig config) {
        this.toolkit = toolkit;
        this.schematron = new Schematron(toolkit.processor());
        this.schemaOverride = config.schema().map(Validator::fileSource);
        this.schematronOverride = config.schematron().map(Validator::fileSource);
    }

    /**
     * A validator for {@code config}. Schemas given as overrides are compiled now, so a missing
     * or broken one fails here, as a {@link SchemaLoadException}, before any document is read.
     */
    public static Validator create(Toolkit toolkit, ValidatorConfig config) {
        Validator v = new Validator(toolkit, config);
        v.schemaOverride.ifPresent(s -> v.requireLoaded(v.relaxNg.schema(s.uri(), s.displayName(), s.policy(), null)));
        v.schematronOverride.ifPresent(s -> v.requireLoaded(v.schematron.rules(s.uri(), s.displayName(), s.policy(), null)));
        return v;
    }

    private static Source fileSource(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SchemaLoadException(List.of(Problem.fileError(file.toString(),
                    Files.isDirectory(file) ? "is a directory, not a schema file" : "no such file")));
        }
        // A schema named on the command line may read the folder it lies in, like a document's schema.
        Path parent = file.toAbsolutePath().getParent();
        return new Source(file.toAbsolutePath().toUri().toString(), file.toString(),
                parent == null ? ReadPolicy.toolkitOnly() : ReadPolicy.toolkitOnly().withFolder(parent), null);
    }

    private void requireLoaded(Loaded<?> loaded) {
        if (!loaded.ok()) {
            throw new SchemaLoadException(loaded.problems());
        }
    }

    /** Every problem in {@code file}, reported under {@code displayName}; empty when valid. */
    public List<Problem> validate(Path file, String displayName) {
        if (!Files.isRegularFile(file)) {
            return List.of(Problem.fileError(displayName, Files.exists(file) ? "not a regular file" : "no such file"));
        }
        if (!Files.isReadable(file)) {
            return List.of(Problem.fileError(displayName, "permission denied"));
        }
        List<Problem> problems = new ArrayList<>();
        XdmNode doc;
        try {
            doc = toolkit.parse(file, displayName, problems);
        } catch (ProblemException e) {
            problems.addAll(e.problems());
            return sorted(problems);
        }
        URI uri = file.toAbsolutePath().toUri();
        check(doc, () -> new InputSource(uri.toString()), uri, displayName, problems);
        return sorted(problems);
    }

    /**
     * Every problem in an in-memory document (such as a generated draft), reported under
     * {@code displayName}. Relative {@code xml-model} references resolve against {@code baseDir}
     * (the directory the document will be saved in), or are ignored when it is null.
     */
    public List<Problem> validate(String xml, String displayName, Path baseDir) {
        List<Problem> problems = new ArrayList<>();
        URI base = baseDir == null ? null : baseDir.toAbsolutePath().toUri().resolve(displayName.replaceAll("[^A-Za-z0-9._-]", "_"));
        Supplier<InputSource> input = () -> {
            InputSource in = new InputSource(new StringReader(xml));
            if (base != null) {
                in.setSystemId(base.toString());
            }
            return in;
        };
        XdmNode doc;
        try {
            DocumentBuilder builder = toolkit.processor().newDocumentBuilder();
            builder.setLineNumbering(true);
            List<Problem> found = new ArrayList<>();
            doc = builder.build(new SAXSource(SecureXml.newReader(displayName, found), input.get()));
            problems.addAll(found);
            if (found.stream().anyMatch(Problem::isError)) {
                return sorted(problems);
            }
        } catch (SaxonApiException e) {
            problems.addAll(SecureXml.toProblem(displayName, e).problems());
            return sorted(problems);
        }
        check(doc, input, base, displayName, problems);
        return sorted(problems);
    }

    /** Convenience for callers without a target directory: {@code validate(xml, displayName, null)}. */
    public List<Problem> validate(String xml, String displayName) {
        return validate(xml, displayName, null);
    }

    private void check(XdmNode doc, Supplier<InputSource> input, URI base, String displayName, List<Problem> problems) {
        List<Source> rngs = new ArrayList<>();
        List<Source> schs = new ArrayList<>();
        ReadPolicy policy = ReadPolicy.forDocument(base);
        chooseSchemas(doc, base, displayName, policy, rngs, schs, problems);
        for (Source s : rngs) {
            Loaded<Schema> schema = relaxNg.schema(s.uri(), s.displayName(), s.policy(), s.origin());
            if (schema.ok()) {
                RelaxNg.validate(schema.value(), input, displayName, problems);
            } else {
                problems.addAll(schema.problems());
            }
        }
        for (Source s : schs) {
            Loaded<XsltExecutable> rules = schematron.rules(s.uri(), s.displayName(), s.policy(), s.origin());
            if (rules.ok()) {
                schematron.validate(rules.value(), doc, displayName, problems, policy.plus(s.policy()), s.uri(),
                        s.displayName(), s.origin());
            } else {
                problems.addAll(rules.problems());
            }
        }
    }

    /** Overrides first, then the document's local xml-model schemas, then the project defaults. */
    private void chooseSchemas(XdmNode doc, URI base, String displayName, ReadPolicy policy, List<Source> rngs,
            List<Source> schs, List<Problem> problems) {
        for (XmlModel model : XmlModel.of(doc, base)) {
            if (model.kind() == XmlModel.Kind.OTHER) {
                continue;
            }
            boolean overridden = model.kind() == XmlModel.Kind.RELAX_NG ? schemaOverride.isPresent() : schematronOverride.isPresent();
            if (overridden) {
                continue;
            }
            if (model.kind() == XmlModel.Kind.SCHEMATRON && model.href().matches("(?i).*\\.rn[gc]")) {
                problems.add(Problem.warning(displayName, model.line(), model.column(), "xml-model \"" + model.href()
                        + "\": Schematron embedded in a RELAX NG schema is not run; the project rules are used instead"));
                continue;
            }
            String unusable = model.unusableFileUri();
            if (unusable != null) {
                problems.add(Problem.error(displayName, model.line(), model.column(), "xml-model schema \"" + model.href()
                        + "\": " + unusable + "; only local files are read"));
                continue;
            }
            if (!model.local()) {
                problems.add(Problem.warning(displayName, model.line(), model.column(), "xml-model schema \"" + model.href()
                        + "\" not fetched (only local files are read); the project schema is used instead"));
                continue;
            }
            String refused = policy.refusal(model.resolved().toString());
            if (refused != null) {
                problems.add(Problem.error(displayName, model.line(), model.column(),
                        "xml-model schema \"" + model.href() + "\" not read: " + refused));
                continue;
            }
            if (!Files.isRegularFile(Path.of(model.resolved()))) {
                problems.add(Problem.error(displayName, model.line(), model.column(),
                        "xml-model schema \"" + model.href() + "\" not found"));
                continue;
            }
            Problem origin = Problem.error(displayName, model.line(), model.column(),
                    "xml-model schema \"" + model.href() + "\": ");
            // Named by its path, so that editors can jump to a problem in it.
            Source source = new Source(model.resolved().toString(), Refusals.displayName(model.resolved().toString()),
                    policy, origin);
            (model.kind() == XmlModel.Kind.RELAX_NG ? rngs : schs).add(source);
        }
        if (schemaOverride.isPresent()) {
            rngs.add(schemaOverride.get());
        } else if (rngs.isEmpty()) {
            rngs.add(new Source(Resources.url(PROJECT_SCHEMA).toExternalForm(), "tei/schema/edition.rng",
                    ReadPolicy.toolkitOnly(), null));
        }
        if (schematronOverride.isPresent()) {
            schs.add(schematronOverride.get());
        } else if (schs.isEmpty()) {
            schs.add(new Source(Resources.url(PROJECT_SCHEMATRON).toExternalForm(), "tei/schema/edition.sch",
                    ReadPolicy.toolkitOnly(), null));
        }
    }

    /** File-level problems first, then by position; the sort is stable so equal positions keep their order. */
    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return List.copyOf(copy);
    }
}
