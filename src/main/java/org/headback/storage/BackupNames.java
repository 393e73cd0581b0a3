package org.headback.storage;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The names of the files in the backups folder: what a new one is called, and which existing ones are which. */
final class BackupNames {
    private static final Pattern DAILY = Pattern.compile("headback-(\\d{4}-\\d{2}-\\d{2})\\.db");
    private static final Pattern BEFORE_RESTORE =
            Pattern.compile("before-restore-(\\d{4}-\\d{2}-\\d{2})-(\\d{6})(?:-(\\d{1,6}))?\\.db");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final String PARTIAL_SUFFIX = ".partial";

    private BackupNames() {
    }

    /**
     * A backup file we recognised.
     *
     * @param order sorts this file among those of its kind: later ones sort higher
     */
    record Entry(Path file, LocalDate date, String order) {
    }

    static String daily(LocalDate date) {
        return "headback-" + date + ".db";
    }

    /**
     * The name for a copy kept before a restore made at {@code time}. Copies made within the same second get a
     * counter after the first, higher than any of theirs already in {@code existing}, so the newest sorts last.
     */
    static String nextBeforeRestore(LocalDateTime time, List<Path> existing) {
        var stamp = time.toLocalDate() + "-" + TIME.format(time);
        int previous = existing.stream()
                .map(file -> BEFORE_RESTORE.matcher(file.getFileName().toString()))
                .filter(matcher -> matcher.matches() && stamp.equals(matcher.group(1) + "-" + matcher.group(2)))
                .mapToInt(BackupNames::attempt)
                .max()
                .orElse(0);
        return "before-restore-" + stamp + (previous > 0 ? "-" + (previous + 1) : "") + ".db";
    }

    /** Where a copy is written before it is moved to its final name, so that a crash never leaves half a backup. */
    static Path partial(Path target) {
        return target.resolveSibling("." + target.getFileName() + PARTIAL_SUFFIX);
    }

    /** A partial copy of HeadBack's own: its temporary name for a daily backup or a copy kept before a restore. */
    static boolean isPartial(Path file) {
        var name = file.getFileName().toString();
        if (!name.startsWith(".") || !name.endsWith(PARTIAL_SUFFIX)) {
            return false;
        }
        var target = name.substring(1, name.length() - PARTIAL_SUFFIX.length());
        return DAILY.matcher(target).matches() || BEFORE_RESTORE.matcher(target).matches();
    }

    static Optional<Entry> parseDaily(Path file) {
        var matcher = DAILY.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return date(matcher.group(1)).map(date -> new Entry(file, date, date.toString()));
    }

    static Optional<Entry> parseBeforeRestore(Path file) {
        var matcher = BEFORE_RESTORE.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var order = matcher.group(1) + "-" + matcher.group(2) + "-%06d".formatted(attempt(matcher));
        return date(matcher.group(1)).map(date -> new Entry(file, date, order));
    }

    private static int attempt(Matcher beforeRestore) {
        return beforeRestore.group(3) == null ? 1 : Integer.parseInt(beforeRestore.group(3));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
