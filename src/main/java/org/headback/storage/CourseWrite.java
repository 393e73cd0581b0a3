package org.headback.storage;

/** What adding or changing a preventive course came to; anything but {@link #DONE} changed nothing. */
public enum CourseWrite {
    DONE,
    /** No medicine of the course's name is kept. */
    NO_MEDICINE,
    /** The medicine is kept, but not as a preventive one. */
    NOT_PREVENTIVE,
    /** The medicine has no course from the day given. */
    NO_COURSE,
    /** The course would share a day with another course of the same medicine. */
    OVERLAPS
}
