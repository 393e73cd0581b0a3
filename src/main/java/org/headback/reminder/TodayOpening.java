package org.headback.reminder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.headback.storage.FrontRequests;
import org.headback.storage.InstanceLock;

/**
 * What a click on the notification does: HeadBack's window on today's entry. A window open on the data folder is
 * asked to come to the front and show today; otherwise the window is started, and it opens on today.
 */
final class TodayOpening implements Runnable {
    private static final System.Logger LOG = System.getLogger(TodayOpening.class.getName());

    private final Path dataDir;
    private final ReminderSystem system;

    TodayOpening(Path dataDir, ReminderSystem system) {
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
        this.system = Objects.requireNonNull(system, "system");
    }

    @Override
    public void run() {
        try {
            if (InstanceLock.windowOpen(dataDir)) {
                FrontRequests.send(dataDir, FrontRequests.Request.TODAY);
            } else {
                system.starter().start(system.launch().window(dataDir));
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "HeadBack's window could not be opened from the reminder", e);
        }
    }
}
