package org.headback.cli;

import java.io.PrintWriter;
import org.headback.diary.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code headback medicines show NAME}: undoes {@code medicines hide}. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows a hidden medicine among the choices of a day again.")
final class MedicinesShowCommand extends DiaryWork {
    @Parameters(paramLabel = "NAME", description = "The medicine's name, matched ignoring case.")
    String name;

    @Override
    void run(Diary diary, PrintWriter out) {
        diary.hideMedicine(name, false);
        out.println("showed the medicine " + name);
    }
}
