package org.headback.diary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.headback.storage.CourseWrite;

/** What a preventive course must keep to, and the words for a course the diary refused. */
final class CourseRules {
    private CourseRules() {
    }

    /** Refuses a course that starts before the earliest day a diary takes, or starts or stops after {@code latest}. */
    static void checkDays(PreventiveCourse course, LocalDate latest) {
        if (course.start().isBefore(DayEntry.EARLIEST)) {
            throw new InvalidValueException(DayField.MEDICATION, "the start day " + DayEntry.tooEarly(course.start()));
        }
        checkNotLater("start", course.start(), latest);
        course.stop().ifPresent(stop -> checkNotLater("stop", stop, latest));
    }

    private static void checkNotLater(String which, LocalDate day, LocalDate latest) {
        if (day.isAfter(latest)) {
            throw new InvalidValueException(DayField.MEDICATION, "the " + which + " day " + day
                    + " is after the diary's latest day, " + latest);
        }
    }

    /**
     * Throws the words for a refused write of {@code course}; does nothing when it was done.
     *
     * @param others the diary's other courses, to name the one it overlaps
     */
    static void check(CourseWrite write, PreventiveCourse course, List<PreventiveCourse> others) {
        var name = DayText.quoted(course.medicine());
        var problem = switch (write) {
            case DONE -> null;
            case NO_MEDICINE -> "there is no kept medicine " + name;
            case NOT_PREVENTIVE -> name + " is not a preventive medicine; only a preventive one is taken in courses";
            case NO_COURSE -> name + " has no course from " + course.start();
            case OVERLAPS -> "the course of " + name + " " + course.describeDays() + " shares days with its course "
                    + overlapped(course, others).map(PreventiveCourse::describeDays).orElse("already kept");
        };
        if (problem != null) {
            throw new InvalidValueException(DayField.MEDICATION, problem);
        }
    }

    /** The course of this medicine still taken, if there is one. */
    static Optional<PreventiveCourse> open(String medicine, List<PreventiveCourse> courses) {
        return courses.stream().filter(course -> same(course.medicine(), medicine) && course.stop().isEmpty())
                .findFirst();
    }

    private static Optional<PreventiveCourse> overlapped(PreventiveCourse course, List<PreventiveCourse> others) {
        return others.stream().filter(other -> same(other.medicine(), course.medicine()) && other.overlaps(course))
                .findFirst();
    }

    static boolean same(String one, String other) {
        return Factor.sameIgnoringCase(one).equals(Factor.sameIgnoringCase(other));
    }
}
