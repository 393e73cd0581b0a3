package org.headback.ui.diary;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.headback.diary.DayEntry;
import org.headback.diary.DayStatus;
import org.headback.diary.Diary;
import org.headback.diary.SuggestedFactors;
import org.headback.diary.WarningSign;
import org.headback.diary.WarningSigns;
import org.headback.text.Dates;
import org.headback.ui.MessageLine;
import org.headback.ui.TaskRunner;

/**
 * The diary beside the reader: the month on show with each day's status, the selected day in the editor, the
 * recent days as a list, and deleting with undo.
 */
public final class DiaryViewModel {
    /** How far back the list of recent days reaches. */
    static final int RECENT_DAYS = 365;

    // Properties
    private final ReadOnlyObjectWrapper<YearMonth> month = new ReadOnlyObjectWrapper<>(this, "month");
    private final ObservableMap<LocalDate, DayEntry> monthDays = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<LocalDate> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObservableList<DayEntry> recentDays = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DayEntry> undoable = new ReadOnlyObjectWrapper<>(this, "undoable");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    /** The last day that can be chosen: {@link Diary#latestDay}, as last read. */
    private final ReadOnlyObjectWrapper<LocalDate> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final DayEditorViewModel editor;
    private final CountersViewModel counters;
    private final FactorTicksViewModel factorTicks;
    private final CatchUpViewModel catchUp;
    private final SameAsYesterday sameAsYesterday;

    private final Diary diary;
    private final TaskRunner runner;
    private final MessageLine messages;
    /** Counts the days asked for: only the answer to the latest request is shown. */
    private long openings;
    /** The message that keeps the user on a day, until the day is saved. */
    private String keptOnDay = "";

    /** A diary with a message line of its own. */
    public DiaryViewModel(Diary diary, TaskRunner runner) {
        this(diary, runner, new MessageLine());
    }

