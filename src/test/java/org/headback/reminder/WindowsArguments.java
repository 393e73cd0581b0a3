package org.headback.reminder;

import java.util.ArrayList;
import java.util.List;

/** Splits a command line into arguments as Windows programs do (the rules of {@code CommandLineToArgvW}). */
final class WindowsArguments {
    private WindowsArguments() {
    }

    static List<String> split(String line) {
        var arguments = new ArrayList<String>();
        var current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                int slashes = 0;
                while (i < line.length() && line.charAt(i) == '\\') {
                    slashes++;
                    i++;
                }
                if (i < line.length() && line.charAt(i) == '"') {
                    current.append("\\".repeat(slashes / 2));
                    if (slashes % 2 == 1) {
                        current.append('"');
                        i++;
                    }
                } else {
                    current.append("\\".repeat(slashes));
                }
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if ((c == ' ' || c == '\t') && !quoted) {
                if (any || current.length() > 0) {
                    arguments.add(current.toString());
                }
                current.setLength(0);
                any = false;
            } else {
                current.append(c);
            }
            i++;
        }
        if (any || current.length() > 0) {
            arguments.add(current.toString());
        }
        return arguments;
    }
}
