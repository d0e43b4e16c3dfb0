package org.editionkit.core;

/** How bad a {@link Problem} is; {@code ERROR} makes a document fail. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
