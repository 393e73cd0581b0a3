package org.headback.reminder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A launch agent of the user's own ({@code ~/Library/LaunchAgents/org.headback.reminder.plist}), which macOS's
 * launchd starts when the user logs in to the desktop.
 */
record LaunchAgent(Path file) implements LoginItem {
    static final String LABEL = "org.headback.reminder";
    static final String FILE_NAME = LABEL + ".plist";

    LaunchAgent {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public byte[] content(List<String> command) {
        var arguments = command.stream().map(argument -> "        <string>" + escaped(argument) + "</string>")
                .collect(Collectors.joining("\n"));
        var text = String.join("\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                        + "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">",
                "<plist version=\"1.0\">",
                "<dict>",
                "    <key>Label</key>",
                "    <string>" + LABEL + "</string>",
                "    <key>ProgramArguments</key>",
                "    <array>",
                arguments,
                "    </array>",
                "    <key>RunAtLoad</key>",
                "    <true/>",
                "    <key>LimitLoadToSessionType</key>",
                "    <string>Aqua</string>",
                "    <key>ProcessType</key>",
                "    <string>Background</string>",
                "</dict>",
                "</plist>",
                "");
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Text as XML holds it: {@code &}, {@code <} and {@code >} written as entities. */
    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
