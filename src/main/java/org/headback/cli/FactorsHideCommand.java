package org.headback.cli;

import java.io.PrintWriter;
import org.headback.diary.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code headback factors hide NAME}. */
@Command(name = "hide", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Hides a factor from the day's entry.",
            "The days it was ticked keep it, and diary export still writes them; factors show brings it back."})
final class FactorsHideCommand extends DiaryWork {
    @Parameters(paramLabel = "NAME", description = "The factor's name, matched ignoring case.")
    String name;

    @Override
    void run(Diary diary, PrintWriter out) {
        diary.hideFactor(name, true);
        out.println("hid the factor " + name);
    }
}