    /**
     * @param messages the diary's message line, which it shares with the diary's imports, exports and backups
     */
    public DiaryViewModel(Diary diary, TaskRunner runner, MessageLine messages) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.editor = new DayEditorViewModel(diary, runner, latest::get, this::daySaved);
        this.counters = new CountersViewModel(diary, runner);
        this.factorTicks = new FactorTicksViewModel(diary, runner, editor, SuggestedFactors.catalogue(),
                this::reload);
        this.catchUp = new CatchUpViewModel(diary, runner, this::caughtUp);
        this.sameAsYesterday = new SameAsYesterday(diary, runner, editor, messages, this::mayLeave);
        latest.set(diary.today());
    }

    // Commands

    /** Opens on today. */
    public void start() {
        select(diary.today());
        counters.refresh();
        factorTicks.refresh();
        editor.refreshMedicines();
        catchUp.refresh();
    }

    /** The month before, down to January 1900 (its grid starts on Monday 1 January, the earliest day). */
    public void previousMonth() {
        if (month.get().isAfter(YearMonth.from(DayEntry.EARLIEST))) {
            showMonth(month.get().minusMonths(1));
        }
    }

    public void nextMonth() {
        if (month.get().isBefore(YearMonth.from(latest.get()))) {
            showMonth(month.get().plusMonths(1));
        }
    }

    public void goToToday() {
        select(diary.today());
    }

    /**
     * Opens a day in the editor; a day after the latest day or before the earliest day a diary takes is refused, and so
     * is leaving a day with a value that cannot be saved: the user stays on it and the message says what is wrong
     * (nothing typed is thrown away without a word).
     */
    public void select(LocalDate day) {
        if (!canChoose(day)) {
            messages.warn(refusal(day));
            return;
        }
        if (!day.equals(editor.dateProperty().get()) && !mayLeave()) {
            return;
        }
        var copyLeft = editor.copy().unconfirmed() && !day.equals(editor.dateProperty().get());
        editor.commit();
        messages.clear();
        if (copyLeft) {
            messages.tell("The values copied into " + Dates.ofUser().shown(editor.dateProperty().get())
                    + " were not confirmed, so they were not saved.");
        }
        selected.set(day);
        if (month.get() == null || !YearMonth.from(day).equals(month.get())) {
            showMonth(YearMonth.from(day));
        }
        openInEditor(day);
    }

    /** True when the day on show can be left; else the message says why the user is kept on it. */
    public boolean mayLeave() {
        var problem = editor.unsavedProblem();
        problem.ifPresent(text -> {
            keptOnDay = leavingRefusal(text);
            messages.warn(keptOnDay);
        });
        return problem.isEmpty();
    }

    /** What the user would lose by closing the window now, in words; empty when nothing. */
    public Optional<String> unsavedOnClosing() {
        return editor.unsavedProblem().map(this::leavingRefusal)
                .map(text -> text.replace("Correct it to go to another day.", "Go back to correct it, or close "
                        + "without it."));
    }

    private String leavingRefusal(String problem) {
        var shown = editor.dateProperty().get();
        return Dates.ofUser().withWeekday(shown) + " is not saved. " + problem
                + ". Correct it to go to another day.";
    }

    private void openInEditor(LocalDate day) {
        long request = ++openings;
        runner.run("Opening " + Dates.ofUser().shown(day) + "…", () -> diary.day(day), entry -> {
            if (request == openings && day.equals(selected.get())) {
                editor.showLoaded(day, entry);
            }
        }, error -> messages.failure("The day could not be read: " + error.getMessage()));
    }

    private void showMonth(YearMonth shown) {
        month.set(shown);
        loading.set(true);
        runner.run("Loading " + shown + "…", () -> diary.between(shown.atDay(1), shown.atEndOfMonth()), days -> {
            if (shown.equals(month.get())) {
                monthDays.clear();
                days.forEach(day -> monthDays.put(day.date(), day));
                loading.set(false);
            }
        }, error -> messages.failure("The month could not be read: " + error.getMessage()));
        refreshRecent();
    }

    private void refreshRecent() {
        var today = diary.today();
        runner.run("Loading recent days…", () -> {
            var last = diary.latestDay();
            return new Recent(diary.between(today.minusDays(RECENT_DAYS - 1), last), last);
        }, recent -> {
            recentDays.setAll(reversed(recent.days()));
            latest.set(recent.latest());
        }, error -> messages.failure(error.getMessage()));
    }

    /** The recent days, up to the latest day, and that day. */
    private record Recent(List<DayEntry> days, LocalDate latest) {
    }

    /** Forgets the selected day, after the view has asked; it can be undone. */
    public void deleteSelected() {
        var day = selected.get();
        if (day == null) {
            return;
        }
        runner.run("Deleting " + Dates.ofUser().shown(day) + "…", () -> diary.delete(day), before -> {
            before.ifPresent(entry -> {
                undoable.set(entry);
                messages.tell("Deleted " + Dates.ofUser().shown(day) + ".");
            });
            monthDays.remove(day);
            editor.show(day, Optional.empty());
            refreshRecent();
            counters.refresh();
            catchUp.refresh();
        }, error -> messages.failure("Not deleted: " + error.getMessage()));
    }

    /** Puts the last deleted day back. */
    public void undoDelete() {
        var entry = undoable.get();
        if (entry == null) {
            return;
        }
        runner.run("Restoring " + Dates.ofUser().shown(entry.date()) + "…", () -> {
            diary.putBack(entry);
            return entry;
        }, restored -> {
            undoable.set(null);
            messages.tell("Restored " + Dates.ofUser().shown(restored.date()) + ".");
            daySaved(restored);
            if (restored.date().equals(selected.get())) {
                editor.show(restored.date(), Optional.of(restored));
            }
        }, error -> messages.failure("Not restored: " + error.getMessage()));
    }

    /** Takes the diary's message away. */
    public void dismissMessage() {
        messages.clear();
    }

    /**
     * Reads the month, the list and the open day again, after an import, a restore or a change by another program.
     * A change being typed is saved first, so reading the day again does not throw it away; one that is not valid
     * yet stays in the editor as typed.
     */
    public void reload() {
        editor.commit();
        counters.refresh();
        factorTicks.refresh();
        editor.refreshMedicines();
        catchUp.refresh();
        if (month.get() != null) {
            showMonth(month.get());
        }
        boolean typingInvalid = editor.dirtyProperty().get() && editor.check().isEmpty();
        if (selected.get() != null && !typingInvalid) {
            openInEditor(selected.get());
        }
    }

    private void daySaved(DayEntry day) {
        if (!keptOnDay.isEmpty() && messages.textProperty().get().equals(keptOnDay)) {
            messages.clear();
        }
        keptOnDay = "";
        if (YearMonth.from(day.date()).equals(month.get())) {
            monthDays.put(day.date(), day);
        }
        refreshRecent();
        counters.refresh();
        catchUp.refresh();
    }

    /** A day recorded while catching up: shown everywhere, and in the entry when on show and not being changed. */
    private void caughtUp(DayEntry day) {
        daySaved(day);
        if (day.date().equals(editor.dateProperty().get()) && !editor.dirtyProperty().get()) {
            editor.show(day.date(), Optional.of(day));
        }
    }

    public DayStatus statusOf(LocalDate day) {
        return DayStatus.of(Optional.ofNullable(monthDays.get(day)));
    }

    /** The attacks and factors ticked of a day of the month on show; nothing for a day not recorded. */
    public DayMarks marksOf(LocalDate day) {
        return DayMarks.of(Optional.ofNullable(monthDays.get(day)));
    }

    /** The labels of the warning signs ticked on a day of the month on show; empty when none. */
    public List<String> warningSignsOf(LocalDate day) {
        var entry = monthDays.get(day);
        if (entry == null || !entry.hasWarningSign()) {
            return List.of();
        }
        return WarningSigns.catalogue().of(entry.warningSigns()).stream().map(WarningSign::label).toList();
    }

    /**
     * Whether a day can be opened: from the earliest day a diary takes to the latest day ({@link Diary#latestDay}:
     * today, or a later day recorded already, by someone in a time zone ahead or with a clock that is later), and a
     * later day of the month shown that is recorded.
     */
    public boolean canChoose(LocalDate day) {
        return (!day.isAfter(latest.get()) || monthDays.containsKey(day)) && !day.isBefore(DayEntry.EARLIEST);
    }

    /** Why a day cannot be opened, the day written as the window writes days. */
    private String refusal(LocalDate day) {
        var shown = Dates.ofUser().shown(day);
        if (day.isBefore(DayEntry.EARLIEST)) {
            return shown + " is before " + Dates.ofUser().shown(DayEntry.EARLIEST)
                    + ", the earliest day a diary takes.";
        }
        var last = latest.get();
        if (!day.isAfter(last)) {
            return "";
        }
        return shown + " is in the future" + (last.equals(diary.today()) ? ": only days up to today can be recorded."
                : ": only days up to " + Dates.ofUser().shown(last) + ", the last recorded day, can be chosen.");
    }

    public LocalDate today() {
        return diary.today();
    }

    /** The last day that can be chosen: today, or a later day recorded already. */
    public ReadOnlyObjectProperty<LocalDate> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    private static List<DayEntry> reversed(List<DayEntry> days) {
        var copy = new ArrayList<>(days);
        Collections.reverse(copy);
        return copy;
    }

    // Accessors

    public ReadOnlyObjectProperty<YearMonth> monthProperty() {
        return month.getReadOnlyProperty();
    }

    public ObservableMap<LocalDate, DayEntry> monthDays() {
        return monthDays;
    }

    public ReadOnlyObjectProperty<LocalDate> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<DayEntry> recentDays() {
        return recentDays;
    }

    public ReadOnlyStringProperty messageProperty() {
        return messages.textProperty();
    }

    public ReadOnlyObjectProperty<DayEntry> undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public DayEditorViewModel editor() {
        return editor;
    }

    public FactorTicksViewModel factorTicks() {
        return factorTicks;
    }

    public CatchUpViewModel catchUp() {
        return catchUp;
    }

    public SameAsYesterday sameAsYesterday() {
        return sameAsYesterday;
    }

    public CountersViewModel counters() {
        return counters;
    }
}
