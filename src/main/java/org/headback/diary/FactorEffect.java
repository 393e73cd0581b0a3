package org.headback.diary;

import org.headback.text.Coded;

/** What a factor does to the back, as the user sees it; most of the user's own factors have none. */
public enum FactorEffect implements Coded {
    NONE, EASES_BACK_PAIN, WORSENS_BACK_PAIN
}
