package org.headback.ui.diary;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.headback.diary.DayCopy;
import org.headback.diary.Diary;
import org.headback.text.Dates;
import org.headback.ui.MessageLine;
import org.headback.ui.TaskRunner;

/**
 * "Same as yesterday" for the day on show: the values of the day before it ({@link DayCopy}) as a starting point,
 * shown and not saved until the user confirms them ({@link CopiedDay}); when the day before is not recorded, the
 * diary's line says so and the entry stays as it was.
 */
public final class SameAsYesterday {
    private final Diary diary;
    private final TaskRunner runner;
    private final DayEditorViewModel editor;
    private final MessageLine messages;
    private final BooleanSupplier mayLeave;

    /** @param mayLeave false (and says why) when what is typed cannot be saved, so the copy must not replace it */
    SameAsYesterday(Diary diary, TaskRunner runner, DayEditorViewModel editor, MessageLine messages,
                    BooleanSupplier mayLeave) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.editor = Objects.requireNonNull(editor, "editor");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.mayLeave = Objects.requireNonNull(mayLeave, "mayLeave");
    }

    // Commands

    /** Copies the day before's values into the day on show (what was typed is saved first, as on leaving it). */
    public void copy() {
        var day = editor.dateProperty().get();
        if (day == null || !mayLeave.getAsBoolean()) {
            return;
        }
        editor.commit();
        var before = day.minusDays(1);
        var named = Dates.ofUser().withWeekday(before);
        runner.run("Reading " + Dates.ofUser().shown(before) + "…", () -> diary.day(before), entry -> {
            if (!day.equals(editor.dateProperty().get())) {
                return;
            }
            entry.ifPresentOrElse(values -> {
                messages.clear();
                editor.showCopy(DayCopy.of(values, day), before);
            }, () -> messages.tell(named + " is not recorded: there is nothing to copy."));
        }, error -> messages.failure("The day before could not be read: " + error.getMessage()));
    }

    /** The words of the action for the day on show: "yesterday" when it is today, else "the day before". */
    public static String label(boolean today) {
        return today ? "Same as Yesterday" : "Same as the Day Before";
    }
}
