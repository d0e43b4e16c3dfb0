package org.editionkit.build;

import java.nio.file.Files;
import java.util.List;
import java.util.function.Supplier;
import org.editionkit.html.HtmlRenderer;
import org.editionkit.io.OutputDirectory;
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
        return DocumentStep.of("validate", null, (doc, target) -> once.get().validate(doc.source(), doc.displayName()));
    }

    /** The HTML edition; the renderer writes {@code outDir/NAME.html} itself (through OutputDirectory). */
    public static DocumentStep html(Supplier<HtmlRenderer> renderer) {
        Supplier<HtmlRenderer> once = once(renderer);
        return DocumentStep.of("html", ".html", () -> once.get().prepare(), (doc, target) -> {
            once.get().render(doc.tree(), doc.name(), target.getParent());
            return List.of();
        });
    }

    /** The PDF ({@link PdfRenderer} itself serialises FOP's first, not thread-safe, rendering). */
    public static DocumentStep pdf(Supplier<PdfRenderer> renderer) {
        Supplier<PdfRenderer> once = once(renderer);
        return DocumentStep.of("pdf", ".pdf", () -> once.get().prepare(),
                (doc, target) -> once.get().render(doc.tree(), doc.displayName(), target));
    }

    /** The TEI master, copied byte for byte (the masters are only ever read). */
    public static DocumentStep teiCopy() {
        return DocumentStep.of("tei", ".xml", (doc, target) -> {
            OutputDirectory.write(target, out -> Files.copy(doc.source(), out));
            return List.of();
        });
    }
}
