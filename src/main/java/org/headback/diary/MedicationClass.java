package org.headback.diary;

import org.headback.text.Coded;

/** Classes of acute medication, as the medication-overuse rules group them. */
public enum MedicationClass implements Coded {
    TRIPTAN, ERGOT, OPIOID, COMBINATION_ANALGESIC, SIMPLE_ANALGESIC, OTHER
}
