package org.headback.storage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The diary's days. Each call that changes something is one transaction, committed when it returns. */
public interface DiaryStore {
    Optional<StoredDay> find(String day);

    /** The days from {@code from} to {@code to}, both included, in date order. */
    List<StoredDay> between(String from, String to);

    /** All days, in date order. */
    List<StoredDay> all();

    /** Saves a day, replacing what was stored for that date. */
    void put(StoredDay day);

    /** Removes a day; false if it was not recorded. */
    boolean delete(String day);

    /** Which of these dates are recorded. */
    Set<String> recorded(Collection<String> days);

    /** How many days are recorded. */
    int count();

    /**
     * Adds many days in one transaction: all of them, or (if {@code shouldStop} says so, or anything fails) none.
     *
     * @param replace    whether a day already stored is replaced; if false, such a day makes the import fail
     * @param shouldStop asked between days; returning true cancels the whole import
     * @param progress   told how many days are written so far
     * @return the number of days written
     */
    int putAll(List<StoredDay> days, boolean replace, Cancellation shouldStop, Progress progress);

    /** Asked during long work whether the user has cancelled it. */
    @FunctionalInterface
    interface Cancellation {
        boolean isCancelled();
    }

    /** Told how far long work has got. */
    @FunctionalInterface
    interface Progress {
        void done(int count, int total);
    }
}
