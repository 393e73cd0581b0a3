package org.headback.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * HeadBack's version, as the pom gives it: the build writes it into {@code version.properties} beside this class, so
 * the window, the command line and the tests all show the same one, from a jar or from the build's classes.
 */
public final class AppVersion {
    private static final String VERSION = read();

    private AppVersion() {
    }

    /** The version, such as {@code 0.1.0} or {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return VERSION;
    }

    /** The name and version, as the About dialog and {@code --version} show them: "HeadBack 0.1.0". */
    public static String title() {
        return "HeadBack " + VERSION;
    }

    private static String read() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing beside " + AppVersion.class);
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
