package org.headback.reminder;

import java.util.ArrayList;
import java.util.List;

/** Reads an {@code Exec} value back into its arguments, as the desktop entry specification says a desktop does. */
final class DesktopExec {
    private DesktopExec() {
    }

    static List<String> split(String value) {
        var unescaped = unescapeString(value);
        var arguments = new ArrayList<String>();
        var current = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < unescaped.length(); i++) {
            char c = unescaped.charAt(i);
            if (quoted && c == '\\') {
                current.append(unescaped.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any || current.length() > 0) {
                    arguments.add(current.toString());
                }
                current.setLength(0);
                any = false;
            } else if (c == '%') {
                current.append(unescaped.charAt(++i));
            } else {
                current.append(c);
            }
        }
        if (any || current.length() > 0) {
            arguments.add(current.toString());
        }
        return arguments;
    }

    /** The string type's escapes: {@code \\s}, {@code \\n}, {@code \\t}, {@code \\r} and {@code \\\\}. */
    private static String unescapeString(String value) {
        var text = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                text.append(switch (next) {
                    case 's' -> ' ';
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }
}
