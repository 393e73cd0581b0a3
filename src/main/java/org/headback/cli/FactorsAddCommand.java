package org.headback.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.headback.diary.Diary;
import org.headback.diary.Factor;
import org.headback.diary.FactorEffect;
import org.headback.diary.SuggestedFactors;
import org.headback.text.Coded;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code headback factors add NAME [--effect E]} or {@code factors add --suggested CODE}. */
@Command(name = "add", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Adds a factor of your own, or switches on a suggested one.",
            "A name is 1 to 60 characters, unique ignoring case; factors suggested lists the codes."})
final class FactorsAddCommand extends DiaryWork {
    @ArgGroup(multiplicity = "1")
    Which which;

    @Option(names = "--effect", paramLabel = "EFFECT", defaultValue = "none",
            completionCandidates = CodesOf.FactorEffects.class,
            description = "What it does to the back: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    String effect;

    /** A name of the user's own, or the code of a suggestion. */
    static final class Which {
        @Parameters(paramLabel = "NAME", description = "The name of a factor of your own.")
        String name;
        @Option(names = "--suggested", paramLabel = "CODE", description = "The code of a suggested factor.")
        String suggested;
    }

    @Override
    void run(Diary diary, PrintWriter out) {
        var factor = which.suggested != null ? suggestion() : fromArguments(() -> new Factor(which.name,
                effect(), false, Optional.empty()));
        diary.addFactor(factor);
        out.println("added the factor " + factor.name());
    }

    private Factor suggestion() {
        if (spec.commandLine().getParseResult().hasMatchedOption("--effect")) {
            throw new ParameterException(spec.commandLine(), "--effect: a suggested factor has its own effect");
        }
        return SuggestedFactors.catalogue().find(which.suggested).map(SuggestedFactors.Suggestion::factor)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "--suggested: " + which.suggested
                        + " is not one of " + String.join(", ", SuggestedFactors.catalogue().all().stream()
                        .map(SuggestedFactors.Suggestion::code).toList())));
    }

    private FactorEffect effect() {
        return Coded.parse(FactorEffect.class, effect).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--effect: " + effect + " is not " + Coded.allowed(FactorEffect.class)));
    }
}
