package org.headback.ui.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;
import org.headback.diary.DayEntry;
import org.headback.diary.Diary;
import org.headback.diary.Factor;
import org.headback.diary.FactorEffect;
import org.headback.diary.SuggestedFactors;
import org.junit.jupiter.api.Test;

class FactorTicksViewModelTest extends OpenDiaryView {
    private FactorTicksViewModel ticks;

    @Override
    void prepare(Diary diary) {
        diary.addFactor(Factor.own("Coffee"));
        diary.addFactor(Factor.own("Long drive"));
    }

    @Override
    void showTheView() {
        super.showTheView();
        ticks = viewModel.factorTicks();
    }

    private Factor shown(String name) {
        return ticks.shown().stream().filter(factor -> factor.name().equals(name)).findFirst().orElseThrow();
    }

    private Set<String> savedToday() {
        return diary.day(TODAY).orElseThrow().factors();
    }

    @Test
    void tick_savesTheDayAtOnce_asAnyChangeDoes() {
        ticks.tick(shown("Coffee"), true);

        assertThat(savedToday()).containsExactly("Coffee");
        assertThat(editor.saveStateProperty().get()).startsWith("Saved at 09:30");
        assertThat(ticks.isTicked(shown("Coffee"))).isTrue();
        assertThat(ticks.isTicked(shown("Long drive"))).isFalse();

        ticks.tick(shown("Coffee"), false);
        assertThat(savedToday()).isEmpty();
    }

    @Test
    void tick_onADayThatNamesTheFactorInAnotherCase_keepsTheStoredNameAndSavesWithoutAConflict() {
        diary.save(DayEntry.on(TODAY).backPain(2).factors(Set.of("coffee")).build());
        showTheView();
        assertThat(ticks.isTicked(shown("Coffee"))).isTrue();

        ticks.tick(shown("Long drive"), true);
        ticks.tick(shown("Coffee"), false);

        assertThat(editor.saveStateProperty().get()).startsWith("Saved at");
        assertThat(savedToday()).containsExactly("Long drive");
    }

    @Test
    void add_makesTheFactorAndTicksItOnTheDay() {
        assertThat(ticks.add("  poor posture at work ")).isTrue();

        assertThat(diary.factors()).extracting(Factor::name).contains("poor posture at work");
        assertThat(ticks.shown()).extracting(Factor::name).contains("poor posture at work");
        assertThat(savedToday()).containsExactly("poor posture at work");
    }

    @Test
    void add_aNameTheDiaryHasInAnotherCase_ticksThatFactor_makesNoOther() {
        ticks.add("COFFEE");

        assertThat(diary.factors()).hasSize(2);
        assertThat(savedToday()).containsExactly("Coffee");
    }

    @Test
    void add_aNameThatCannotBeAFactors_isRefusedInWords_andNothingChanges() {
        assertThat(ticks.add("   ")).isFalse();
        assertThat(ticks.problemProperty().get()).isEqualTo("a factor's name is empty");
        assertThat(ticks.add("x".repeat(Factor.MAX_NAME + 1))).isFalse();
        assertThat(ticks.problemProperty().get()).contains("longer than 60 characters");
        assertThat(ticks.add("tea;milk")).isFalse();
        assertThat(ticks.problemProperty().get()).contains("cannot contain ;");

        assertThat(diary.factors()).hasSize(2);
        assertThat(diary.day(TODAY)).isEmpty();
        assertThat(ticks.add("Tea")).isTrue();
        assertThat(ticks.problemProperty().get()).isEmpty();
    }

    @Test
    void switchOn_aSuggestion_makesItAnOrdinaryFactor_offeredAndNoLongerSuggested() {
        var stress = ticks.suggestions().stream().filter(suggestion -> suggestion.code().equals("stress"))
                .findFirst().orElseThrow();
        assertThat(ticks.suggestions()).hasSize(FactorTicksViewModel.SUGGESTIONS_SHOWN);

        ticks.switchOn(stress);

        assertThat(ticks.shown()).extracting(Factor::name).contains("Stress");
        assertThat(ticks.suggestions()).extracting(suggestion -> suggestion.code()).doesNotContain("stress")
                .hasSize(FactorTicksViewModel.SUGGESTIONS_SHOWN);
        assertThat(diary.day(TODAY)).as("switching on ticks nothing").isEmpty();
        ticks.tick(shown("Stress"), true);
        assertThat(savedToday()).containsExactly("Stress");
    }

