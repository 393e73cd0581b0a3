package org.headback.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordedSpanTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;
    private Database database;
    private SqliteDiaryStore store;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        store = new SqliteDiaryStore(database, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static StoredDay day(String date) {
        return new StoredDay(date, 3, false, false, false, 0, null, null, null, null, "", List.of(), List.of(),
                List.of(), List.of());
    }

    @Test
    void anEmptyDiary_hasNoFirstOrLastDay() {
        assertThat(store.recordedSpan()).isEmpty();
    }

    @Test
    void theSpan_runsFromTheEarliestToTheLatestDay_whateverTheOrderTheyWereSaved() {
        store.put(day("2026-06-15"));
        store.put(day("2026-11-23"));
        store.put(day("1899-12-31"));
        store.put(day("2026-03-01"));

        assertThat(store.recordedSpan()).contains(new DiaryStore.RecordedSpan("1899-12-31", "2026-11-23"));
    }

    @Test
    void oneDay_isBothTheFirstAndTheLast_andRemovingItEmptiesTheSpan() {
        store.put(day("2026-06-15"));
        assertThat(store.recordedSpan()).contains(new DiaryStore.RecordedSpan("2026-06-15", "2026-06-15"));

        store.remove("2026-06-15");
        assertThat(store.recordedSpan()).isEmpty();
    }
}
