package org.editionkit.validate;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Which schemas a {@link Validator} applies. Without overrides a document is checked against
 * the schemas its {@code <?xml-model?>} instructions name (local files only) and otherwise
 * against the project's own RELAX NG schema and Schematron rules shipped in the jar.
 *
 * @param schema     a RELAX NG schema (XML or compact syntax) that replaces any other
 * @param schematron a Schematron schema that replaces any other
 */
public record ValidatorConfig(Optional<Path> schema, Optional<Path> schematron) {

    public ValidatorConfig {
        schema = schema == null ? Optional.empty() : schema;
        schematron = schematron == null ? Optional.empty() : schematron;
    }

    public static ValidatorConfig defaults() {
        return new ValidatorConfig(Optional.empty(), Optional.empty());
    }

    public ValidatorConfig withSchema(Path rng) {
        return new ValidatorConfig(Optional.of(rng), schematron);
    }

    public ValidatorConfig withSchematron(Path sch) {
        return new ValidatorConfig(schema, Optional.of(sch));
    }
}
