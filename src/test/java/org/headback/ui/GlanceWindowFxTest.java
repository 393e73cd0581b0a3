package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.headback.diary.Attack;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Attacks and factors at a glance: the calendar's cells and the list's columns, in the real window. */
class GlanceWindowFxTest extends WindowTest {
    /** Three days of last month, whatever today is, with 0, 2 and 11 attacks. */
    private static final LocalDate ELEVEN = LocalDate.now().minusMonths(1).withDayOfMonth(10);
    private static final LocalDate TWO = ELEVEN.plusDays(1);
    private static final LocalDate NONE = ELEVEN.plusDays(2);

    @Start
    void start(Stage window) {
        begin(window);
    }

    @Override
    void prepare(Diary diary) {
        diary.save(DayEntry.on(ELEVEN).backPain(2).attacks(attacks(11)).build());
        diary.save(DayEntry.on(TWO).backPain(4).attacks(attacks(2)).factors(Set.of("coffee", "Long drive")).build());
        diary.save(DayEntry.on(NONE).backPain(1).headache(0).build());
    }

    private static List<Attack> attacks(int count) {
        return Collections.nCopies(count, Attack.ofPeak(5).build());
    }

    @Test
    void aDaysCell_marksItsAttacksAndFactors_andSaysThem_aDayWithNeitherShowsNothing(FxRobot robot)
            throws Exception {
        waitUntilIdle();
        robot.interact(() -> app.diaryViewModel().select(TWO));
        waitUntilIdle();

        var two = dayCell(robot, TWO);
        assertThat(((Text) two.getGraphic()).getText()).isEqualTo("2× ✓2");
        assertThat(two.getAccessibleText()).contains("2 headache attacks; 2 factors ticked: coffee, Long drive");
        assertThat(two.getTooltip().getText()).contains("  coffee\n  Long drive");
        assertThat(((Text) dayCell(robot, NONE).getGraphic()).getText()).isEmpty();
        assertThat(dayCell(robot, NONE).getAccessibleText()).doesNotContain("attack").doesNotContain("factor");
    }

    @Test
    void theListsAttacksColumn_isBlankForNone_andSortsAsNumbers(FxRobot robot) throws Exception {
        waitUntilIdle();
        robot.clickOn("#listChoice");
        waitUntilIdle();
        @SuppressWarnings("unchecked")
        var table = (TableView<DayEntry>) robot.lookup("#listTable").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        var attacks = (TableColumn<DayEntry, Integer>) table.getColumns().stream()
                .filter(column -> column.getText().equals("Attacks")).findFirst().orElseThrow();

        robot.interact(() -> {
            attacks.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(attacks);
        });
        waitUntilIdle();

        assertThat(table.getItems()).extracting(DayEntry::date).containsExactly(ELEVEN, TWO, NONE);
        assertThat(robot.lookup(".table-cell").match((TableCell<?, ?> cell) -> cell.getTableColumn() == attacks
                && cell.getIndex() >= 0 && cell.getIndex() < 3).queryAllAs(TableCell.class))
                .extracting(cell -> cell.getIndex() + ":" + cell.getText())
                .containsExactlyInAnyOrder("0:11×", "1:2×", "2:null");
    }
}
