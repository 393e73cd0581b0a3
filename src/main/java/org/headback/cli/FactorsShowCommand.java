package org.headback.cli;

import java.io.PrintWriter;
import org.headback.diary.Diary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code headback factors show NAME}: undoes {@code factors hide}. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Shows a hidden factor in the day's entry again.")
final class FactorsShowCommand extends DiaryWork {
    @Parameters(paramLabel = "NAME", description = "The factor's name, matched ignoring case.")
    String name;

    @Override
    void run(Diary diary, PrintWriter out) {
        diary.hideFactor(name, false);
        out.println("showed the factor " + name);
    }
}
