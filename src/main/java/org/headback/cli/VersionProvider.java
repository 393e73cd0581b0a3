package org.headback.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest by the build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        var version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"HeadBack " + (version == null ? "(development build)" : version)};
    }
}
