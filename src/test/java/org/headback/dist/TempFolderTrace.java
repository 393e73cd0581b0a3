package org.headback.dist;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an {@code strace -f} log of file calls says about the system's temporary folder: the calls that create,
 * write, rename or link something in it (an open for writing, a new folder...), which a program that keeps its
 * user's data in the data folder, and its own files in its image, has no need of. Reading is not counted, nor a
 * call that failed. A call strace shows in two parts ({@code <unfinished ...>}) is counted from its first part.
 */
final class TempFolderTrace {
    /** The calls {@code strace -e trace=...} is given for this check. */
    static final String CALLS = "openat,open,creat,mkdir,mkdirat,rename,renameat,renameat2,link,linkat,symlink,"
            + "symlinkat";
    private static final Pattern FILE_CALL = Pattern.compile("^\\d+\\s+(" + CALLS.replace(',', '|') + ")\\((.*)$");
    private static final Pattern PATH = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern FAILED = Pattern.compile("\\)\\s*=\\s*-1\\b");
    private static final Pattern WRITING = Pattern.compile("O_(?:WRONLY|RDWR|CREAT|TRUNC)\\b");

    private final List<String> lines;
    private final List<String> folders;

    /** {@code folders}: the temporary folders, such as {@code /tmp}, without a trailing slash. */
    TempFolderTrace(List<String> lines, List<String> folders) {
        this.lines = List.copyOf(lines);
        this.folders = List.copyOf(folders);
    }

    /** Whether the line is one of the file calls of {@link #CALLS}, not a network call. */
    static boolean isFileCall(String line) {
        return FILE_CALL.matcher(line).find();
    }

    /** The lines that create or write something in a temporary folder; none for a program that leaves it alone. */
    List<String> writes() {
        return lines.stream().filter(this::writesInTempFolder).toList();
    }

    private boolean writesInTempFolder(String line) {
        var call = FILE_CALL.matcher(line);
        if (!call.find() || FAILED.matcher(line).find()) {
            return false;
        }
        var name = call.group(1);
        if (name.startsWith("open") && !WRITING.matcher(call.group(2)).find()) {
            return false;
        }
        return PATH.matcher(call.group(2)).results().map(match -> match.group(1)).anyMatch(this::inTempFolder);
    }

    private boolean inTempFolder(String path) {
        return folders.stream().anyMatch(folder -> path.equals(folder) || path.startsWith(folder + "/"));
    }
}
