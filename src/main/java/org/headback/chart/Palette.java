package org.headback.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import org.headback.diary.DayStatus;

/**
 * The charts' colours and second cues, the same in every chart. The colours are from the Okabe–Ito palette, which
 * colour-blind readers can tell apart; each series also has its own line style, shape, outline or sign. (No
 * hatching: the JavaFX chart viewer cannot draw texture paints.)
 */
public final class Palette {
    public static final Color BACK_PAIN = new Color(0xE6, 0x9F, 0x00);
    public static final Color HEADACHE = new Color(0x00, 0x72, 0xB2);
    public static final Color BOTH = new Color(0xCC, 0x79, 0xA7);
    public static final Color NEITHER = new Color(0x00, 0x9E, 0x73);
    public static final Color NOT_RECORDED = new Color(0xE4, 0xE4, 0xE4);
    public static final Color RECORDED = new Color(0xBB, 0xBB, 0xBB);
    public static final Color TEXT = new Color(0x24, 0x29, 0x2F);
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    /** The evidence chart: published figures in dark grey, the user's own in Okabe–Ito vermilion. */
    public static final Color PUBLISHED = new Color(0x4D, 0x4D, 0x4D);
    public static final Color YOURS = new Color(0xD5, 0x5E, 0x00);
    /** The attacks per month beside the pain days: Okabe–Ito sky blue, lighter than the headache's blue. */
    public static final Color ATTACKS = new Color(0x56, 0xB4, 0xE9);

    public static final Stroke BACK_PAIN_LINE = new BasicStroke(2.2f);
    public static final Stroke HEADACHE_LINE = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            1f, new float[] {7f, 4f}, 0f);

    private Palette() {
    }

    /** Bar outlines, the second cue for bars: back pain solid, headache dashed, both dotted. */
    public static final Stroke BACK_PAIN_OUTLINE = new BasicStroke(2f);
    public static final Stroke HEADACHE_OUTLINE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            1f, new float[] {6f, 3f}, 0f);
    public static final Stroke BOTH_OUTLINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
            1f, new float[] {1f, 3.5f}, 0f);

    /** The attacks' bar outline: dash and dot, unlike the three kinds of day. */
    public static final Stroke ATTACKS_OUTLINE = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
            1f, new float[] {8f, 3f, 1f, 3f}, 0f);

    /** A day's status in the charts' colours: the one place a status gets its chart colour. */
    public static Color of(DayStatus status) {
        return switch (status) {
            case BOTH -> BOTH;
            case BACK_PAIN_ONLY -> BACK_PAIN;
            case HEADACHE_ONLY -> HEADACHE;
            case NEITHER -> NEITHER;
            case NOT_RECORDED -> NOT_RECORDED;
        };
    }
}
