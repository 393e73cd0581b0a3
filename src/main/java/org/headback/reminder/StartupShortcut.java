package org.headback.reminder;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A shortcut in the user's Startup folder ({@code %APPDATA%\Microsoft\Windows\Start Menu\Programs\Startup}), which
 * Windows opens when the user logs in. Its target is the Java runtime's {@code javaw.exe} (no console window), its
 * arguments the rest of the command, quoted as Windows splits a command line.
 */
record StartupShortcut(Path file) implements LoginItem {
    static final String FILE_NAME = "HeadBack reminder.lnk";
    static final String DESCRIPTION = "Reminds you in the evening when today is not recorded in your HeadBack diary";

    StartupShortcut {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public byte[] content(List<String> command) {
        var target = command.get(0);
        var folder = target.contains("\\") ? target.substring(0, target.lastIndexOf('\\')) : "";
        return ShellLink.of(target, arguments(command.subList(1, command.size())), folder, DESCRIPTION);
    }

    /**
     * The arguments as one command line that Windows splits back into the same arguments: one with a space, a tab
     * or a quote is put in quotes, a quote inside escaped, and the backslashes before a quote doubled.
     */
    static String arguments(List<String> arguments) {
        return arguments.stream().map(StartupShortcut::argument).collect(Collectors.joining(" "));
    }

    private static String argument(String argument) {
        if (!argument.isEmpty() && argument.chars().noneMatch(c -> c == ' ' || c == '\t' || c == '"')) {
            return argument;
        }
        var quoted = new StringBuilder("\"");
        int backslashes = 0;
        for (char c : argument.toCharArray()) {
            if (c == '\\') {
                backslashes++;
                continue;
            }
            quoted.append("\\".repeat(c == '"' ? backslashes * 2 + 1 : backslashes)).append(c);
            backslashes = 0;
        }
        return quoted.append("\\".repeat(backslashes * 2)).append('"').toString();
    }
}
