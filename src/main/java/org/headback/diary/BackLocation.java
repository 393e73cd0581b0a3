package org.headback.diary;

/** Where the back hurt. */
public enum BackLocation implements Coded {
    LOWER_BACK("lower_back", "Lower back"),
    UPPER_BACK("upper_back", "Upper back"),
    NECK("neck", "Neck");

    private final String code;
    private final String label;

    BackLocation(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
