package org.headback.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TempFolderTraceTest {
    private static final List<String> TMP = List.of("/tmp");

    private static List<String> writes(String... lines) {
        return new TempFolderTrace(List.of(lines), TMP).writes();
    }

    @Test
    void sqlitesDriverWritingItsLibrary_andJavasPerformanceFile_areWrites() {
        var library = "13099 openat(AT_FDCWD, \"/tmp/sqlite-3.54.1.0-b509-libsqlitejdbc.so\", "
                + "O_WRONLY|O_CREAT|O_EXCL, 0600) = 27";
        var folder = "13085 mkdir(\"/tmp/hsperfdata_someone\", 0755) = 0";

        assertThat(writes(library, folder)).containsExactly(library, folder);
    }

    @Test
    void readingTheTempFolder_aFailedCall_andFilesElsewhere_areNoWrites() {
        assertThat(writes("13085 openat(AT_FDCWD, \"/tmp/hsperfdata_someone\", O_RDONLY|O_NOFOLLOW) = 4",
                "13085 openat(AT_FDCWD, \"/tmp/x\", O_WRONLY|O_CREAT, 0600) = -1 EACCES (Permission denied)",
                "13085 openat(AT_FDCWD, \"/home/someone/.local/share/headback/diary.db\", O_RDWR|O_CREAT, 0644) = 9",
                "13085 openat(AT_FDCWD, \"/tmpfolder/x\", O_WRONLY|O_CREAT, 0600) = 5")).isEmpty();
    }

    @Test
    void aCallShownInTwoParts_isCountedFromItsFirst_andARenameIntoTheFolderIsAWrite() {
        var unfinished = "13099 openat(AT_FDCWD, \"/tmp/x.lck\", O_WRONLY|O_CREAT|O_EXCL, 0666 <unfinished ...>";
        var rename = "13099 rename(\"/home/someone/a\", \"/tmp/a\") = 0";

        assertThat(writes(unfinished, "13099 <... openat resumed>) = 27", rename))
                .containsExactly(unfinished, rename);
    }

    @Test
    void fileCalls_areToldFromNetworkCalls() {
        assertThat(TempFolderTrace.isFileCall("13085 openat(AT_FDCWD, \"/tmp\", O_RDONLY) = 26")).isTrue();
        assertThat(TempFolderTrace.isFileCall("21767 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 19")).isFalse();
    }
}