    @Test
    void suggestions_leaveOutOnesTheUserHasByName() {
        diary.addFactor(Factor.own("exercise"));
        showTheView();

        assertThat(ticks.suggestions()).extracting(suggestion -> suggestion.code()).doesNotContain("exercise");
        assertThat(SuggestedFactors.catalogue().find("exercise")).isPresent();
    }

    @Test
    void rename_keepsEveryDayItWasTicked_andTheDayOnShowSavesUnderTheNewName() {
        diary.save(DayEntry.on(TODAY.minusDays(3)).backPain(4).factors(Set.of("Coffee")).build());
        ticks.tick(shown("Coffee"), true);

        ticks.rename(shown("Coffee"), "Strong coffee");

        assertThat(ticks.problemProperty().get()).isEmpty();
        assertThat(diary.day(TODAY.minusDays(3)).orElseThrow().factors()).containsExactly("Strong coffee");
        assertThat(ticks.isTicked(shown("Strong coffee"))).isTrue();
        ticks.tick(shown("Long drive"), true);
        assertThat(editor.saveStateProperty().get()).startsWith("Saved at");
        assertThat(savedToday()).containsExactlyInAnyOrder("Strong coffee", "Long drive");
        assertThat(diary.factors()).extracting(Factor::name).containsExactly("Strong coffee", "Long drive");
        assertThat(viewModel.recentDays()).flatExtracting(DayEntry::factors).contains("Strong coffee")
                .doesNotContain("Coffee");
    }

    @Test
    void rename_toANameTakenOrEmpty_isRefusedInWords() {
        ticks.rename(shown("Coffee"), "long DRIVE");
        assertThat(ticks.problemProperty().get()).isEqualTo("“long DRIVE” is the name of another factor");
        ticks.rename(shown("Coffee"), "");
        assertThat(ticks.problemProperty().get()).isEqualTo("a factor's name is empty");

        assertThat(diary.factors()).extracting(Factor::name).containsExactly("Coffee", "Long drive");
    }

    @Test
    void hide_takesTheFactorOutOfTheEntry_butADayTickedWithItKeepsItWhenSavedAgain() {
        diary.save(DayEntry.on(TODAY.minusDays(2)).backPain(4).factors(Set.of("Coffee")).build());
        ticks.tick(shown("Coffee"), true);

        ticks.hide(shown("Coffee"));

        assertThat(ticks.shown()).extracting(Factor::name).containsExactly("Long drive");
        ticks.tick(shown("Long drive"), true);
        editor.notesProperty().set("hidden but kept");
        editor.commit();
        assertThat(savedToday()).containsExactlyInAnyOrder("Coffee", "Long drive");
        viewModel.select(TODAY.minusDays(2));
        editor.stressProperty().set("5");
        editor.commit();
        assertThat(diary.day(TODAY.minusDays(2)).orElseThrow().factors()).containsExactly("Coffee");
    }

    @Test
    void add_theNameOfAHiddenFactor_showsItAgainAndTicksIt() {
        ticks.hide(shown("Coffee"));

        ticks.add("coffee");

        assertThat(ticks.shown()).extracting(Factor::name).containsExactly("Coffee", "Long drive");
        assertThat(savedToday()).containsExactly("Coffee");
    }

    @Test
    void rename_whileTheDayOnShowHasAValueThatCannotBeSaved_isRefusedAndNothingIsRenamed() {
        editor.stressProperty().set("11");

        ticks.rename(shown("Coffee"), "Strong coffee");

        assertThat(ticks.problemProperty().get()).isEqualTo("Not renamed: Stress: 11 is not between 0 and 10");
        assertThat(diary.factors()).extracting(Factor::name).containsExactly("Coffee", "Long drive");
        assertThat(editor.stressProperty().get()).isEqualTo("11");
    }

    @Test
    void factorsThatEaseOrWorsenTheBack_areOfferedWithTheBackPain_theOthersInTheFactorArea() {
        diary.addFactor(SuggestedFactors.catalogue().find("heat").orElseThrow().factor());
        diary.addFactor(SuggestedFactors.catalogue().find("lifting").orElseThrow().factor());
        showTheView();

        assertThat(ticks.forTheBack()).extracting(Factor::name).containsExactly("Heat on the back", "Lifting");
        assertThat(ticks.others()).extracting(Factor::name).containsExactly("Coffee", "Long drive");
        ticks.tick(shown("Lifting"), true);
        assertThat(savedToday()).as("stored once, as any factor").containsExactly("Lifting");
    }

