package org.headback.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;

/**
 * The charts' colours and second cues, the same in every chart. The colours are from the Okabe–Ito palette, which
 * colour-blind readers can tell apart; each series also has its own line style, shape or hatching.
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

    public static final Stroke BACK_PAIN_LINE = new BasicStroke(2.2f);
    public static final Stroke HEADACHE_LINE = new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            1f, new float[] {7f, 4f}, 0f);

    private Palette() {
    }

    /** Back pain: solid. */
    public static Paint backPainFill() {
        return BACK_PAIN;
    }

    /** Headache: diagonal hatching over the colour. */
    public static Paint headacheFill() {
        return hatched(HEADACHE, false);
    }

    /** Both: cross-hatching over the colour. */
    public static Paint bothFill() {
        return hatched(BOTH, true);
    }

    private static Paint hatched(Color colour, boolean cross) {
        int size = 8;
        var tile = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = tile.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(colour);
            g.fillRect(0, 0, size, size);
            g.setColor(colour.darker().darker());
            g.setStroke(new BasicStroke(1.4f));
            g.drawLine(0, size, size, 0);
            if (cross) {
                g.drawLine(0, 0, size, size);
            }
        } finally {
            g.dispose();
        }
        return new TexturePaint(tile, new Rectangle(0, 0, size, size));
    }
}
