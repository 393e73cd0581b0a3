package org.headback.cli;

import java.io.PrintWriter;
import java.util.List;
import org.headback.diary.Diary;
import org.headback.diary.KeptMedicine;
import org.headback.diary.PreventiveCourse;
import picocli.CommandLine.Command;

/** {@code headback medicines list}: one line per kept medicine, hidden ones too. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints your medicines, hidden ones too, in the order they were added.",
            "One line each: name, class, usual dose, preventive or for attacks, shown or hidden, and its courses."})
final class MedicinesListCommand extends DiaryWork {
    @Override
    void run(Diary diary, PrintWriter out) {
        var courses = diary.courses();
        for (var medicine : diary.medicines()) {
            out.println(String.join("\t", medicine.name(), medicine.medicationClass().code(),
                    medicine.usualDose().isEmpty() ? "no usual dose" : medicine.usualDose(),
                    medicine.preventive() ? "preventive" : "for attacks", medicine.hidden() ? "hidden" : "shown",
                    coursesOf(medicine, courses)));
        }
    }

    private static String coursesOf(KeptMedicine medicine, List<PreventiveCourse> courses) {
        var days = courses.stream().filter(course -> course.medicine().equals(medicine.name()))
                .map(course -> "course " + course.describeDays()).toList();
        return days.isEmpty() ? "no course" : String.join("; ", days);
    }

    @Override
    boolean onlyReads() {
        return true;
    }
}
