package org.headback.cli;

import org.headback.text.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** The version the build took from the pom. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {AppVersion.title()};
    }
}
