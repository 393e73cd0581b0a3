package org.headback.reminder;

import java.io.IOException;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.UInt32;

/**
 * A notification on the session bus: its clicks are passed on until it goes away or is closed; the bus is left when
 * it is closed (never from the bus's own thread, which the closing would wait for).
 */
final class DbusShown implements Notifier.Shown {
    private final DBusConnection connection;
    private final Notifications service;
    private volatile UInt32 id;
    private volatile boolean open = true;
    private boolean connected = true;

    DbusShown(DBusConnection connection, Notifications service) {
        this.connection = connection;
        this.service = service;
    }

    /** Listens for clicks and for the end of the notification, before it is posted, so that none is missed. */
    void listen(Runnable onOpen) throws DBusException {
        connection.addSigHandler(Notifications.ActionInvoked.class, signal -> {
            if (signal.id().equals(id) && open) {
                onOpen.run();
            }
        });
        connection.addSigHandler(Notifications.NotificationClosed.class, signal -> {
            if (signal.id().equals(id)) {
                open = false;
            }
        });
    }

    void posted(UInt32 postedId) {
        this.id = postedId;
    }

    @Override
    public boolean open() {
        return open;
    }

    @Override
    public synchronized void close(boolean withdraw) {
        if (!connected) {
            return;
        }
        connected = false;
        if (withdraw && open && id != null) {
            try {
                service.withdraw(id);
            } catch (DBusExecutionException e) {
                // Gone already.
            }
        }
        open = false;
        disconnect(connection);
    }

    static void disconnect(DBusConnection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (IOException ignored) {
            // The connection is left either way.
        }
    }
}
