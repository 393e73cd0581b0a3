package org.headback.ui.diary;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.headback.diary.ConflictMode;
import org.headback.diary.Diary;
import org.headback.diary.ImportPlan;
import org.headback.diary.ImportPreview;
import org.headback.diary.other.DiaryFile;
import org.headback.diary.other.Mapping;
import org.headback.diary.other.OnePainDays;
import org.headback.diary.other.OtherDays;
import org.headback.diary.other.OtherDiary;
import org.headback.diary.other.OtherDiaryText;
import org.headback.diary.other.Proposal;
import org.headback.diary.other.Source;
import org.headback.text.Words;
import org.headback.ui.TaskRunner;

/**
 * The mapping step of importing another diary's file: what the file holds, what each of its trackables becomes
 * (HeadBack's proposal first), the choices the import needs, and what it would do, worked out again off the JavaFX
 * thread whenever a choice changes. Import stays off while something is missing, and says what.
 */
public final class MappingViewModel {
    private final Diary diary;
    private final TaskRunner runner;
    private final Path file;
    private final BiConsumer<ImportPlan, ConflictMode> importer;
    private OtherDiary other;
    private ZoneId readIn;
    /** The latest preview asked for, and the latest reading: the results of earlier ones are dropped. */
    private int previewsAsked;
    private int readsAsked;
    private boolean reading;
    private Worked worked;
    /** Why the file could not be read in the zone chosen, or the preview not worked out; "" when all is well. */
    private String readProblem = "";
    private String previewProblem = "";

    // Properties
    private final ReadOnlyStringWrapper holds = new ReadOnlyStringWrapper(this, "holds", "");
    private final ObservableList<MappingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<MappingRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty zone = new SimpleStringProperty(this, "zone", "");
    private final ReadOnlyStringWrapper onePainDays = new ReadOnlyStringWrapper(this, "onePainDays", "");
    private final ObjectProperty<OnePainDays> onePain = new SimpleObjectProperty<>(this, "onePain");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyBooleanWrapper conflicts = new ReadOnlyBooleanWrapper(this, "conflicts");
    private final ObjectProperty<ConflictMode> onConflict = new SimpleObjectProperty<>(this, "onConflict",
            ConflictMode.SKIP);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final BooleanBinding canImport = Bindings.createBooleanBinding(() -> problem.get().isEmpty()
            && !working.get(), problem, working);

    /** What the import would do by one mapping and one-pain choice. */
    private record Worked(OtherDays days, ImportPreview preview) {
        int total() {
            return preview.newDays() + preview.conflicts().size();
        }
    }

    /**
     * @param read     the file as read in {@code zone}
     * @param importer imports the days chosen, with what to do with the days already in the diary
     */
    MappingViewModel(Diary diary, TaskRunner runner, Path file, OtherDiary read, ZoneId zone,
                     BiConsumer<ImportPlan, ConflictMode> importer) {
        this.diary = Objects.requireNonNull(diary, "diary");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.file = Objects.requireNonNull(file, "file");
        this.importer = Objects.requireNonNull(importer, "importer");
        this.readIn = Objects.requireNonNull(zone, "zone");
        this.zone.set(zone.getId());
        show(Objects.requireNonNull(read, "read"), Proposal.of(read));
        onePain.addListener((observable, was, now) -> refresh());
        this.zone.addListener((observable, was, now) -> zoneChanged(now));
    }

    /** Works out what the import would do by the choices as they are now, off the JavaFX thread. */
    void refresh() {
        if (!readProblem.isEmpty()) {
            problem.set(problem());
            return;
        }
        int asked = ++previewsAsked;
        var read = other;
        var mapping = mapping();
        var choice = Optional.ofNullable(onePain.get());
        working.set(true);
        preview.set("Working out what the import would do…");
        runner.run("Working out what the import of " + file.getFileName() + " would do…", () -> {
            var days = OtherDays.of(read, mapping, choice);
            return new Worked(days, diary.preview(days.plan()));
        }, result -> {
            if (asked == previewsAsked) {
                worked(result, "");
            }
        }, error -> {
            if (asked == previewsAsked) {
                worked(null, "Nothing can be imported: " + error.getMessage());
            }
        });
    }

    /** Imports the days as chosen; false, doing nothing, while Import is off. */
    public boolean importDays() {
        if (!canImport.get() || worked == null) {
            return false;
        }
        importer.accept(worked.days().plan(), worked.preview().conflicts().isEmpty() ? ConflictMode.FAIL
                : onConflict.get());
        return true;
    }

