package org.headback.cli;

import java.io.PrintWriter;
import org.headback.diary.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code headback medicines hide NAME}. */
@Command(name = "hide", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Hides a medicine from the choices of a day.",
            "Its courses and the days it was taken keep it; medicines show brings it back."})
final class MedicinesHideCommand extends DiaryWork {
    @Parameters(paramLabel = "NAME", description = "The medicine's name, matched ignoring case.")
    String name;

    @Override
    void run(Diary diary, PrintWriter out) {
        diary.hideMedicine(name, true);
        out.println("hid the medicine " + name);
    }
}
