package org.headback.diary;

import java.util.List;
import java.util.Optional;
import org.headback.storage.CourseWrite;

/** The words for a preventive course the diary refused, and the course of a medicine still taken. */
final class CourseRules {
    private CourseRules() {
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
