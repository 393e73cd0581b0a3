package org.headback.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class DesktopEntryParseTest {
    @Test
    void parse_keepsTheKeysInOrder_withLocalisedKeysApart_andSkipsCommentsAndBlankLines() {
        var entries = DesktopEntry.parse(List.of("[Desktop Entry]", "# the app", "Name=HeadBack", "",
                "Name[de]=HeadBack", "Exec=/opt/headback/bin/HeadBack"));

        assertThat(entries).containsExactly(entry("Name", "HeadBack"),
                entry("Name[de]", "HeadBack"),
                entry("Exec", "/opt/headback/bin/HeadBack"));
    }

    @Test
    void parse_refusesAKeyGivenTwice_aLineThatIsNoKeyValue_andAMissingGroup() {
        assertThatThrownBy(() -> DesktopEntry.parse(List.of("[Desktop Entry]", "Name=A", "Name=B")))
                .hasMessageContaining("Name given twice");
        assertThatThrownBy(() -> DesktopEntry.parse(List.of("[Desktop Entry]", "Name HeadBack")))
                .hasMessageContaining("not a key=value line");
        assertThatThrownBy(() -> DesktopEntry.parse(List.of("Name=HeadBack")))
                .hasMessageContaining("[Desktop Entry]");
    }
}
