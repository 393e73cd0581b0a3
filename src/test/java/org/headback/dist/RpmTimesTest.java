package org.headback.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RpmTimesTest {
    private static final List<String> INSTALL = List.of("%install", "rm -rf %{buildroot}",
            "install -d -m 755 %{buildroot}/opt/headback",
            "cp -r %{_sourcedir}/opt/headback/* %{buildroot}/opt/headback",
            "(cd %{buildroot} && find . -type d) | sed -e 's/^\\.//' -e '/^$/d' | sort > %{app_filelist}");

    @Test
    void keepingTimes_makesTheSpecsCopyOfTheAppKeepTheFilesTimes_andLeavesTheRest() {
        assertThat(RpmTimes.keepingTimes(INSTALL)).containsExactly("%install", "rm -rf %{buildroot}",
                "install -d -m 755 %{buildroot}/opt/headback",
                "cp -r --preserve=timestamps %{_sourcedir}/opt/headback/* %{buildroot}/opt/headback",
                "(cd %{buildroot} && find . -type d) | sed -e 's/^\\.//' -e '/^$/d' | sort > %{app_filelist}");
    }

    @Test
    void keepingTimes_refusesASpecThatCopiesTheAppAnotherWay() {
        var other = List.of("%install", "cp -a %{_sourcedir}/opt/headback/* %{buildroot}/opt/headback");

        assertThatThrownBy(() -> RpmTimes.keepingTimes(other)).hasMessageContaining("0 lines");
    }
}
