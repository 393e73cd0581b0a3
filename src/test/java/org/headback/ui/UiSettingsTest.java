package org.headback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UiSettingsTest {
    @Test
    void roundTrip_keepsEveryValue() {
        var settings = UiSettings.defaults().withFontStep(6).withTheme(Theme.DARK)
                .withWindow(Optional.of(new UiSettings.WindowBounds(10, 20, 1000, 700)), true, 0.7, 0.3)
                .withArticle(Optional.of("can-back-pain-cause-migraines"));
        assertThat(UiSettings.fromMap(settings.toMap())).isEqualTo(settings);
    }

    @Test
    void unreadableValues_fallBackToDefaults() {
        var settings = UiSettings.fromMap(Map.of(UiSettings.FONT_STEP, "huge", UiSettings.THEME, "PURPLE",
                UiSettings.BOUNDS, "1,2,three,4", UiSettings.MAIN_DIVIDER, "1.5"));
        assertThat(settings).isEqualTo(UiSettings.defaults());
    }

    @Test
    void fontStep_isClampedToTheAvailableSizes() {
        assertThat(UiSettings.fromMap(Map.of(UiSettings.FONT_STEP, "99")).fontStep())
                .isEqualTo(FontScale.SIZES.size() - 1);
        assertThat(UiSettings.defaults().withFontStep(-4).fontStep()).isZero();
    }

    @Test
    void tinyWindow_isNotRestored() {
        assertThat(UiSettings.fromMap(Map.of(UiSettings.BOUNDS, "0,0,20,10")).bounds()).isEmpty();
    }
}
