package org.headback.cli;

import java.io.PrintWriter;
import org.headback.diary.Diary;
import org.headback.diary.KeptMedicine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code headback medicines rename OLD NEW}. */
@Command(name = "rename", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Renames a medicine; its courses keep it, under the new name.",
            "The old name is matched ignoring case; the new one must not be another medicine's."})
final class MedicinesRenameCommand extends DiaryWork {
    @Parameters(index = "0", paramLabel = "OLD", description = "The medicine's name now.")
    String from;
    @Parameters(index = "1", paramLabel = "NEW", description = "Its new name, 1 to 200 characters.")
    String to;

    @Override
    void run(Diary diary, PrintWriter out) {
        var name = fromArguments(() -> KeptMedicine.checkName(to));
        diary.renameMedicine(from, name);
        out.println("renamed the medicine " + from + " to " + name);
    }
}
