package org.headback.ui.reader;

import java.nio.file.Path;
import java.util.Optional;
import org.headback.article.Library;
import org.headback.storage.Database;
import org.headback.storage.SqliteArticleStore;
import org.headback.ui.DirectTaskRunner;
import org.headback.ui.MessageLine;
import org.headback.ui.TestNavigation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The setup the reader's tests share: a fresh diary file and a reader that has loaded its library from it. */
abstract class LoadedReader {
    @TempDir
    Path dataDir;
    Database database;
    final DirectTaskRunner runner = new DirectTaskRunner();
    final MessageLine messages = new MessageLine();
    final TestNavigation navigation = new TestNavigation();
    ReaderViewModel viewModel;

    @BeforeEach
    void load() {
        database = Database.open(dataDir);
        viewModel = new ReaderViewModel(runner, messages, navigation);
        navigation.openPassagesIn(viewModel);
        viewModel.load(() -> Library.open(new SqliteArticleStore(database)), Optional.empty());
    }

    @AfterEach
    void close() {
        database.close();
    }
}
