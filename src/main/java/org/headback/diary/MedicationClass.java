package org.headback.diary;

/** Classes of acute medication, as the medication-overuse rules group them. */
public enum MedicationClass implements Coded {
    TRIPTAN("triptan", "Triptan"),
    ERGOT("ergot", "Ergot"),
    OPIOID("opioid", "Opioid"),
    COMBINATION_ANALGESIC("combination_analgesic", "Combination analgesic"),
    SIMPLE_ANALGESIC("simple_analgesic", "Simple analgesic / NSAID"),
    OTHER("other", "Other");

    private final String code;
    private final String label;

    MedicationClass(String code, String label) {
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
