package org.headback.dist;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;
import java.util.Optional;

/**
 * What a native library was built for, read from its own header: ELF (Linux), PE (Windows) or Mach-O (macOS), and the
 * processor. The file's name cannot tell: Linux's x64 and aarch64 libraries have the same names.
 */
enum NativeKind {
    ELF_X86_64, ELF_AARCH64, PE_X64, MACHO_X86_64, MACHO_ARM64;

    /** How many bytes of a file {@link #of} needs at most (a PE header may start a few hundred bytes in). */
    static final int HEAD_BYTES = 4096;

    private static final int ELF_MACHINE = 18;
    private static final int PE_OFFSET = 0x3C;
    private static final int MACHO_64 = 0xFEEDFACF;

    /** Whether a file's name is one of a native library's. */
    static boolean isLibraryName(String name) {
        var lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".so") || lower.endsWith(".dll") || lower.endsWith(".dylib")
                || lower.endsWith(".jnilib");
    }

    /** The kind of library whose file starts with these bytes; empty for any other file or processor. */
    static Optional<NativeKind> of(byte[] head) {
        var bytes = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        if (head.length > ELF_MACHINE + 1 && head[0] == 0x7F && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
            return switch (bytes.getShort(ELF_MACHINE)) {
                case 62 -> Optional.of(ELF_X86_64);
                case 183 -> Optional.of(ELF_AARCH64);
                default -> Optional.empty();
            };
        }
        if (head.length > PE_OFFSET + 4 && head[0] == 'M' && head[1] == 'Z') {
            int pe = bytes.getInt(PE_OFFSET);
            boolean signed = pe > 0 && pe + 6 <= head.length && head[pe] == 'P' && head[pe + 1] == 'E'
                    && head[pe + 2] == 0 && head[pe + 3] == 0;
            return signed && bytes.getShort(pe + 4) == (short) 0x8664 ? Optional.of(PE_X64) : Optional.empty();
        }
        if (head.length >= 8 && bytes.getInt(0) == MACHO_64) {
            return switch (bytes.getInt(4)) {
                case 0x01000007 -> Optional.of(MACHO_X86_64);
                case 0x0100000C -> Optional.of(MACHO_ARM64);
                default -> Optional.empty();
            };
        }
        return Optional.empty();
    }
}
