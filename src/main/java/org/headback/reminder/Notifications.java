package org.headback.reminder;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/** The freedesktop desktop notification service, as far as the reminder uses it (specification 1.2). */
@DBusInterfaceName(Notifications.NAME)
public interface Notifications extends DBusInterface {
    String NAME = "org.freedesktop.Notifications";
    String PATH = "/org/freedesktop/Notifications";

    /** Shows a notification; its id. */
    @DBusMemberName("Notify")
    UInt32 post(String appName, UInt32 replacesId, String appIcon, String summary, String body, List<String> actions,
                Map<String, Variant<?>> hints, int expireTimeout);

    /** What the service can do: "actions" when it shows buttons and passes clicks on. */
    @DBusMemberName("GetCapabilities")
    List<String> capabilities();

    /** Takes a notification away. */
    @DBusMemberName("CloseNotification")
    void withdraw(UInt32 id);

    /** The user clicked a notification ("default") or one of its buttons. */
    class ActionInvoked extends DBusSignal {
        private final UInt32 id;
        private final String actionKey;

        public ActionInvoked(String path, UInt32 id, String actionKey) throws DBusException {
            super(path, id, actionKey);
            this.id = id;
            this.actionKey = actionKey;
        }

        public UInt32 id() {
            return id;
        }

        public String actionKey() {
            return actionKey;
        }
    }

    /** A notification went away: it expired, the user dismissed it, or it was taken away. */
    class NotificationClosed extends DBusSignal {
        private final UInt32 id;
        private final UInt32 reason;

        public NotificationClosed(String path, UInt32 id, UInt32 reason) throws DBusException {
            super(path, id, reason);
            this.id = id;
            this.reason = reason;
        }

        public UInt32 id() {
            return id;
        }

        public UInt32 reason() {
            return reason;
        }
    }
}
