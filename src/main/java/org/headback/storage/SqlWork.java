package org.headback.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work against the database; it may throw {@link SQLException}, which {@link Database} reports. */
@FunctionalInterface
public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
