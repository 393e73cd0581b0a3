package org.headback.cli;

import java.io.PrintWriter;
import org.headback.diary.Diary;
import org.headback.diary.Factor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code headback factors rename OLD NEW}. */
@Command(name = "rename", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Renames a factor; the days it was ticked keep it, under the new name.",
            "The old name is matched ignoring case; the new one must not be another factor's."})
final class FactorsRenameCommand extends DiaryWork {
    @Parameters(index = "0", paramLabel = "OLD", description = "The factor's name now.")
    String from;
    @Parameters(index = "1", paramLabel = "NEW", description = "Its new name, 1 to 60 characters.")
    String to;

    @Override
    void run(Diary diary, PrintWriter out) {
        var name = fromArguments(() -> Factor.checkName(to));
        diary.renameFactor(from, name);
        out.println("renamed the factor " + from + " to " + name);
    }
}
