package org.headback.diary.other;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A severity another diary recorded on a day, on HeadBack's 0–10 scale: a check-in's score of a condition, a
 * symptom's rating, or one episode (Headi), which has its start and how long it lasted.
 *
 * @param line     the line of the file it is on
 * @param start    the episode's local start, to the minute; empty for a day's score
 * @param duration how long the episode lasted; empty for a day's score
 */
public record Reading(LocalDate day, String trackable, int score, long line, Optional<LocalTime> start,
                      Optional<Duration> duration) {
    public Reading {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(trackable, "trackable");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
    }

    /** A day's score, with no time. */
    public Reading(LocalDate day, String trackable, int score, long line) {
        this(day, trackable, score, line, Optional.empty(), Optional.empty());
    }

    /** An episode with its start and length. */
    public boolean isEpisode() {
        return start.isPresent();
    }
}
