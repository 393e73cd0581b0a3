package org.headback.diary.other;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.headback.diary.DiaryCsvReader;
import org.headback.diary.ImportException;
import org.headback.diary.ImportPlan;
import org.headback.diary.csv.CsvFormatException;
import org.headback.diary.csv.CsvReader;
import org.headback.work.Progress;

/**
 * A diary file offered for import, read and checked: HeadBack's own CSV (its days, ready) or another diary's export
 * (what it holds, still to be mapped). Which it is comes from its header row, unless the user says.
 */
public sealed interface DiaryFile permits DiaryFile.HeadBackDays, OtherDiary {
    /** The app that wrote it. */
    Source source();

    /** A HeadBack CSV file's days. */
    record HeadBackDays(ImportPlan plan) implements DiaryFile {
        public HeadBackDays {
            Objects.requireNonNull(plan, "plan");
        }

        @Override
        public Source source() {
            return Source.HEADBACK;
        }
    }

    /**
     * Reads a diary file, all or nothing: the first problem stops it with an {@link ImportException} naming the
     * file, the line and the field.
     *
     * @param format the app that wrote it, as the user says; empty to tell it from the header
     * @param zone   the time zone of Headi's times, which its file does not give
     */
    static DiaryFile read(Path file, Optional<Source> format, ZoneId zone, LocalDate today, Progress progress) {
        return DiaryCsvReader.readText(file, progress, (name, in) -> read(name, in, format, zone, today, progress));
    }

    /** Reads a diary file's text; {@code fileName} is for messages. */
    static DiaryFile read(String fileName, Reader in, Optional<Source> format, ZoneId zone, LocalDate today,
                          Progress progress) throws IOException {
        var csv = CsvReader.detectingSeparator(in);
        try {
            var header = DiaryCsvReader.header(fileName, csv);
            var source = format.or(() -> Recognition.of(fileName, header.fields())).orElse(Source.HEADBACK);
            if (source != Source.HEADBACK) {
                requireComma(fileName, csv, source);
                Recognition.require(fileName, source, header.fields());
            }
            return switch (source) {
                case HEADBACK -> new HeadBackDays(DiaryCsvReader.readAfter(fileName, header, csv, today));
                case FLAREDOWN -> FlaredownReader.read(fileName, header, csv, today, progress);
                case BEARABLE -> BearableReader.read(fileName, header, csv, today, progress);
                case HEADI -> HeadiReader.read(fileName, header, csv, today, zone, progress);
            };
        } catch (CsvFormatException e) {
            throw new ImportException(fileName + ", line " + e.line() + ", " + e.detail());
        }
    }

    private static void requireComma(String fileName, CsvReader csv, Source source) {
        if (csv.separator() != ',') {
            throw new ImportException(fileName + ", line 1: the fields are separated by “" + csv.separator()
                    + "”, but " + source.label() + " separates them by commas; is it a file saved again by a "
                    + "spreadsheet? Import the file as " + source.label() + " wrote it.");
        }
    }
}
