package org.editionkit.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.editionkit.core.Problem;
import org.editionkit.html.HtmlRenderer;
import org.editionkit.io.AtomicOutput;
import org.editionkit.pdf.PdfRenderer;
import org.editionkit.validate.Validator;

/**
 * The real steps of {@code edition build}: thin adapters from {@link DocumentStep} to the
 * services. Each service is created on first use, so a build where every document is unchanged
 * never pays for compiling the schema or setting up FOP and its fonts.
 */
public final class Steps {
    private Steps() {
    }

    /** {@code factory}'s value, made once, on first use, by whichever worker thread gets there first. */
    static <T> Supplier<T> once(Supplier<T> factory) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = factory.get();
                        }
                        v = value;
                    }
                }
                return v;
            }
        };
    }

    /** Validation against the schema and Schematron; writes nothing. */
    public static DocumentStep validate(Supplier<Validator> validator) {
        Supplier<Validator> once = once(validator);
        return new DocumentStep() {
            @Override
            public String id() {
                return "validate";
            }

            @Override
            public String outputFile(String name) {
                return null;
            }

            @Override
            public List<Problem> run(SourceDocument doc, Path target) {
                return once.get().validate(doc.source(), doc.displayName());
            }
        };
    }

    /** The HTML edition; the renderer writes {@code outDir/NAME.html} itself (through AtomicOutput). */
    public static DocumentStep html(Supplier<HtmlRenderer> renderer) {
        Supplier<HtmlRenderer> once = once(renderer);
        return new DocumentStep() {
            @Override
            public String id() {
                return "html";
            }

            @Override
            public String outputFile(String name) {
                return name + ".html";
            }

            @Override
            public void prepare() {
                once.get().prepare();
            }

            @Override
            public List<Problem> run(SourceDocument doc, Path target) throws Exception {
                once.get().render(doc.tree(), doc.name(), target.getParent());
                return List.of();
            }
        };
    }

    /** The PDF ({@link PdfRenderer} itself serialises FOP's first, not thread-safe, rendering). */
    public static DocumentStep pdf(Supplier<PdfRenderer> renderer) {
        Supplier<PdfRenderer> once = once(renderer);
        return new DocumentStep() {
            @Override
            public String id() {
                return "pdf";
            }

            @Override
            public String outputFile(String name) {
                return name + ".pdf";
            }

            @Override
            public void prepare() {
                once.get().prepare();
            }

            @Override
            public List<Problem> run(SourceDocument doc, Path target) throws Exception {
                return once.get().render(doc.tree(), doc.displayName(), target);
            }
        };
    }

    /** The TEI master, copied byte for byte (the masters are only ever read). */
    public static DocumentStep teiCopy() {
        return new DocumentStep() {
            @Override
            public String id() {
                return "tei";
            }

            @Override
            public String outputFile(String name) {
                return name + ".xml";
            }

            @Override
            public List<Problem> run(SourceDocument doc, Path target) throws Exception {
                AtomicOutput.write(target, out -> Files.copy(doc.source(), out));
                return List.of();
            }
        };
    }
}
