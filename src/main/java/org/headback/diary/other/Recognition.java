package org.headback.diary.other;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.headback.diary.ImportException;

/**
 * Which app wrote a diary file, told from its header row. Each app's header is fixed text (Flaredown's middle
 * columns are the user's own names, so only its first and fixed columns count).
 */
final class Recognition {
    static final List<String> BEARABLE = List.of("date", "weekday", "time of day", "category", "rating/amount",
            "detail", "notes");
    static final List<String> BEARABLE_DATED = List.of("date", "date formatted", "weekday", "time of day",
            "category", "rating/amount", "detail", "notes");
    static final List<String> HEADI_OLD = List.of("_id", "pain", "start_date", "end_date", "duration", "strength",
            "medication", "medication_amount");
    static final List<String> FLAREDOWN_WEATHER = List.of("Weather summary", "Weather max temperature",
            "Weather min temperature", "Weather pressure", "Weather precipitation intensity", "Weather humidity");
    private static final Set<String> PAIN_DIARY_FIRST = Set.of("date|condition:|pain intensity: (0-10)",
            "datum|gemütszustand:|schmerzintensität: (0-10)");

    private Recognition() {
    }

    /**
     * The app whose header this is; empty for a header of none of them (HeadBack's own reader then says what is
     * missing). A header of Privacy Friendly Pain Diary is refused in words saying why.
     */
    static Optional<Source> of(String fileName, List<String> header) {
        var cells = header.stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toList());
        if (cells.equals(BEARABLE) || cells.equals(BEARABLE_DATED)) {
            return Optional.of(Source.BEARABLE);
        }
        if (cells.size() >= HEADI_OLD.size() && cells.subList(0, HEADI_OLD.size()).equals(HEADI_OLD)) {
            return Optional.of(Source.HEADI);
        }
        if (isFlaredown(header)) {
            return Optional.of(Source.FLAREDOWN);
        }
        if (cells.size() >= 3 && PAIN_DIARY_FIRST.contains(String.join("|", cells.subList(0, 3)))) {
            throw new ImportException(fileName + ": this is a CSV file of Privacy Friendly Pain Diary. That app's "
                    + "released versions have no CSV export (this layout comes only from an unfinished, unreleased "
                    + "version of it, whose dates depend on the phone's language), so HeadBack does not read it. "
                    + "Nothing was imported.");
        }
        return Optional.empty();
    }

    /** Refuses a header that is not of {@code source}, as when the user names the wrong app. */
    static void require(String fileName, Source source, List<String> header) {
        var cells = header.stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toList());
        boolean fits = switch (source) {
            case FLAREDOWN -> isFlaredown(header);
            case BEARABLE -> cells.equals(BEARABLE) || cells.equals(BEARABLE_DATED);
            case HEADI -> cells.size() >= HEADI_OLD.size() && cells.subList(0, HEADI_OLD.size()).equals(HEADI_OLD);
            case HEADBACK -> true;
        };
        if (!fits) {
            throw new ImportException(fileName + ", line 1: the header is not " + source.label() + "'s ("
                    + expected(source) + "); it is “" + String.join(",", header) + "”.");
        }
    }

    private static String expected(Source source) {
        return switch (source) {
            case FLAREDOWN -> "Date, the names of what you track, then Tags, Foods and perhaps six Weather columns";
            case BEARABLE -> String.join(",", BEARABLE) + ", perhaps with “date formatted” after date";
            case HEADI -> String.join(",", HEADI_OLD) + ",description";
            case HEADBACK -> "";
        };
    }

    /** "Date", the user's names, then "Tags", "Foods" and, since October 2021, six weather columns. */
    static boolean isFlaredown(List<String> header) {
        if (header.isEmpty() || !header.get(0).equals("Date")) {
            return false;
        }
        int end = header.size() - (hasFlaredownWeather(header) ? FLAREDOWN_WEATHER.size() : 0);
        return end >= 3 && header.get(end - 2).equals("Tags") && header.get(end - 1).equals("Foods");
    }

    /** Whether a Flaredown header ends with the weather columns of exports since October 2021. */
    static boolean hasFlaredownWeather(List<String> header) {
        int end = header.size();
        return end >= FLAREDOWN_WEATHER.size() + 3
                && header.subList(end - FLAREDOWN_WEATHER.size(), end).equals(FLAREDOWN_WEATHER);
    }
}
