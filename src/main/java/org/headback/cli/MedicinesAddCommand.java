package org.headback.cli;

import java.io.PrintWriter;
import org.headback.diary.Diary;
import org.headback.diary.KeptMedicine;
import org.headback.diary.MedicationClass;
import org.headback.text.Coded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code headback medicines add NAME --class CLASS [--dose DOSE] [--preventive]}. */
@Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Adds a medicine to your list.",
            "A name is 1 to 200 characters, unique ignoring case; the class counts as a day's medication does."})
final class MedicinesAddCommand extends DiaryWork {
    @Parameters(paramLabel = "NAME", description = "The medicine's name.")
    String name;

    @Option(names = "--class", paramLabel = "CLASS", required = true,
            completionCandidates = CodesOf.MedicationClasses.class,
            description = "Its class: ${COMPLETION-CANDIDATES}.")
    String medicationClass;

    @Option(names = "--dose", paramLabel = "DOSE", defaultValue = "", description = "Its usual dose, as \"40 mg\".")
    String dose;

    @Option(names = "--preventive", description = "Taken daily in courses, not for an attack.")
    boolean preventive;

    @Override
    void run(Diary diary, PrintWriter out) {
        var type = Coded.parse(MedicationClass.class, medicationClass).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "--class: " + medicationClass + " is not " + Coded.allowed(MedicationClass.class)));
        var medicine = fromArguments(() -> new KeptMedicine(name, type, dose, preventive, false));
        diary.addMedicine(medicine);
        out.println("added the medicine " + medicine.name());
    }
}
