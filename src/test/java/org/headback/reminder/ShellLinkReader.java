package org.headback.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads a shortcut file back as [MS-SHLLINK] lays it out, checking each structure's sizes on the way. */
final class ShellLinkReader {
    record Link(String target, String description, String workingFolder, String arguments) {
    }

    private ShellLinkReader() {
    }

    static Link read(byte[] bytes) {
        var in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(in.getInt()).isEqualTo(ShellLink.HEADER_SIZE);
        var clsid = new byte[16];
        in.get(clsid);
        assertThat(clsid).isEqualTo(ShellLink.LINK_CLSID);
        int flags = in.getInt();
        assertThat(flags & ShellLink.HAS_LINK_INFO).isNotZero();
        assertThat(flags & ShellLink.IS_UNICODE).isNotZero();
        assertThat(flags & 0x01).as("no item list").isZero();
        in.position(ShellLink.HEADER_SIZE);
        int infoStart = in.position();
        int infoSize = in.getInt();
        int headerSize = in.getInt();
        assertThat(headerSize).isGreaterThanOrEqualTo(0x24);
        assertThat(in.getInt()).as("volume and local path").isEqualTo(1);
        int volume = in.getInt();
        int localPath = in.getInt();
        in.getInt();
        in.getInt();
        int localPathUnicode = in.getInt();
        assertThat(in.getInt(infoStart + volume)).as("volume id size").isEqualTo(0x11);
        assertThat(ansi(bytes, infoStart + localPath)).matches("[ -~]+");
        var target = unicode(bytes, infoStart + localPathUnicode);
        in.position(infoStart + infoSize);
        var description = string(in);
        var folder = string(in);
        var arguments = string(in);
        assertThat(in.getInt()).as("terminal block").isZero();
        assertThat(in.remaining()).isZero();
        return new Link(target, description, folder, arguments);
    }

    private static String string(ByteBuffer in) {
        int length = Short.toUnsignedInt(in.getShort());
        var units = new byte[length * 2];
        in.get(units);
        return new String(units, StandardCharsets.UTF_16LE);
    }

    private static String ansi(byte[] bytes, int start) {
        int end = start;
        while (bytes[end] != 0) {
            end++;
        }
        return new String(Arrays.copyOfRange(bytes, start, end), StandardCharsets.US_ASCII);
    }

    private static String unicode(byte[] bytes, int start) {
        int end = start;
        while (bytes[end] != 0 || bytes[end + 1] != 0) {
            end += 2;
        }
        return new String(Arrays.copyOfRange(bytes, start, end), StandardCharsets.UTF_16LE);
    }
}
