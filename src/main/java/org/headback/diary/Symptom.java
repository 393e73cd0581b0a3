package org.headback.diary;

import org.headback.text.Coded;

/** What came with an attack: the companions of migraine that the diagnostic criteria ask about. */
public enum Symptom implements Coded {
    NAUSEA, LIGHT, SOUND
}
