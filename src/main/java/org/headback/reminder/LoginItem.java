package org.headback.reminder;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the system starts the background reminder when the user logs in, in its usual way for a program of the user's
 * own: the file that says so, and what it holds. One per user; turning the reminder off removes it.
 */
public interface LoginItem {
    /** The file that makes the system start the reminder at login. */
    Path file();

    /** What the file holds, to start {@code command} (the program and its arguments) at login. */
    byte[] content(List<String> command);

    /**
     * The login item of this kind of system: an XDG autostart entry on Linux and other free desktops, a launch agent
     * on macOS, a shortcut in the Startup folder on Windows.
     */
    static LoginItem forSystem(String osName, Map<String, String> env, Path home) {
        var os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            var appData = env.get("APPDATA");
            var roaming = appData == null || appData.isBlank()
                    ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return new StartupShortcut(roaming.resolve("Microsoft").resolve("Windows").resolve("Start Menu")
                    .resolve("Programs").resolve("Startup").resolve(StartupShortcut.FILE_NAME));
        }
        if (os.startsWith("mac")) {
            return new LaunchAgent(home.resolve("Library").resolve("LaunchAgents").resolve(LaunchAgent.FILE_NAME));
        }
        var config = env.get("XDG_CONFIG_HOME");
        var base = config == null || config.isBlank() || !Path.of(config).isAbsolute()
                ? home.resolve(".config") : Path.of(config);
        return new AutostartEntry(base.resolve("autostart").resolve(AutostartEntry.FILE_NAME));
    }

    /** The login item of the running system and user. */
    static LoginItem forThisSystem() {
        return forSystem(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
