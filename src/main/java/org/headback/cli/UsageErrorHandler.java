package org.headback.cli;

import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A wrong command or argument: one line saying what is wrong, then the usage, on stderr; exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        var commandLine = e.getCommandLine();
        var err = commandLine.getErr();
        err.println("headback: " + e.getMessage());
        err.print(commandLine.getUsageMessage());
        return Cli.USAGE;
    }
}
