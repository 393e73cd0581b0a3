package org.headback.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict little JSON reader for the tests (RFC 8259 grammar): objects become ordered maps, arrays lists,
 * strings strings, numbers {@link JsonNumber} records holding their text, true/false booleans, null
 * {@link #NULL}. Anything not valid JSON throws {@link IllegalArgumentException}.
 */
final class MiniJson {
    /** JSON null, distinct from a missing key. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** A JSON number, kept as written. */
    record JsonNumber(String text) {
        double value() {
            return Double.parseDouble(text);
        }
    }

    private final String text;
    private int at;

    private MiniJson(String text) {
        this.text = text;
    }

    static Object parse(String text) {
        var reader = new MiniJson(text);
        Object value = reader.value();
        reader.spaces();
        if (reader.at != text.length()) {
            throw reader.error("text after the value");
        }
        return value;
    }

    private Object value() {
        spaces();
        if (at >= text.length()) {
            throw error("end of text where a value was expected");
        }
        char ch = text.charAt(at);
        if (ch == '{') {
            return object();
        }
        if (ch == '[') {
            return array();
        }
        if (ch == '"') {
            return string();
        }
        if (ch == '-' || Character.isDigit(ch)) {
            return number();
        }
        for (var word : List.of("true", "false", "null")) {
            if (text.startsWith(word, at)) {
                at += word.length();
                return word.equals("null") ? NULL : Boolean.valueOf(word);
            }
        }
        throw error("unexpected character");
    }

    private Map<String, Object> object() {
        Map<String, Object> members = new LinkedHashMap<>();
        expect('{');
        spaces();
        if (peek() == '}') {
            at++;
            return members;
        }
        do {
            spaces();
            String key = string();
            spaces();
            expect(':');
            if (members.put(key, value()) != null) {
                throw error("duplicate key " + key);
            }
            spaces();
        } while (take(','));
        expect('}');
        return members;
    }

    private List<Object> array() {
        List<Object> items = new ArrayList<>();
        expect('[');
        spaces();
        if (peek() == ']') {
            at++;
            return items;
        }
        do {
            items.add(value());
            spaces();
        } while (take(','));
        expect(']');
        return items;
    }

    private String string() {
        expect('"');
        var out = new StringBuilder();
        while (true) {
            char ch = next();
            if (ch == '"') {
                return out.toString();
            }
            if (ch < 0x20) {
                throw error("raw control character in a string");
            }
            if (ch != '\\') {
                out.append(ch);
                continue;
            }
            char escape = next();
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> throw error("bad escape \\" + escape);
            }
        }
    }

    private JsonNumber number() {
        int start = at;
        take('-');
        if (!take('0')) {
            digits();
        }
        if (take('.')) {
            digits();
        }
        if (take('e') || take('E')) {
            if (!take('+')) {
                take('-');
            }
            digits();
        }
        return new JsonNumber(text.substring(start, at));
    }

    private void digits() {
        int start = at;
        while (at < text.length() && Character.isDigit(text.charAt(at))) {
            at++;
        }
        if (at == start) {
            throw error("digit expected");
        }
    }

    private void spaces() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private char next() {
        if (at >= text.length()) {
            throw error("unexpected end of text");
        }
        return text.charAt(at++);
    }

    private boolean take(char ch) {
        if (peek() == ch && at < text.length()) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char ch) {
        if (!take(ch)) {
            throw error("'" + ch + "' expected");
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(message + " at " + at + ": " + text);
    }
}
