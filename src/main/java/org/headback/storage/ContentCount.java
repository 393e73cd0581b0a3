package org.headback.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** How much of the user's own data a database holds: recorded days and articles they added. */
final class ContentCount {
    private ContentCount() {
    }

    /** Days plus articles of the user's; tables an older schema lacks count as empty. */
    static long of(Connection connection) throws SQLException {
        long count = 0;
        try (Statement statement = connection.createStatement()) {
            for (var table : new String[] {"day_entry", "user_article"}) {
                if (SchemaCheck.intPragma(statement,
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table + "'") > 0) {
                    count += SchemaCheck.intPragma(statement, "SELECT count(*) FROM " + table);
                }
            }
        }
        return count;
    }
}
