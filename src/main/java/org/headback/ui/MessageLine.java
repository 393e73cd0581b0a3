package org.headback.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One place in the window where messages are shown: the latest message, or none. */
public final class MessageLine implements StatusMessages {
    // Properties
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    public MessageLine() {
        notice.addListener((observable, old, shown) -> text.set(shown == null ? "" : shown.text()));
    }

    // Commands

    @Override
    public void tell(String message) {
        notice.set(Notice.info(message));
    }

    @Override
    public void warn(String message) {
        notice.set(Notice.error(message));
    }

    @Override
    public void failure(String message) {
        notice.set(Notice.error(message));
    }

    @Override
    public void clear() {
        notice.set(null);
    }

    // Accessors

    /** The message shown, or null. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The message shown, or "" when none. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