    private void worked(Worked result, String failed) {
        worked = result;
        previewProblem = failed;
        working.set(reading);
        if (result == null) {
            onePainDays.set("");
            preview.set("");
            conflicts.set(false);
        } else {
            var days = result.days();
            onePainDays.set(days.onePainDays().isEmpty() ? "" : OtherDiaryText.onePain(days));
            var text = new StringBuilder(OtherDiaryText.ready(result.preview()));
            if (days.missingChoice().isPresent()) {
                // Counted as left out until the user chooses: say what the other choice would bring.
                text.append(" Recording the missing pain as 0 would import ")
                        .append(Words.count("more-day", days.onePainDays().size())).append('.');
            }
            ImportText.newFactors(result.preview()).ifPresent(line -> text.append('\n').append(line));
            if (!days.plan().notUsed().isEmpty()) {
                text.append("\nNot used: ").append(String.join("; ", days.plan().notUsed())).append('.');
            }
            preview.set(text.toString());
            conflicts.set(!result.preview().conflicts().isEmpty());
        }
        problem.set(problem());
    }

    /** Why Import is off, or "" when it is on. */
    private String problem() {
        if (!readProblem.isEmpty() || !previewProblem.isEmpty()) {
            return readProblem.isEmpty() ? previewProblem : readProblem;
        }
        if (!mapping().hasPain()) {
            return "Nothing becomes back pain or a headache: choose what does above.";
        }
        if (worked == null) {
            return "";
        }
        if (worked.days().missingChoice().isPresent()) {
            return "Choose what becomes of the days with a score of only one of the two pains.";
        }
        return worked.total() == 0 ? "No day would be imported: none has a score of back pain or a headache." : "";
    }

    /** Reads the file again in the zone typed or chosen; the choices made stay. */
    private void zoneChanged(String text) {
        var typed = text == null ? "" : text.strip();
        ZoneId chosen;
        try {
            chosen = ZoneId.of(typed);
        } catch (DateTimeException e) {
            readFailed(++readsAsked, typed + " is not a time zone: write it as Europe/Zurich or America/New_York.");
            return;
        }
        int asked = ++readsAsked;
        reading = true;
        working.set(true);
        runner.runCancellable("Reading " + file.getFileName() + " in " + chosen + "…", progress -> DiaryFile.read(file,
                Optional.of(other.source()), chosen, diary.today(), progress), read -> {
                    if (asked == readsAsked) {
                        reading = false;
                        readProblem = "";
                        readIn = chosen;
                        show((OtherDiary) read, mapping());
                        refresh();
                    }
                }, error -> readFailed(asked, "The file could not be read in " + chosen + ": " + error.getMessage()));
    }

    private void readFailed(int asked, String why) {
        if (asked == readsAsked) {
            reading = false;
            readProblem = why;
            previewsAsked++;
            worked(null, "");
        }
    }

    /** Shows the file as read, each trackable preset to its choice in {@code choices} or else the proposal. */
    private void show(OtherDiary read, Mapping choices) {
        other = read;
        holds.set(OtherDiaryText.holds(read));
        var proposal = Proposal.of(read);
        var made = read.trackables().stream().map(trackable -> new MappingRow(trackable,
                choices.choices().containsKey(trackable.name()) ? choices.of(trackable.name())
                        : proposal.of(trackable.name()))).toList();
        for (var row : made) {
            row.roleProperty().addListener((observable, was, now) -> refresh());
            row.medicationClassProperty().addListener((observable, was, now) -> {
                if (row.medicationProperty().get()) {
                    refresh();
                }
            });
        }
        rows.setAll(made);
    }

    /** What each trackable becomes, as chosen. */
    Mapping mapping() {
        var choices = new LinkedHashMap<String, Mapping.Choice>();
        rows.forEach(row -> choices.put(row.name(), row.choice()));
        return new Mapping(choices);
    }

    // Accessors

    /** "sample.csv: Flaredown (…), 45 rows, 44 days with entries, 2024-03-04 to 2024-04-17." */
    public ReadOnlyStringProperty holdsProperty() {
        return holds.getReadOnlyProperty();
    }

    /** One row per trackable, in the file's order; a new list after the file is read again. */
    public ObservableList<MappingRow> rows() {
        return rowsView;
    }

    /** True for Headi's files, whose times are in a time zone the file does not give. */
    public boolean asksZone() {
        return other.source() == Source.HEADI;
    }

    /** The zone the file was last read in. */
    public ZoneId readIn() {
        return readIn;
    }

    /** The time zone of Headi's times, as typed or chosen: a change reads the file again. */
    public StringProperty zoneProperty() {
        return zone;
    }

    /** How many days have a score of only one of the two pains, and the first of them; "" when none. */
    public ReadOnlyStringProperty onePainDaysProperty() {
        return onePainDays.getReadOnlyProperty();
    }

    /** What becomes of such days: none until the user chooses. */
    public ObjectProperty<OnePainDays> onePainProperty() {
        return onePain;
    }

    /** How many days would be imported, how many are already in the diary, and what is not used. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** True when some of the days are already in the diary. */
    public ReadOnlyBooleanProperty conflictsProperty() {
        return conflicts.getReadOnlyProperty();
    }

    /** What to do with the days already in the diary: skip them (kept as they are) or replace them. */
    public ObjectProperty<ConflictMode> onConflictProperty() {
        return onConflict;
    }

    /** Why Import is off; "" when it is on, or while the preview is worked out. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while the file is read again or the preview worked out. */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }
}
