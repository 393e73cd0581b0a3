package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.headback.safekeeping.Settings;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private final Map<String, String> saved = new HashMap<>();
    private final Settings store = new Settings() {
        @Override
        public Map<String, String> all() {
            return Map.copyOf(saved);
        }

        @Override
        public void putAll(Map<String, String> values) {
            saved.putAll(values);
        }
    };

    @Test
    void largerAndSmallerText_stepAndAreRemembered() {
        var viewModel = new MainViewModel(UiSettings.defaults(), store, new DirectTaskRunner());
        viewModel.largerText();
        viewModel.largerText();
        viewModel.smallerText();
        assertThat(viewModel.fontStepProperty().get()).isEqualTo(FontScale.DEFAULT_STEP + 1);
        assertThat(UiSettings.fromMap(saved).fontStep()).isEqualTo(FontScale.DEFAULT_STEP + 1);
    }

    @Test
    void textSize_stopsAtTheLargestStep() {
        var viewModel = new MainViewModel(UiSettings.defaults(), store, new DirectTaskRunner());
        for (int i = 0; i < 30; i++) {
            viewModel.largerText();
        }
        assertThat(viewModel.fontStepProperty().get()).isEqualTo(FontScale.SIZES.size() - 1);
        viewModel.normalText();
        assertThat(viewModel.fontStepProperty().get()).isEqualTo(FontScale.DEFAULT_STEP);
    }

    @Test
    void theme_isRemembered() {
        var viewModel = new MainViewModel(UiSettings.defaults(), store, new DirectTaskRunner());
        viewModel.useTheme(Theme.DARK);
        assertThat(UiSettings.fromMap(saved).theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void outsideChanges_reloadOnlyWhenAnotherProgramChangedTheData() {
        var viewModel = new MainViewModel(UiSettings.defaults(), store, new DirectTaskRunner());
        var reloads = new int[1];
        var told = new ArrayList<String>();
        viewModel.lookForOutsideChanges(() -> false, () -> reloads[0]++, told::add);
        assertThat(reloads[0]).isZero();
        viewModel.lookForOutsideChanges(() -> true, () -> reloads[0]++, told::add);
        assertThat(reloads[0]).isOne();
        viewModel.lookForOutsideChanges(() -> {
            throw new IllegalStateException("the database is closed");
        }, () -> reloads[0]++, told::add);
        viewModel.lookForOutsideChanges(() -> true, () -> reloads[0]++, told::add);
        assertThat(reloads[0]).as("a failed look does not stop the next").isEqualTo(2);
        assertThat(told).containsExactly("the database is closed");
    }

    @Test
    void outsideChanges_aFileThatCannotBeUsedAnyMore_isToldOnce() {
        var viewModel = new MainViewModel(UiSettings.defaults(), store, new DirectTaskRunner());
        var told = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            viewModel.lookForOutsideChanges(() -> {
                throw new IllegalStateException("HeadBack stopped saving: the diary file was replaced");
            }, () -> { }, told::add);
        }
        assertThat(told).containsExactly("HeadBack stopped saving: the diary file was replaced");
    }
}
