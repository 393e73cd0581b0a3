package org.headback.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Building blocks of inputs meant to break a reader: random bytes, broken UTF-8, mutations of good input. */
final class HostileInput {
    /** Characters that mean something to CSV, spreadsheets, HTML, Markdown or LaTeX, and some that mean trouble. */
    static final String SIGNIFICANT = ",\"\r\n'=+-@\t;:<>/&#*_[]()!`\\{}^$|%~\u0000\uFEFF\u200B\u202E\uFFFD\u00A0"
            + "âÃ€™é漢😀";
    private static final byte[][] BAD_UTF8 = {
        {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}};

    private HostileInput() {
    }

    static byte[] randomBytes(Random random, int maxLength) {
        var bytes = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Text made mostly of significant characters, with letters and digits between them. */
    static String significantText(Random random, int maxLength) {
        var text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        while (text.length() < length) {
            text.appendCodePoint(random.nextInt(3) == 0 ? "aZ09 .".codePointAt(random.nextInt(6))
                    : SIGNIFICANT.codePointAt(SIGNIFICANT.offsetByCodePoints(0,
                            random.nextInt(SIGNIFICANT.codePointCount(0, SIGNIFICANT.length())))));
        }
        return text.toString();
    }

    /** Good input damaged in a few places: bytes flipped, inserted, dropped or repeated, or broken UTF-8 put in. */
    static byte[] mutate(Random random, byte[] good) {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(good);
        var current = bytes.toByteArray();
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            int at = current.length == 0 ? 0 : random.nextInt(current.length);
            current = switch (random.nextInt(5)) {
                case 0 -> flip(current, at, random);
                case 1 -> splice(current, at, 0, significantText(random, 3).getBytes(StandardCharsets.UTF_8));
                case 2 -> splice(current, at, Math.min(current.length - at, random.nextInt(20)), new byte[0]);
                case 3 -> splice(current, at, 0, java.util.Arrays.copyOfRange(current, at,
                        Math.min(current.length, at + random.nextInt(200))));
                default -> splice(current, at, 0, BAD_UTF8[random.nextInt(BAD_UTF8.length)]);
            };
        }
        return current;
    }

    private static byte[] flip(byte[] bytes, int at, Random random) {
        if (bytes.length == 0) {
            return bytes;
        }
        var copy = bytes.clone();
        copy[at] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        var out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(insert);
        out.write(bytes, at + remove, bytes.length - at - remove);
        return out.toByteArray();
    }

    /** One of the broken UTF-8 sequences. */
    static byte[] badUtf8(Random random) {
        return BAD_UTF8[random.nextInt(BAD_UTF8.length)].clone();
    }
}
