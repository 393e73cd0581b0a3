package org.headback.ui.diary;

import static org.headback.ui.Nodes.atPreferredWidth;
import static org.headback.ui.Nodes.column;
import static org.headback.ui.Nodes.fullHeight;
import static org.headback.ui.Nodes.id;
import static org.headback.ui.Nodes.label;
import static org.headback.ui.Nodes.row;
import static org.headback.ui.Nodes.sheet;
import static org.headback.ui.Nodes.spoken;
import static org.headback.ui.Nodes.styled;
import static org.headback.ui.Nodes.wrapping;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.headback.diary.FactorEffect;

/**
 * The nodes of the day's entry, top to bottom, as {@link DayEditorView} binds them: the day and its save state, the
 * scores, the headache or its attacks, and the sections below them (warning signs, medication, sleep and stress,
 * factors, notes). Built in code, as the window's first picture is.
 */
final class DayEditorLayout {
    final Label dateTitle = id("dateTitle", fullHeight(null, "editor-date"));
    final Label notTodayLabel = id("notTodayLabel", fullHeight(null, "not-today"));
    final Label saveState = id("saveState", fullHeight(null, "save-state"));
    final VBox heading = id("heading", column("editor-heading", dateTitle, notTodayLabel, saveState));

    final Slider backPainSlider = id("backPainSlider", scale("Back pain"));
    final TextField backPainField = id("backPainField", scaleField("Back pain"));
    final Label backPainError = id("backPainError", error());
    final Label backPainLabel = fieldLabel("Back pain (0 none – 10 worst)", backPainField);
    final ToggleButton lowerBackToggle = id("lowerBackToggle", new ToggleButton("Lower back"));
    final ToggleButton upperBackToggle = id("upperBackToggle", new ToggleButton("Upper back"));
    final ToggleButton neckToggle = id("neckToggle", new ToggleButton("Neck"));
    final Label locationError = id("locationError", error());
    final FlowPane backFactorChips = id("backFactorChips", choices());
    final VBox backFactors = id("backFactors", styled(new VBox(label("What eased or worsened the back",
            "field-label"), backFactorChips), "factor-section", "back-factors"));

    final Slider headacheSlider = id("headacheSlider", scale("Headache"));
    final TextField headacheField = id("headacheField", scaleField("Headache"));
    final Label headacheError = id("headacheError", error());
    final FlowPane kindChoices = id("kindChoices", choices());
    final Label kindError = id("kindError", error());
    final TextField headacheHoursField = id("headacheHoursField", field(4, "Hours the headache lasted"));
    final Label headacheHoursError = id("headacheHoursError", error());
    final VBox dayHeadache = id("dayHeadache", column("day-headache",
            row("scale-row", headacheSlider, headacheField), headacheError, kindChoices, kindError,
            row("inline-field", fieldLabel("Hours it lasted", headacheHoursField), headacheHoursField),
            headacheHoursError));
    final Label fromAttacksLabel = id("fromAttacksLabel", fullHeight(null, "from-attacks"));
    final VBox attackRows = id("attackRows", column("attack-rows"));
    final Button addAttackButton = id("addAttackButton", styled(new Button("Add a headache attack (Alt+A)"),
            "add-attack"));

    final Label warningSignsTitle = id("warningSignsTitle", fullHeight(null, "field-label", "warning-signs-title"));
    final Label warningBannerTitle = id("warningBannerTitle", fullHeight(null, "warning-banner-title"));
    final Label warningBannerText = id("warningBannerText", fullHeight(null, "warning-banner-text"));
    final VBox warningBanner = id("warningBanner", column("warning-banner", warningBannerTitle, warningBannerText));
    final VBox warningSignChecks = id("warningSignChecks", column("warning-sign-checks"));
    final VBox warningSigns = id("warningSigns", column("warning-signs", warningSignsTitle, warningBanner,
            warningSignChecks));

