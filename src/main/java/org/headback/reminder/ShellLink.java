package org.headback.reminder;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A Windows shortcut file ({@code .lnk}) in the Shell Link Binary File Format ([MS-SHLLINK]): its header, the link
 * information that names the target by its local path (in Unicode too, so any user name works), and the strings
 * for its description, working folder and arguments. It has no item list: Windows finds the target by its path.
 */
final class ShellLink {
    static final int HEADER_SIZE = 0x4C;
    /** The class identifier every shell link starts with: 00021401-0000-0000-C000-000000000046. */
    static final byte[] LINK_CLSID = {0x01, 0x14, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, (byte) 0xC0, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x46};
    static final int HAS_LINK_INFO = 0x02;
    static final int HAS_NAME = 0x04;
    static final int HAS_WORKING_DIR = 0x10;
    static final int HAS_ARGUMENTS = 0x20;
    static final int IS_UNICODE = 0x80;
    private static final int FILE_ATTRIBUTE_NORMAL = 0x80;
    private static final int SW_SHOWMINNOACTIVE = 7;
    /** The link information's header with the offsets of its Unicode paths. */
    private static final int LINK_INFO_HEADER_SIZE = 0x24;
    private static final int VOLUME_ID_AND_LOCAL_BASE_PATH = 0x01;
    private static final int DRIVE_FIXED = 3;
    private static final int VOLUME_ID_SIZE = 0x11;

    private ShellLink() {
    }

    /** The shortcut's bytes: {@code target} started with {@code arguments} in {@code workingFolder}. */
    static byte[] of(String target, String arguments, String workingFolder, String description) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(header());
        out.writeBytes(linkInfo(target));
        out.writeBytes(string(description));
        out.writeBytes(string(workingFolder));
        out.writeBytes(string(arguments));
        // The extra data ends with a terminal block: four zero bytes.
        out.writeBytes(new byte[4]);
        return out.toByteArray();
    }

    private static byte[] header() {
        var header = little(HEADER_SIZE);
        header.putInt(HEADER_SIZE).put(LINK_CLSID)
                .putInt(HAS_LINK_INFO | HAS_NAME | HAS_WORKING_DIR | HAS_ARGUMENTS | IS_UNICODE)
                .putInt(FILE_ATTRIBUTE_NORMAL)
                .putLong(0).putLong(0).putLong(0)
                .putInt(0)
                .putInt(0)
                .putInt(SW_SHOWMINNOACTIVE)
                .putShort((short) 0)
                .putShort((short) 0).putInt(0).putInt(0);
        return header.array();
    }

    /** The target's path, in the system's code page (where it can be) and in UTF-16, on a fixed drive. */
    private static byte[] linkInfo(String target) {
        var ansi = nulTerminated(target.replaceAll("[^\\x20-\\x7E]", "_").getBytes(StandardCharsets.US_ASCII), 1);
        var unicode = nulTerminated(target.getBytes(StandardCharsets.UTF_16LE), 2);
        int volumeId = LINK_INFO_HEADER_SIZE;
        int localBasePath = volumeId + VOLUME_ID_SIZE;
        int suffix = localBasePath + ansi.length;
        int localBasePathUnicode = suffix + 1;
        int suffixUnicode = localBasePathUnicode + unicode.length;
        int size = suffixUnicode + 2;
        var info = little(size);
        info.putInt(size).putInt(LINK_INFO_HEADER_SIZE).putInt(VOLUME_ID_AND_LOCAL_BASE_PATH)
                .putInt(volumeId).putInt(localBasePath).putInt(0).putInt(suffix)
                .putInt(localBasePathUnicode).putInt(suffixUnicode);
        // The volume: its size, a fixed drive, no serial number, an empty label right after these four numbers.
        info.putInt(VOLUME_ID_SIZE).putInt(DRIVE_FIXED).putInt(0).putInt(0x10).put((byte) 0);
        info.put(ansi).put((byte) 0).put(unicode).putShort((short) 0);
        return info.array();
    }

    /** A string of the shortcut: its length in UTF-16 units, then the units, with no terminator. */
    private static byte[] string(String text) {
        var units = text.getBytes(StandardCharsets.UTF_16LE);
        return little(2 + units.length).putShort((short) text.length()).put(units).array();
    }

    private static byte[] nulTerminated(byte[] text, int width) {
        var terminated = new byte[text.length + width];
        System.arraycopy(text, 0, terminated, 0, text.length);
        return terminated;
    }

    private static ByteBuffer little(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
