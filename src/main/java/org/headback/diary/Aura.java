package org.headback.diary;

import org.headback.text.Coded;

/** Whether an attack came with an aura, as the user judges it. */
public enum Aura implements Coded {
    YES, NO, NOT_SURE
}