    final VBox medicationRows = id("medicationRows", column("medication-rows"));
    final Button addMedicationButton = id("addMedicationButton", styled(new Button("Add medication"),
            "add-medication"));
    final FlowPane medicationChoices = id("medicationChoices", styled(new FlowPane(addMedicationButton),
            "choices"));
    final Label medicationError = id("medicationError", error());

    final TextField sleepField = id("sleepField", field(4, "Hours of sleep"));
    final Label sleepError = id("sleepError", error());
    final Slider stressSlider = id("stressSlider", scale("Stress"));
    final TextField stressField = id("stressField", scaleField("Stress"));
    final Label stressError = id("stressError", error());

    final Label factorsTitle = id("factorsTitle", label("Factors", "field-label"));
    final FlowPane factorChips = id("factorChips", choices());
    final TextField newFactorField = id("newFactorField", field(18, "Factors' names, separated by semicolons:"
            + " Enter ticks them, making new ones; the beginning of a name ticks the factor it begins"));
    final ChoiceBox<FactorEffect> newFactorEffect = id("newFactorEffect", spoken(atPreferredWidth(new ChoiceBox<>()),
            "What a new factor does to the back: eases it, worsens it, or neither"));
    final FlowPane factorSuggestions = id("factorSuggestions", styled(new FlowPane(), "choices",
            "factor-suggestions"));
    final VBox factorAdding = id("factorAdding", column("factor-adding",
            row("inline-field", newFactorField, newFactorEffect), factorSuggestions));
    final Label factorError = id("factorError", error());

    final TextArea notesArea = id("notesArea", spoken(new TextArea(), "Notes"));
    final Label notesError = id("notesError", error());
    final Button deleteButton = id("deleteButton", styled(new Button("Delete this day…"), "delete-day"));

    final VBox root;

    DayEditorLayout() {
        warningBanner.setAccessibleRole(AccessibleRole.TEXT);
        HBox.setHgrow(newFactorField, Priority.ALWAYS);
        newFactorField.setPromptText("Factors; separated by ; then Enter");
        notesArea.setPrefRowCount(4);
        notesArea.setWrapText(true);
        root = sheet(column("day-editor", heading,
                backPainLabel,
                row("scale-row", backPainSlider, backPainField), backPainError,
                styled(new FlowPane(lowerBackToggle, upperBackToggle, neckToggle), "choices"), locationError,
                backFactors,
                fieldLabel("Headache (0 none – 10 worst)", headacheField),
                dayHeadache, fromAttacksLabel, attackRows, addAttackButton,
                warningSigns,
                label("Acute medication", "field-label"), medicationRows, medicationChoices, medicationError,
                row("inline-field", fieldLabel("Sleep (hours)", sleepField), sleepField), sleepError,
                fieldLabel("Stress (0 – 10)", stressField), row("scale-row", stressSlider, stressField), stressError,
                column("factor-section", factorsTitle, factorChips, factorAdding, factorError),
                fieldLabel("Notes", notesArea), notesArea, notesError,
                row("editor-actions", deleteButton)), DayEditorView.class, "DayEditorView.css");
    }

    /**
     * The first of the sections that join the window just after its first frame: everything below the heading, which
     * the window's first picture shows at most the top of.
     */
    Node firstLaterSection() {
        return backPainLabel;
    }

    /** A score from 0 to 10 in whole steps, its marks labelled. */
    private static Slider scale(String name) {
        var slider = new Slider(0, 10, 0);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        HBox.setHgrow(slider, Priority.ALWAYS);
        return spoken(slider, name);
    }

    private static TextField scaleField(String name) {
        return styled(field(3, name), "scale-field");
    }

    private static TextField field(int columns, String name) {
        var field = spoken(new TextField(), name);
        field.setPrefColumnCount(columns);
        return field;
    }

    private static Label fieldLabel(String text, Node field) {
        var label = label(text, "field-label");
        label.setLabelFor(field);
        return label;
    }

    private static Label error() {
        return wrapping(null, "field-error");
    }

    private static FlowPane choices() {
        return styled(new FlowPane(), "choices");
    }
}
