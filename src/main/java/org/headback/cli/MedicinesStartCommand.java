package org.headback.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import org.headback.diary.Diary;
import org.headback.diary.PreventiveCourse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code headback medicines start NAME --on DATE}. */
@Command(name = "start", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Starts a course of a preventive medicine, taken daily from that day.",
            "It must not share a day with another course of the medicine; medicines stop ends it."})
final class MedicinesStartCommand extends DiaryWork {
    @Parameters(paramLabel = "NAME", description = "The preventive medicine's name, matched ignoring case.")
    String name;

    @Option(names = "--on", paramLabel = "DATE", required = true,
            description = "The first day it was taken (yyyy-MM-dd), no later than the diary's latest day.")
    LocalDate on;

    @Override
    void run(Diary diary, PrintWriter out) {
        var course = fromArguments(() -> {
            PreventiveCourse.checkDay("start", on, diary.latestDay());
            return new PreventiveCourse(name, on, Optional.empty());
        });
        diary.addCourse(course);
        out.println("started a course of " + name + " on " + on);
    }
}
