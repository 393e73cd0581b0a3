package org.headback.reminder;

import java.awt.AWTException;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.util.Optional;

/**
 * The reminder as the system tray's notification (Windows' and macOS's notifications, through Java's own tray
 * icon), where the system has a tray: HeadBack's icon in the tray, and its message; a click on either opens
 * HeadBack. The icon stays until the notification is closed.
 */
final class TrayNotifier implements Notifier {
    private static final String ICON = "/org/headback/ui/icons/headback-32.png";

    @Override
    public boolean available() {
        return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
    }

    @Override
    public Optional<Shown> show(Runnable onOpen) {
        if (!available()) {
            return Optional.empty();
        }
        var tray = SystemTray.getSystemTray();
        var icon = new TrayIcon(Toolkit.getDefaultToolkit().createImage(TrayNotifier.class.getResource(ICON)),
                "HeadBack: " + SUMMARY);
        icon.setImageAutoSize(true);
        icon.addActionListener(event -> onOpen.run());
        try {
            tray.add(icon);
        } catch (AWTException e) {
            return Optional.empty();
        }
        icon.displayMessage(SUMMARY, BODY, TrayIcon.MessageType.INFO);
        return Optional.of(new Shown() {
            private boolean open = true;

            @Override
            public synchronized boolean open() {
                return open;
            }

            @Override
            public synchronized void close(boolean withdraw) {
                if (open) {
                    open = false;
                    tray.remove(icon);
                }
            }
        });
    }
}
