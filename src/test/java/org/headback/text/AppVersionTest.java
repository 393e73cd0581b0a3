package org.headback.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.headback.testing.Pom;
import org.junit.jupiter.api.Test;

class AppVersionTest {
    @Test
    void version_isThePoms_asTheBuildWroteIt() {
        assertThat(Pom.version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(AppVersion.version()).isEqualTo(Pom.version());
    }

    @Test
    void title_isTheNameAndTheVersion() {
        assertThat(AppVersion.title()).isEqualTo("HeadBack " + Pom.version());
    }
}
