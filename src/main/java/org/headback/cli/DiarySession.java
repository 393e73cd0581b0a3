package org.headback.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.headback.diary.Diary;
import org.headback.output.Outputs;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;

/**
 * The diary of one data folder, for the length of one command, and the files it may write; what a killed command
 * left half-written is removed first.
 */
final class DiarySession implements AutoCloseable {
    private final Database database;
    private final Diary diary;
    private final Outputs outputs;

    /** @param onlyReads whether the command only reads the diary: it then works in a folder it cannot write */
    DiarySession(Path dataDir, Clock clock, boolean onlyReads) {
        this.database = onlyReads ? Database.openForReading(dataDir) : Database.open(dataDir);
        this.diary = new Diary(new SqliteDiaryStore(database, clock), clock);
        this.outputs = Outputs.open(dataDir);
    }

    Diary diary() {
        return diary;
    }

    Outputs outputs() {
        return outputs;
    }

    @Override
    public void close() {
        database.close();
    }
}
