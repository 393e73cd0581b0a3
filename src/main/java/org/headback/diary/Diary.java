package org.headback.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.headback.storage.CourseWrite;
import org.headback.storage.DiaryStore;
import org.headback.text.Words;
import org.headback.work.Progress;

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

    /** The time of day now, by the diary's clock (the user's time zone). */
    public LocalTime timeOfDay() {
        return LocalTime.now(clock);
    }

    /**
     * The last day a range can reach (a chart, the statistics, the report, the counters): today, or a later day
     * already recorded, by someone in a time zone ahead or with a clock that is later. A later day that is not
     * recorded is never shown as recorded.
     */
    public LocalDate latestDay() {
        return latestDay(today(), lastRecordedDay());
    }

    /** The first recorded day, read without loading the diary; empty while no day is recorded. */
    public Optional<LocalDate> firstRecordedDay() {
        return store.recordedSpan().map(span -> LocalDate.parse(span.first()));
    }

    /** The last recorded day, read without loading the diary; empty while no day is recorded. */
    public Optional<LocalDate> lastRecordedDay() {
        return store.recordedSpan().map(span -> LocalDate.parse(span.last()));
    }

    /** The one rule for {@link #latestDay()}: today, or the last recorded day if that is later. */
    public static LocalDate latestDay(LocalDate today, Optional<LocalDate> lastRecorded) {
        return lastRecorded.filter(last -> last.isAfter(today)).orElse(today);
    }

    /** Whether the day is recorded, asked without reading the day. */
    public boolean isRecorded(LocalDate date) {
        return !store.recorded(List.of(date.toString())).isEmpty();
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

    /**
     * Saves a day (replacing what was recorded for that date); a day before 1900 is refused, and so is a day after the
     * latest day ({@link #latestDay}: today, or a later day recorded already, which can be corrected).
     */
    public void save(DayEntry day) {
        requireEditable(day.date());
        store.put(StoredDays.toStored(day));
    }

    /**
     * Adds a day that must not be recorded yet; throws {@link AlreadyRecordedException} if it is. The check and the
     * write are one transaction: a day another program recorded a moment before is refused, never overwritten.
     */
    public void add(DayEntry day) {
        requireRecordable(day.date());
        if (!store.add(StoredDays.toStored(day))) {
            throw new AlreadyRecordedException(day.date());
        }
    }

    /**
     * Saves a day (replacing what was recorded for that date) if what is recorded is still one of the states the
     * caller has seen: the day as it was shown (empty when it was not recorded) and the saves the caller has sent
     * since. Checked in the same transaction as the write; otherwise nothing changes and {@link DayChangedException}
     * says so.
     */
    public void saveIfUnchanged(DayEntry day, Collection<Optional<DayEntry>> seen) {
        requireEditable(day.date());
        var asSeen = List.copyOf(seen);
        var stored = StoredDays.toStored(day);
        if (!store.putIfStill(stored, now -> asSeen.contains(now.map(StoredDays::fromStored)))) {
            throw new DayChangedException(day.date(), asSeen.stream().allMatch(Optional::isEmpty));
        }
    }

    /**
     * Puts back a day deleted a moment ago, as {@link #add} does; a day after today comes back too, having been in
     * the diary (recorded ahead) until it was deleted.
     */
    public void putBack(DayEntry day) {
        if (day.date().isBefore(DayEntry.EARLIEST)) {
            throw new InvalidValueException(DayField.DATE, DayEntry.tooEarly(day.date()));
        }
        if (!store.add(StoredDays.toStored(day))) {
            throw new AlreadyRecordedException(day.date());
        }
    }

    /** Forgets a day: it becomes "not recorded". Returns the day as it was, for undo. */
    public Optional<DayEntry> delete(LocalDate date) {
        return store.remove(date.toString()).map(StoredDays::fromStored);
    }

    /** What importing these days would do, as the diary is now; the import itself decides again as it writes. */
    public ImportPreview preview(ImportPlan plan) {
        var conflicts = conflicts(plan);
        return new ImportPreview(plan.days().size() - conflicts.size(), conflicts, plan.first(), plan.last(),
                plan.unknownColumns(), plan.firstInFile(conflicts), newFactors(plan));
    }

    /**
     * The factors the plan's days tick that the diary does not know (ignoring case), each once in the spelling the
     * file comes to first, in that order: the import makes them the user's own.
     */
    private List<String> newFactors(ImportPlan plan) {
        var known = new HashSet<String>();
        store.factors().forEach(factor -> known.add(Factor.sameIgnoringCase(factor.name())));
        var fresh = new ArrayList<String>();
        for (var day : plan.days()) {
            day.factors().stream().sorted(String.CASE_INSENSITIVE_ORDER)
                    .filter(name -> known.add(Factor.sameIgnoringCase(name))).forEach(fresh::add);
        }
        return fresh;
    }

    /**
     * Imports the days in one transaction: all of them or, if anything stops it (a conflict under
     * {@link ConflictMode#FAIL}, a cancel, a failure), none. Which days are in the diary already is decided inside
     * that transaction, so days another program saved meanwhile count too.
     */
    public ImportResult importDays(ImportPlan plan, ConflictMode mode, Progress progress) {
        plan.days().forEach(day -> requireRecordable(day.date()));
        var before = factorNames();
        var done = store.putAll(plan.days().stream().map(StoredDays::toStored).toList(), onConflict(mode),
                progress);
        var conflicts = done.alreadyRecorded();
        if (!conflicts.isEmpty()) {
            var first = plan.firstInFile(conflicts.stream().map(LocalDate::parse).toList()).orElseThrow();
            throw new ImportException(plan.fileName() + ": "
                    + Words.format("count.day-is", conflicts.size()) + " already in the diary (the first is "
                    + first.describe() + "); nothing was imported. Choose to skip or replace them.");
        }
        var made = factorNames().stream().filter(name -> !before.contains(name)).toList();
        return new ImportResult(done.written(), done.replaced(), done.skipped(), plan.unknownColumns(), made,
                plan.notUsed());
    }

    /** The user's yes/no factors, hidden ones too, in the order they were made. */
    public List<Factor> factors() {
        return store.factors().stream().map(StoredLists::fromStored).toList();
    }

    private List<String> factorNames() {
        return store.factors().stream().map(factor -> factor.name()).toList();
    }

    /** Adds a factor (one of the user's own, or a suggestion switched on); refused if its name is taken. */
    public void addFactor(Factor factor) {
        if (!store.addFactor(StoredLists.toStored(factor))) {
            throw new InvalidValueException(DayField.FACTORS, DayText.quoted(factor.name()) + " is a factor already");
        }
    }

    /** Renames a factor; every day it was ticked keeps it, under the new name. */
    public void renameFactor(String from, String to) {
        var name = Factor.checkName(to);
        if (!store.renameFactor(from, name)) {
            throw new InvalidValueException(DayField.FACTORS, missingOrTaken(store.factors().stream()
                    .map(factor -> factor.name()).toList(), from, name, "factor"));
        }
    }

    /** Hides a factor from the day's entry, or shows it again; the days it was ticked keep it. */
    public void hideFactor(String name, boolean hidden) {
        if (!store.hideFactor(name, hidden)) {
            throw new InvalidValueException(DayField.FACTORS, "there is no factor " + DayText.quoted(name));
        }
    }

    /** Changes what a factor does to the back; the days it was ticked keep it. */
    public void changeFactorEffect(String name, FactorEffect effect) {
        if (!store.changeFactorEffect(name, effect.code())) {
            throw new InvalidValueException(DayField.FACTORS, "there is no factor " + DayText.quoted(name));
        }
    }

    /** What the diary knows of one factor, by the known-from rule. */
    public FactorHistory factorHistory(String name) {
        return FactorHistory.of(name, all());
    }

    /** The user's list of medicines, hidden ones too, in the order they were added. */
    public List<KeptMedicine> medicines() {
        return store.medicines().stream().map(StoredLists::fromStored).toList();
    }

    /** Adds a medicine to the list; refused if one of its name is kept already. */
    public void addMedicine(KeptMedicine medicine) {
        KeptMedicine.checkedEntering("name", medicine.name());
        KeptMedicine.checkedEntering("dose", medicine.usualDose());
        if (!store.addMedicine(StoredLists.toStored(medicine))) {
            throw new InvalidValueException(DayField.MEDICATION, DayText.quoted(medicine.name())
                    + " is in the list of medicines already");
        }
    }

    /** Renames a kept medicine; its preventive courses keep it. */
    public void renameMedicine(String from, String to) {
        var name = KeptMedicine.checkedEntering("name", KeptMedicine.checkName(to));
        if (!store.renameMedicine(from, name)) {
            throw new InvalidValueException(DayField.MEDICATION, missingOrTaken(store.medicines().stream()
                    .map(medicine -> medicine.name()).toList(), from, name, "kept medicine"));
        }
    }

    /** Hides a kept medicine from the choices, or shows it again; nothing is deleted. */
    public void hideMedicine(String name, boolean hidden) {
        if (!store.hideMedicine(name, hidden)) {
            throw new InvalidValueException(DayField.MEDICATION, "there is no kept medicine " + DayText.quoted(name));
        }
    }

    /** The preventive courses, by start day. */
    public List<PreventiveCourse> courses() {
        return store.courses().stream().map(StoredLists::fromStored).toList();
    }

    /**
     * Adds a preventive course of a kept preventive medicine; refused when it starts or stops after the latest day
     * or shares a day with another course of the medicine.
     */
    public void addCourse(PreventiveCourse course) {
        course.checkDays(latestDay());
        CourseRules.check(store.addCourse(StoredLists.toStored(course)), course, courses());
    }

    /** Ends the course of this medicine still taken: {@code stop} is the last day it was taken. Returns it ended. */
    public PreventiveCourse stopCourse(String medicine, LocalDate stop) {
        var open = CourseRules.open(medicine, courses()).orElseThrow(() -> new InvalidValueException(
                DayField.MEDICATION, DayText.quoted(medicine) + " has no course still taken"));
        var ended = new PreventiveCourse(open.medicine(), open.start(), Optional.of(stop));
        changeCourse(open, ended);
        return ended;
    }

    /**
     * Corrects a course: the one of this medicine that starts on {@code was}'s start day gets {@code now}'s start and
     * stop, under the same rules as {@link #addCourse}.
     */
    public void changeCourse(PreventiveCourse was, PreventiveCourse now) {
        if (!CourseRules.same(was.medicine(), now.medicine())) {
            throw new IllegalArgumentException("a course keeps its medicine: " + was.medicine() + ", not "
                    + now.medicine());
        }
        now.checkDays(latestDay());
        var others = courses().stream().filter(course -> !(CourseRules.same(course.medicine(), was.medicine())
                && course.start().equals(was.start()))).toList();
        var write = store.changeCourse(was.start().toString(), StoredLists.toStored(now));
        // The course not found is the one asked for, not the days it was to get.
        CourseRules.check(write, write == CourseWrite.NO_COURSE ? was : now, others);
    }

    private static String missingOrTaken(List<String> names, String from, String to, String what) {
        boolean there = names.stream().anyMatch(name -> Factor.sameIgnoringCase(name).equals(
                Factor.sameIgnoringCase(from)));
        return there ? DayText.quoted(to) + " is the name of another " + what
                : "there is no " + what + " " + DayText.quoted(from);
    }

    private static DiaryStore.OnConflict onConflict(ConflictMode mode) {
        return switch (mode) {
            case FAIL -> DiaryStore.OnConflict.FAIL;
            case SKIP -> DiaryStore.OnConflict.SKIP;
            case REPLACE -> DiaryStore.OnConflict.REPLACE;
        };
    }

    private List<LocalDate> conflicts(ImportPlan plan) {
        var recorded = store.recorded(plan.days().stream().map(day -> day.date().toString()).toList());
        return plan.days().stream().map(DayEntry::date).filter(date -> recorded.contains(date.toString()))
                .sorted().toList();
    }

    private void requireRecordable(LocalDate date) {
        DayEntry.checkDate(date, today());
    }

    private void requireEditable(LocalDate date) {
        DayEntry.checkDate(date, latestDay());
    }
}
