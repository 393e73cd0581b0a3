package org.headback.cli;

import java.io.PrintWriter;
import org.headback.diary.Diary;
import org.headback.diary.SuggestedFactors;
import picocli.CommandLine.Command;

/** {@code headback factors suggested}: the suggestions, with their sources. */
@Command(name = "suggested", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Prints the suggested factors, each with where it is taken from.",
            "One line each: code, name, effect and source; factors add --suggested CODE switches one on."})
final class FactorsSuggestedCommand extends DiaryWork {
    @Override
    void run(Diary diary, PrintWriter out) {
        for (var suggestion : SuggestedFactors.catalogue().all()) {
            out.println(String.join("\t", suggestion.code(), suggestion.factor().name(),
                    suggestion.factor().effect().code(), suggestion.source()));
        }
    }

    @Override
    boolean onlyReads() {
        return true;
    }
}
