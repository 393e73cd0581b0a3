package org.headback.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.headback.diary.Diary;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;

/** The diary of one data folder, for the length of one command. */
final class DiarySession implements AutoCloseable {
    private final Database database;
    private final Diary diary;

    DiarySession(Path dataDir, Clock clock) {
        this.database = Database.open(dataDir);
        this.diary = new Diary(new SqliteDiaryStore(database, clock), clock);
    }

    Diary diary() {
        return diary;
    }

    @Override
    public void close() {
        database.close();
    }
}
