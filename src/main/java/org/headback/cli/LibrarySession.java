package org.headback.cli;

import java.nio.file.Path;
import org.headback.article.Library;
import org.headback.output.Outputs;
import org.headback.storage.Database;
import org.headback.storage.SqliteArticleStore;

/** The library over one data folder, for the length of one command; what a killed command left half-written goes. */
final class LibrarySession implements AutoCloseable {
    private final Database database;
    private final Library library;

    LibrarySession(Path dataDir) {
        this.database = Database.open(dataDir);
        Outputs.removeLeftovers(dataDir);
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
