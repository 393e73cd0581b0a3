package org.headback.article;

/**
 * Text fields written with their length in front ({@code 11:Back pain 1}), one per line, so that any text at all
 * needs no escaping and a cut or damaged record is noticed rather than misread.
 */
final class LengthPrefixed {
    private LengthPrefixed() {
    }

    /** Raised by {@link Reader} on anything it did not expect: the record is damaged. */
    static final class DamagedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DamagedException(String what, int at) {
            super(what + " at character " + at);
        }
    }

    /** Writes a record. */
    static final class Writer {
        private final StringBuilder out;

        Writer(int expectedLength) {
            out = new StringBuilder(expectedLength + 256);
        }

        Writer line(String literal) {
            out.append(literal).append('\n');
            return this;
        }

        Writer number(long value) {
            return line(Long.toString(value));
        }

        Writer text(String value) {
            out.append(value.length()).append(':').append(value).append('\n');
            return this;
        }

        /** A tag, a space, then a text: {@code h2 7:Causes}. */
        Writer tagged(String tag, String value) {
            out.append(tag).append(' ');
            return text(value);
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    /** Reads a record that {@link Writer} wrote; throws {@link DamagedException} on anything else. */
    static final class Reader {
        private static final int MAX_DIGITS = 10;
        private final String in;
        private int at;

        Reader(String in) {
            this.in = in;
        }

        void line(String literal) {
            if (!in.startsWith(literal, at) || !in.startsWith("\n", at + literal.length())) {
                throw new DamagedException("expected \"" + literal + "\"", at);
            }
            at += literal.length() + 1;
        }

        int number() {
            return number('\n');
        }

        String text() {
            int length = number(':');
            if (length > in.length() - at - 1) {
                throw new DamagedException("a text longer than the record", at);
            }
            var text = in.substring(at, at + length);
            at += length;
            expect('\n');
            return text;
        }

        /** The tag before a space: {@code h2} of {@code h2 7:Causes}. */
        String tag() {
            int space = in.indexOf(' ', at);
            if (space < 0 || space - at > MAX_DIGITS) {
                throw new DamagedException("expected a tag", at);
            }
            var tag = in.substring(at, space);
            at = space + 1;
            return tag;
        }

        void end() {
            if (at != in.length()) {
                throw new DamagedException("more after the end", at);
            }
        }

        private int number(char terminator) {
            int start = at;
            long value = 0;
            while (at < in.length() && in.charAt(at) != terminator) {
                char digit = in.charAt(at);
                if (digit < '0' || digit > '9' || at - start >= MAX_DIGITS) {
                    throw new DamagedException("expected a number", start);
                }
                value = value * 10 + (digit - '0');
                at++;
            }
            if (at == start || value > Integer.MAX_VALUE) {
                throw new DamagedException("expected a number", start);
            }
            expect(terminator);
            return (int) value;
        }

        private void expect(char c) {
            if (at >= in.length() || in.charAt(at) != c) {
                throw new DamagedException("expected '" + c + "'", at);
            }
            at++;
        }
    }
}
