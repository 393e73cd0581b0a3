package org.headback.reminder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An XDG autostart entry (a desktop entry in {@code $XDG_CONFIG_HOME/autostart}, else {@code ~/.config/autostart}),
 * which free desktops (GNOME, KDE, Xfce and others) start at login. Hidden from menus; its command is written as the
 * desktop entry specification quotes an {@code Exec} line.
 */
record AutostartEntry(Path file) implements LoginItem {
    static final String FILE_NAME = "headback-reminder.desktop";
    /** The characters that make an argument of {@code Exec} need quotes. */
    private static final String RESERVED = " \t\n\"'\\><~|&;$*?#()`";

    AutostartEntry {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public byte[] content(List<String> command) {
        var text = String.join("\n",
                "[Desktop Entry]",
                "Type=Application",
                "Version=1.4",
                "Name=HeadBack reminder",
                "Comment=Reminds you in the evening when today is not recorded in your HeadBack diary",
                "Exec=" + exec(command),
                "Icon=headback",
                "Terminal=false",
                "NoDisplay=true",
                "X-GNOME-Autostart-enabled=true",
                "");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The command as an {@code Exec} value: each argument with a reserved character in double quotes, with {@code "},
     * {@code `}, {@code $} and {@code \} escaped inside them; every {@code %} doubled (field codes); then, as for any
     * string value, every backslash written twice.
     */
    static String exec(List<String> command) {
        return command.stream().map(AutostartEntry::argument).map(argument -> argument.replace("\\", "\\\\"))
                .collect(Collectors.joining(" "));
    }

    private static String argument(String argument) {
        var doubled = argument.replace("%", "%%");
        if (!doubled.isEmpty() && doubled.chars().noneMatch(c -> RESERVED.indexOf(c) >= 0)) {
            return doubled;
        }
        var quoted = new StringBuilder("\"");
        for (char c : doubled.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }
}
