package org.headback.cli;

import java.nio.file.Path;
import org.headback.article.Library;
import org.headback.storage.Database;
import org.headback.storage.SqliteArticleStore;

/** The library over one data folder, for the length of one command. */
final class LibrarySession implements AutoCloseable {
    private final Database database;
    private final Library library;

    LibrarySession(Path dataDir) {
        this.database = Database.open(dataDir);
        try {
            this.library = Library.open(new SqliteArticleStore(database));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    Library library() {
        return library;
    }

    @Override
    public void close() {
        database.close();
    }
}
