package org.headback.reminder;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * A notification service of the tests' own, on the session bus the test started: it counts the notifications it is
 * asked to show, keeps the last one's words, and can click one as a user would.
 */
final class FakeNotifications implements Notifications, AutoCloseable {
    final AtomicInteger posted = new AtomicInteger();
    volatile String summary = "";
    volatile List<String> actions = List.of();
    private final DBusConnection connection;

    private FakeNotifications(DBusConnection connection) {
        this.connection = connection;
    }

    /** Takes the service's name on the session bus and answers there. */
    static FakeNotifications register() throws DBusException {
        var connection = DBusConnectionBuilder.forSessionBus().withShared(false).build();
        var service = new FakeNotifications(connection);
        connection.requestBusName(NAME);
        connection.exportObject(PATH, service);
        return service;
    }

    @Override
    public UInt32 post(String appName, UInt32 replacesId, String appIcon, String summaryText, String body,
                       List<String> actionList, Map<String, Variant<?>> hints, int expireTimeout) {
        summary = summaryText;
        actions = List.copyOf(actionList);
        return new UInt32(posted.incrementAndGet());
    }

    @Override
    public List<String> capabilities() {
        return List.of("actions", "body");
    }

    @Override
    public void withdraw(UInt32 id) {
        // Nothing is on a screen to take away.
    }

    /** Clicks the last notification shown, as the desktop reports a click. */
    void click() throws DBusException {
        connection.sendMessage(new ActionInvoked(PATH, new UInt32(posted.get()), DbusNotifier.DEFAULT_ACTION));
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
