package org.headback.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.headback.storage.DiaryStore;

/** The user's diary: one record per day, saved the moment it is changed. */
public final class Diary {
    private final DiaryStore store;
    private final Clock clock;

    public Diary(DiaryStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Today, by the diary's clock (the user's time zone). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<DayEntry> day(LocalDate date) {
        return store.find(date.toString()).map(StoredDays::fromStored);
    }

    /** The recorded days from {@code from} to {@code to}, both included, in date order. */
    public List<DayEntry> between(LocalDate from, LocalDate to) {
        return store.between(from.toString(), to.toString()).stream().map(StoredDays::fromStored).toList();
    }

    public List<DayEntry> all() {
        return store.all().stream().map(StoredDays::fromStored).toList();
    }

    public int count() {
        return store.count();
    }

    /** Saves a day (replacing what was recorded for that date); a day after today or before 1900 is refused. */
    public void save(DayEntry day) {
        requireRecordable(day.date());
        store.put(StoredDays.toStored(day));
    }

    /** Adds a day that must not be recorded yet; throws {@link AlreadyRecordedException} if it is. */
    public void add(DayEntry day) {
        requireRecordable(day.date());
        if (store.find(day.date().toString()).isPresent()) {
            throw new AlreadyRecordedException(day.date());
        }
        store.put(StoredDays.toStored(day));
    }

    /** Forgets a day: it becomes "not recorded". Returns the day as it was, for undo. */
    public Optional<DayEntry> delete(LocalDate date) {
        var before = day(date);
        store.delete(date.toString());
        return before;
    }

    /** What importing these days would do. */
    public ImportPreview preview(ImportPlan plan) {
        var conflicts = conflicts(plan);
        return new ImportPreview(plan.days().size() - conflicts.size(), conflicts, plan.first(), plan.last(),
                plan.unknownColumns());
    }

    /**
     * Imports the days in one transaction: all of them or, if anything stops it (a conflict under
     * {@link ConflictMode#FAIL}, a cancel, a failure), none.
     */
    public ImportResult importDays(ImportPlan plan, ConflictMode mode, DiaryStore.Cancellation cancel,
                                   DiaryStore.Progress progress) {
        plan.days().forEach(day -> requireRecordable(day.date()));
        var conflicts = new HashSet<>(conflicts(plan));
        if (mode == ConflictMode.FAIL && !conflicts.isEmpty()) {
            var first = conflicts.stream().min(LocalDate::compareTo).orElseThrow();
            throw new ImportException(plan.fileName() + ": " + conflicts.size()
                    + (conflicts.size() == 1 ? " day is" : " days are") + " already in the diary (the first is "
                    + first + "); nothing was imported. Choose to skip or replace them.");
        }
        var toWrite = new ArrayList<DayEntry>();
        for (var day : plan.days()) {
            if (mode != ConflictMode.SKIP || !conflicts.contains(day.date())) {
                toWrite.add(day);
            }
        }
        int written = store.putAll(toWrite.stream().map(StoredDays::toStored).toList(),
                mode == ConflictMode.REPLACE, cancel, progress);
        int replaced = mode == ConflictMode.REPLACE ? conflicts.size() : 0;
        int skipped = mode == ConflictMode.SKIP ? conflicts.size() : 0;
        return new ImportResult(written, replaced, skipped, plan.unknownColumns());
    }

    private List<LocalDate> conflicts(ImportPlan plan) {
        var recorded = store.recorded(plan.days().stream().map(day -> day.date().toString()).toList());
        return plan.days().stream().map(DayEntry::date).filter(date -> recorded.contains(date.toString()))
                .sorted().toList();
    }

    private void requireRecordable(LocalDate date) {
        DayEntry.checkDate(date, today());
    }
}
