package org.headback.diary;

/** What kind of headache it was, as the user judges it. */
public enum HeadacheKind implements Coded {
    MIGRAINE("migraine", "Migraine"),
    TENSION_TYPE("tension_type", "Tension-type"),
    CERVICOGENIC("cervicogenic", "Cervicogenic"),
    OTHER("other", "Other"),
    NOT_SURE("not_sure", "Not sure");

    private final String code;
    private final String label;

    HeadacheKind(String code, String label) {
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
