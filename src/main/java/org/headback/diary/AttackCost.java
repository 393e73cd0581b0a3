package org.headback.diary;

import org.headback.text.Coded;

/** What an attack cost the user: the questions disability scores such as MIDAS ask. */
public enum AttackCost implements Coded {
    LAY_DOWN, MISSED_WORK_OR_SCHOOL
}
