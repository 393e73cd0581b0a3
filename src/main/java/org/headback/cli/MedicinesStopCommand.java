package org.headback.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.headback.diary.Diary;
import org.headback.diary.PreventiveCourse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code headback medicines stop NAME --on DATE}: ends the course still taken. */
@Command(name = "stop", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Ends the course of a preventive medicine still taken.",
            "The day given is the last day it was taken, no earlier than the course's start."})
final class MedicinesStopCommand extends DiaryWork {
    @Parameters(paramLabel = "NAME", description = "The preventive medicine's name, matched ignoring case.")
    String name;

    @Option(names = "--on", paramLabel = "DATE", required = true,
            description = "The last day it was taken (yyyy-MM-dd), no later than the diary's latest day.")
    LocalDate on;

    @Override
    void run(Diary diary, PrintWriter out) {
        fromArguments(() -> {
            PreventiveCourse.checkDay("stop", on, diary.latestDay());
            return on;
        });
        var ended = diary.stopCourse(name, on);
        out.println("stopped the course of " + ended.medicine() + " " + ended.describeDays());
    }
}
