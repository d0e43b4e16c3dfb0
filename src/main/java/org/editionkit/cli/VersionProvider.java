package org.editionkit.cli;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar manifest, so it is never out of date. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = EditionCommand.class.getPackage().getImplementationVersion();
        return new String[] {"edition " + (version == null ? "(development build)" : version),
            "Saxon-HE " + net.sf.saxon.Version.getProductVersion() + ", Java " + System.getProperty("java.version")};
    }
}
