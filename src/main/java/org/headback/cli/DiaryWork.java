package org.headback.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.headback.diary.Diary;
import org.headback.diary.InvalidValueException;
import org.headback.output.Outputs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A diary command: opens the diary of the chosen data folder for its length. An argument that does not fit is a
 * usage error (exit 2, see {@link #fromArguments}); a diary that refuses arguments that do fit (a day already
 * recorded, a conflicting import) is a failure (exit 1, one line).
 */
abstract class DiaryWork implements Callable<Integer> {
    @ParentCommand
    DiaryGroup group;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemDefaultZone();

    /** The files the command may write, while {@link #run} runs. */
    Outputs outputs;

    @Override
    public final Integer call() {
        try (var session = new DiarySession(group.dataDirectory(), clock, onlyReads())) {
            outputs = session.outputs();
            run(session.diary(), spec.commandLine().getOut());
        }
        return Cli.OK;
    }

    abstract void run(Diary diary, PrintWriter out);

    /** Whether the command only reads the diary, so that it works where the data folder cannot be written. */
    boolean onlyReads() {
        return false;
    }

    /** Reads values from the arguments: one that does not fit is a usage error naming its field. */
    <T> T fromArguments(Supplier<T> reading) {
        try {
            return reading.get();
        } catch (InvalidValueException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