    @Test
    void changeEffect_movesTheFactorToTheBackPain_andItsDaysKeepIt() {
        diary.save(DayEntry.on(TODAY.minusDays(1)).backPain(5).factors(Set.of("Long drive")).build());

        ticks.changeEffect(shown("Long drive"), FactorEffect.WORSENS_BACK_PAIN);

        assertThat(ticks.forTheBack()).extracting(Factor::name, Factor::effect)
                .containsExactly(tuple("Long drive", FactorEffect.WORSENS_BACK_PAIN));
        assertThat(ticks.others()).extracting(Factor::name).containsExactly("Coffee");
        assertThat(diary.day(TODAY.minusDays(1)).orElseThrow().factors()).containsExactly("Long drive");
        ticks.changeEffect(shown("Long drive"), FactorEffect.NONE);
        assertThat(ticks.forTheBack()).isEmpty();
    }

    @Test
    void enter_severalNames_ticksKnownOnesUnderTheirStoredName_andMakesUnknownOnesWithTheEffectChosen() {
        ticks.startAdding();
        ticks.newEffectProperty().set(FactorEffect.EASES_BACK_PAIN);

        assertThat(ticks.enter("COFFEE;  long drive ; yoga")).isTrue();

        assertThat(savedToday()).containsExactly("Coffee", "Long drive", "yoga");
        assertThat(diary.factors()).extracting(Factor::name, Factor::effect).containsExactly(
                tuple("Coffee", FactorEffect.NONE), tuple("Long drive", FactorEffect.NONE),
                tuple("yoga", FactorEffect.EASES_BACK_PAIN));
        assertThat(ticks.forTheBack()).extracting(Factor::name).containsExactly("yoga");
        assertThat(ticks.newEffectProperty().get()).as("the next name starts again at none")
                .isEqualTo(FactorEffect.NONE);
    }

    @Test
    void enter_aNewFactor_hasNoEffectOnTheBackUnlessTheUserSays() {
        ticks.startAdding();

        ticks.enter("tea");

        assertThat(ticks.newEffectProperty().get()).isEqualTo(FactorEffect.NONE);
        assertThat(diary.factors()).extracting(Factor::effect).containsOnly(FactorEffect.NONE);
    }

    @Test
    void enter_theBeginningOfOneShownFactor_ticksIt_andMakesNoOther() {
        assertThat(ticks.enter("lo")).isTrue();

        assertThat(savedToday()).containsExactly("Long drive");
        assertThat(diary.factors()).hasSize(2);
    }

    @Test
    void enter_aBeginningOfSeveral_isRefusedNamingThem_andNothingOfTheEntryIsTicked() {
        diary.addFactor(Factor.own("Cola"));
        showTheView();

        assertThat(ticks.enter("long; co")).isFalse();

        assertThat(ticks.problemProperty().get()).isEqualTo("“co” begins “Coffee” and “Cola”: type more of the name");
        assertThat(diary.day(TODAY)).isEmpty();
        assertThat(diary.factors()).hasSize(3);
    }

    @Test
    void enter_aWholeNameBeatsALongerOneItBegins_andAHiddenOneIsNotTickedByItsBeginning() {
        diary.addFactor(Factor.own("Tea"));
        diary.addFactor(Factor.own("Tea with milk"));
        diary.addFactor(Factor.own("Running"));
        diary.hideFactor("Running", true);
        showTheView();

        ticks.enter("tea; run");

        assertThat(savedToday()).containsExactly("run", "Tea");
        assertThat(diary.factors()).extracting(Factor::name).contains("run", "Running");
    }

    @Test
    void enter_nothingOrAnInvalidName_isRefusedInWords_andNothingChanges() {
        assertThat(ticks.enter(" ; ")).isFalse();
        assertThat(ticks.problemProperty().get()).isEqualTo("a factor's name is empty");
        assertThat(ticks.enter("coffee; " + "x".repeat(Factor.MAX_NAME + 1))).isFalse();
        assertThat(ticks.problemProperty().get()).contains("longer than 60 characters");

        assertThat(diary.day(TODAY)).isEmpty();
        assertThat(diary.factors()).hasSize(2);
    }
}
