package org.headback.diary;

import org.headback.text.Coded;

/** What kind of headache it was, as the user judges it. */
public enum HeadacheKind implements Coded {
    MIGRAINE, TENSION_TYPE, CERVICOGENIC, OTHER, NOT_SURE
}
