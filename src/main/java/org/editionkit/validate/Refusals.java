package org.editionkit.validate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.editionkit.core.Problem;
import org.editionkit.xml.ReadPolicy;
import org.editionkit.xml.ReadPolicy.Refusal;

/**
 * Turns refused reads into located problems. Resolvers learn the reference and the file that
 * made it, not the line, so the reference is looked up in that file's text: the first place
 * where it is written is where the error points (an include, an externalRef, a doc() call).
 * When it is not written literally (a computed URI), the problem points at {@code fallback}.
 */
final class Refusals {
    private Refusals() {
    }

    /**
     * @param schemaUri   the schema being compiled or run, for refusals whose referring file is unknown
     * @param schemaName  how that schema is named in messages
     * @param fallback    where to point when the reference is not found written anywhere
     * @param policy      the policy the reads were held to: only files it allows are searched
     */
    static List<Problem> problems(List<Refusal> refusals, String schemaUri, String schemaName, Problem fallback,
            ReadPolicy policy) {
        List<Problem> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Refusal r : refusals) {
            if (!seen.add(r.uri())) {
                continue;
            }
            String base = r.base() != null ? r.base() : schemaUri;
            String name = base == null || base.equals(schemaUri) ? schemaName : displayName(base);
            int[] at = policy.refusal(base) == null ? find(base, candidates(r)) : null;
            if (at != null) {
                out.add(Problem.error(name, at[0], at[1], r.message()));
            } else if (fallback != null) {
                out.add(new Problem(fallback.file(), fallback.line(), fallback.column(), fallback.severity(),
                        fallback.message() + r.message()));
            } else {
                out.add(Problem.fileError(name, r.message()));
            }
        }
        return out;
    }

    /** A file URI as a path relative to the working directory when it lies below it. */
    static String displayName(String uri) {
        try {
            Path p = Path.of(new URI(uri)).normalize();
            Path cwd = Path.of("").toAbsolutePath();
            return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
        } catch (Exception e) {
            return uri;
        }
    }

    private static List<String> candidates(Refusal r) {
        List<String> c = new ArrayList<>();
        if (r.href() != null && !r.href().isBlank()) {
            c.add(r.href());
        }
        String uri = r.uri();
        if (uri != null) {
            c.add(uri);
            if (uri.startsWith("file:///")) {
                c.add("file:/" + uri.substring(8));
                c.add(uri.substring(7));
            } else if (uri.startsWith("file:/")) {
                c.add("file:///" + uri.substring(6));
                c.add(uri.substring(5));
            }
        }
        return c;
    }

    /** Line and column (1-based) of the first of {@code needles} found in the text at {@code uri}. */
    private static int[] find(String uri, List<String> needles) {
        String text;
        try (InputStream in = new URI(uri).toURL().openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
        for (String needle : needles) {
            int i = text.indexOf(needle);
            if (i >= 0) {
                int lineStart = text.lastIndexOf('\n', i) + 1;
                int line = 1 + (int) text.substring(0, i).chars().filter(ch -> ch == '\n').count();
                return new int[] {line, i - lineStart + 1};
            }
        }
        return null;
    }
}
