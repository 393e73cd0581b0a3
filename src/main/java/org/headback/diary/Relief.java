package org.headback.diary;

import org.headback.text.Coded;

/** How much an acute medicine helped two hours after it was taken, the usual measure of a treatment's effect. */
public enum Relief implements Coded {
    NOT_AT_ALL, A_LITTLE, A_LOT, PAIN_GONE
}
