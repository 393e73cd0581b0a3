package org.headback.cli;

import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** A wrong command or argument: one line saying what is wrong, then the usage, on stderr; exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        var commandLine = e.getCommandLine();
        var err = commandLine.getErr();
        err.println("headback: " + describe(e));
        err.print(commandLine.getUsageMessage());
        return Cli.USAGE;
    }

    /**
     * What is wrong, in one line. A typed value that does not fit is named by its option and said in the words of
     * {@link TypedValues} ("--from: 2026-1-1 is not a date in the form yyyy-MM-dd"), not in picocli's, which name
     * Java types and exceptions.
     */
    static String describe(ParameterException e) {
        if (e.getCause() instanceof TypeConversionException conversion && e.getArgSpec() != null) {
            return name(e.getArgSpec()) + ": " + conversion.getMessage();
        }
        return e.getMessage();
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return option.longestName();
        }
        return ((PositionalParamSpec) spec).paramLabel();
    }
}
