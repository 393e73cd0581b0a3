package org.headback.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import org.headback.diary.Diary;
import org.headback.diary.PreventiveCourse;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code headback medicines correct NAME --start DATE [--new-start DATE] (--stop DATE | --still-taken)}. */
@Command(name = "correct", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Corrects the days of a course of a preventive medicine.",
            "The course is the one that starts on --start; it must still share no day with the medicine's others."})
final class MedicinesCorrectCommand extends DiaryWork {
    @Parameters(paramLabel = "NAME", description = "The preventive medicine's name, matched ignoring case.")
    String name;

    @Option(names = "--start", paramLabel = "DATE", required = true,
            description = "The day the course starts now (yyyy-MM-dd).")
    LocalDate start;

    @Option(names = "--new-start", paramLabel = "DATE", description = "The day it really started (yyyy-MM-dd).")
    LocalDate newStart;

    @ArgGroup(multiplicity = "1")
    End end;

    /** The course's last day, or none while it is still taken. */
    static final class End {
        @Option(names = "--stop", paramLabel = "DATE", description = "The last day it was taken (yyyy-MM-dd).")
        LocalDate stop;
        @Option(names = "--still-taken", description = "It is still taken: no stop day.")
        boolean stillTaken;
    }

    @Override
    void run(Diary diary, PrintWriter out) {
        var first = newStart == null ? start : newStart;
        var now = fromArguments(() -> {
            var course = new PreventiveCourse(name, first, Optional.ofNullable(end.stop));
            course.checkDays(diary.latestDay());
            return course;
        });
        diary.changeCourse(new PreventiveCourse(name, start, Optional.empty()), now);
        out.println("corrected the course of " + name + " to " + now.describeDays());
    }
}
