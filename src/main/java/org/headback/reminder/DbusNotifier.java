package org.headback.reminder;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The reminder as a freedesktop notification, on the session's D-Bus (Linux and other free desktops): with the
 * buttons the service offers, and HeadBack's name and icon. The bus is reached only to show it, and left when the
 * notification is gone.
 */
final class DbusNotifier implements Notifier {
    static final String ACTIONS = "actions";
    static final String DEFAULT_ACTION = "default";
    static final String OPEN_ACTION = "open";
    private static final String APP_NAME = "HeadBack";
    private static final String ICON = "headback";
    /** The service's own choice of how long the notification stays. */
    private static final int SERVICE_TIMEOUT = -1;

    @Override
    public boolean available() {
        try (var connection = connect()) {
            var bus = connection.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
            return bus.NameHasOwner(Notifications.NAME)
                    || List.of(bus.ListActivatableNames()).contains(Notifications.NAME);
        } catch (DBusException | DBusExecutionException | IOException e) {
            return false;
        }
    }

    @Override
    public Optional<Shown> show(Runnable onOpen) {
        DBusConnection connection = null;
        try {
            connection = connect();
            var service = connection.getRemoteObject(Notifications.NAME, Notifications.PATH, Notifications.class);
            var shown = new DbusShown(connection, service);
            shown.listen(onOpen);
            var actions = service.capabilities().contains(ACTIONS)
                    ? List.of(DEFAULT_ACTION, OPEN, OPEN_ACTION, OPEN) : List.<String>of();
            Map<String, Variant<?>> hints = Map.of("desktop-entry", new Variant<>(ICON));
            shown.posted(service.post(APP_NAME, new UInt32(0), ICON, SUMMARY, BODY, actions, hints,
                    SERVICE_TIMEOUT));
            return Optional.of(shown);
        } catch (DBusException | DBusExecutionException e) {
            DbusShown.disconnect(connection);
            return Optional.empty();
        }
    }

    /** A private connection to the session bus, with one thread for each kind of message it receives. */
    private static DBusConnection connect() throws DBusException {
        return DBusConnectionBuilder.forSessionBus().withShared(false).receivingThreadConfig()
                .withSignalThreadCount(1).withMethodCallThreadCount(1).withErrorHandlerThreadCount(1)
                .withMethodReturnThreadCount(1).connectionConfig().build();
    }
}
