package org.headback.reliability;

import java.nio.file.Path;
import org.headback.storage.Database;

/**
 * A child process for {@link TwoProcessesTest}: another program that records a day in a write transaction and
 * holds the transaction open for a while before it commits. Prints {@code holding} once the day is written but not
 * committed, and {@code committed} after.
 */
public final class TransactionHolder {
    private TransactionHolder() {
    }

    public static void main(String[] args) {
        var day = args[1];
        long holdMs = Long.parseLong(args[2]);
        try (var database = Database.open(Path.of(args[0]))) {
            database.write(connection -> {
                try (var insert = connection.prepareStatement("INSERT INTO day_entry (day, back_pain, headache, notes, "
                        + "updated_at) VALUES (?, 9, 9, 'saved by the other program', '2026-01-01T00:00:00Z')")) {
                    insert.setString(1, day);
                    insert.executeUpdate();
                }
                System.out.println("holding");
                System.out.flush();
                try {
                    Thread.sleep(holdMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
        }
        System.out.println("committed");
        System.out.flush();
    }
}
