package org.headback.ui.diary;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.headback.diary.Diary;
import org.headback.storage.Database;
import org.headback.storage.SqliteDiaryStore;
import org.headback.ui.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The setup the diary view's tests share: a diary file in a fresh data folder, on a fixed day, and the view on it. */
abstract class OpenDiaryView {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 30).atZone(ZoneId.of("UTC")).toInstant(),
            ZoneId.of("UTC"));

    @TempDir
    Path dataDir;
    Database database;
    Diary diary;
    DiaryViewModel viewModel;
    DayEditorViewModel editor;

    @BeforeEach
    void open() {
        database = Database.open(dataDir);
        diary = new Diary(new SqliteDiaryStore(database, CLOCK), CLOCK);
        prepare(diary);
        showTheView();
    }

    /** What the diary holds before the view opens on it: nothing, unless a test says. */
    void prepare(Diary diary) {
    }

    /** Opens the view on the diary as the window does at its start, as a new view after any earlier one. */
    void showTheView() {
        viewModel = new DiaryViewModel(diary, new DirectTaskRunner());
        editor = viewModel.editor();
        viewModel.start();
    }

    @AfterEach
    void close() {
        database.close();
    }
}
