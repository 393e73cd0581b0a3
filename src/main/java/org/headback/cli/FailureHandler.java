package org.headback.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.headback.article.ArticleRejectedException;
import org.headback.diary.ImportException;
import org.headback.diary.InvalidValueException;
import org.headback.output.OutputException;
import org.headback.storage.StorageException;
import org.headback.storage.UnusableDatabaseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** A command that failed: one clear line on stderr and exit code 1, never a stack trace. */
final class FailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        commandLine.getErr().println("headback: " + describe(e));
        return Cli.FAILED;
    }

    static String describe(Exception e) {
        if (e instanceof UncheckedIOException) {
            return e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "Cannot write there: permission denied (" + e.getMessage() + ").";
        }
        if (e instanceof FileSystemException system && system.getFile() != null) {
            return OutputException.of(Path.of(system.getFile()), system).getMessage();
        }
        if (e instanceof IOException) {
            return e instanceof OutputException ? e.getMessage() : "Cannot write the file: " + e.getMessage();
        }
        if (e instanceof UnusableDatabaseException) {
            return e.getMessage() + " Open HeadBack's window to restore the newest backup or to start a new diary; "
                    + "either way what is there now is kept, under a new name.";
        }
        if (e instanceof ArticleRejectedException || e instanceof StorageException || e instanceof ImportException
                || e instanceof InvalidValueException || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException) {
            return e.getMessage();
        }
        var message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return "an unexpected error stopped the command (" + e.getClass().getSimpleName() + message + ").";
    }
}
