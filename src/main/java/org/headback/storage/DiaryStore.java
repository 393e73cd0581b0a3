package org.headback.storage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.headback.work.CancelledException;
import org.headback.work.Progress;

/** The diary's days. Each call that changes something is one transaction, committed when it returns. */
public interface DiaryStore {
    Optional<StoredDay> find(String day);

    /** The days from {@code from} to {@code to}, both included, in date order. */
    List<StoredDay> between(String from, String to);

    /** All days, in date order. */
    List<StoredDay> all();

    /** Saves a day, replacing what was stored for that date. */
    void put(StoredDay day);

    /**
     * Adds a day that is not recorded yet. The check and the write are one transaction, so a day another program
     * recorded a moment before is never overwritten: then nothing changes and this returns false.
     */
    boolean add(StoredDay day);

    /**
     * Saves a day if what is stored for its date is still as the caller saw it: {@code stillAsSeen} is asked, in the
     * same transaction as the write, about the day as stored (empty when not recorded). False, with nothing changed,
     * when another program changed the day in between.
     */
    boolean putIfStill(StoredDay day, Predicate<Optional<StoredDay>> stillAsSeen);

    /** Removes a day, in one transaction; the day as it was, or empty if it was not recorded. */
    Optional<StoredDay> remove(String day);

    /** Which of these dates are recorded. */
    Set<String> recorded(Collection<String> days);

    /** How many days are recorded. */
    int count();

    /** The first and the last recorded day, read in one query; empty while no day is recorded. */
    Optional<RecordedSpan> recordedSpan();

    /** The user's yes/no factors, hidden ones too, in the order they were made. */
    List<StoredFactor> factors();

    /** Adds a factor; false, with nothing changed, when there is one of that name already (ignoring case). */
    boolean addFactor(StoredFactor factor);

    /**
     * Renames a factor; its ticked days keep it. False, with nothing changed, when there is no factor {@code from}, or
     * another one is called {@code to} (ignoring case).
     */
    boolean renameFactor(String from, String to);

    /** Hides or shows a factor; its ticked days stay. False when there is no factor of that name. */
    boolean hideFactor(String name, boolean hidden);

    /** Changes what a factor does to the back (its effect's code); its ticked days stay. False when there is none. */
    boolean changeFactorEffect(String name, String effect);

    /** The user's list of medicines, hidden ones too, in the order they were added. */
    List<StoredMedicine> medicines();

    /** Adds a medicine to the list; false, with nothing changed, when one of that name is kept (ignoring case). */
    boolean addMedicine(StoredMedicine medicine);

    /**
     * Renames a kept medicine; false, with nothing changed, when there is none {@code from} or another is called
     * {@code to}.
     */
    boolean renameMedicine(String from, String to);

    /** Hides or shows a kept medicine; nothing is deleted. False when there is none of that name. */
    boolean hideMedicine(String name, boolean hidden);

    /** The preventive courses, by start day. */
    List<StoredCourse> courses();

    /**
     * Adds a preventive course of a kept preventive medicine; refused, with nothing changed, when it would share a day
     * with another of its courses.
     */
    CourseWrite addCourse(StoredCourse course);

    /**
     * Gives the course of {@code now}'s medicine that starts on {@code start} (yyyy-MM-dd) the start and stop of
     * {@code now}; refused, with nothing changed, when it would then share a day with another of its courses.
     */
    CourseWrite changeCourse(String start, StoredCourse now);

    /** The first and the last recorded day (yyyy-MM-dd), both ends included. */
    record RecordedSpan(String first, String last) {
    }

    /**
     * Adds many days in one transaction: all of them, or (if {@code progress} says to stop, or anything fails) none.
     * Which of them are recorded already is found inside that transaction, under the write lock, so a day another
     * program saved a moment before is treated as recorded, never overwritten by mistake or refused by SQLite.
     *
     * @param onConflict what to do with a day that is recorded already
     * @param progress   told how many of the days are done so far, and asked between days whether to stop, which
     *                   cancels the whole import with a {@link CancelledException}
     */
    PutAllResult putAll(List<StoredDay> days, OnConflict onConflict, Progress progress);

    /** What {@link #putAll} does with a day that is recorded already. */
    enum OnConflict {
        /** Write none of the days, and name the ones recorded already. */
        FAIL,
        /** Keep the stored day. */
        SKIP,
        /** Take the new one. */
        REPLACE
    }

    /**
     * What {@link #putAll} did.
     *
     * @param written         days written, new or replacing
     * @param replaced        of those, days that replaced a stored one
     * @param skipped         days left out because they were recorded already
     * @param alreadyRecorded under {@link OnConflict#FAIL}, the days recorded already, in date order (then nothing
     *                        was written); otherwise empty
     */
    record PutAllResult(int written, int replaced, int skipped, List<String> alreadyRecorded) {
        public PutAllResult {
            alreadyRecorded = List.copyOf(alreadyRecorded);
        }
    }
}
