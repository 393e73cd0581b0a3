package org.headback.diary;

import java.util.Objects;

/** A value that cannot go into the diary; the message names the field and says what is wrong. */
public final class InvalidValueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient DayField field;
    private final String problem;

    public InvalidValueException(DayField field, String problem) {
        super(field.column() + ": " + problem);
        this.field = Objects.requireNonNull(field, "field");
        this.problem = problem;
    }

    public DayField field() {
        return field;
    }

    /** What is wrong, without the field's name: "11 is not between 0 and 10". */
    public String problem() {
        return problem;
    }
}
