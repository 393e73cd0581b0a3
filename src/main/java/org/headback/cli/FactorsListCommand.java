package org.headback.cli;

import java.io.PrintWriter;
import org.headback.diary.Diary;
import org.headback.diary.FactorHistory;
import org.headback.text.Words;
import picocli.CommandLine.Command;

/** {@code headback factors list}: one line per factor, hidden ones too. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints your factors, hidden ones too, in the order they were made.",
            "One line each: name, effect, shown or hidden, the day it is known from, and the days it was ticked."})
final class FactorsListCommand extends DiaryWork {
    @Override
    void run(Diary diary, PrintWriter out) {
        var days = diary.all();
        for (var factor : diary.factors()) {
            var history = FactorHistory.of(factor.name(), days);
            out.println(String.join("\t", factor.name(), factor.effect().code(), factor.hidden() ? "hidden" : "shown",
                    history.knownFrom().map(day -> "known from " + day).orElse("never ticked"),
                    Words.format("ticked-on", history.tickedDays())));
        }
    }

    @Override
    boolean onlyReads() {
        return true;
    }
}
