package org.headback.reminder;

import java.util.Locale;

/** The way this system shows notifications: the session bus on Linux and other free desktops, else the tray. */
final class Notifiers {
    /** What the log says, once, where no notification can be shown; the reminder then gives up quietly. */
    static final String NONE = "No desktop notification service answers here (on Linux, the freedesktop "
            + "notification service on the session bus; elsewhere, the system tray), so the reminder cannot be "
            + "shown; it gives up for now.";

    private Notifiers() {
    }

    static Notifier forThisSystem() {
        var os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.startsWith("windows") || os.startsWith("mac") ? new TrayNotifier() : new DbusNotifier();
    }
}
