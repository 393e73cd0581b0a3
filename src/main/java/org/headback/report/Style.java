package org.headback.report;

import java.awt.Color;

/** The report's few text styles, in points, shared by the PDF pages and the tall image. */
enum Style {
    TITLE(Face.BOLD, 20, Colors.TEXT, 0, 6),
    PERSON(Face.BOLD, 13, Colors.TEXT, 0, 4),
    HEADING(Face.BOLD, 13.5, Colors.TEXT, 14, 5),
    STRONG(Face.BOLD, 10.5, Colors.TEXT, 6, 2),
    BODY(Face.REGULAR, 10, Colors.TEXT, 0, 4),
    SMALL(Face.REGULAR, 8.5, Colors.MUTED, 0, 4),
    TABLE(Face.REGULAR, 9.5, Colors.TEXT, 0, 0),
    TABLE_HEAD(Face.BOLD, 9.5, Colors.TEXT, 0, 0),
    FOOTER(Face.REGULAR, 8, Colors.MUTED, 0, 0);

    /** Which of the bundled fonts a style uses. */
    enum Face {
        REGULAR, BOLD
    }

    /** The two text colours: dark grey for reading, lighter for notes. */
    static final class Colors {
        static final Color TEXT = new Color(0x22, 0x22, 0x22);
        static final Color MUTED = new Color(0x55, 0x55, 0x55);
        static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
        static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);

        private Colors() {
        }
    }

    private final Face face;
    private final double size;
    private final Color color;
    private final double spaceBefore;
    private final double spaceAfter;

    Style(Face face, double size, Color color, double spaceBefore, double spaceAfter) {
        this.face = face;
        this.size = size;
        this.color = color;
        this.spaceBefore = spaceBefore;
        this.spaceAfter = spaceAfter;
    }

    Face face() {
        return face;
    }

    double size() {
        return size;
    }

    Color color() {
        return color;
    }

    /** The distance from one line's baseline to the next. */
    double leading() {
        return size * 1.32;
    }

    double spaceBefore() {
        return spaceBefore;
    }

    double spaceAfter() {
        return spaceAfter;
    }

    /** A heading stays on the page of what follows it. */
    boolean keepsWithNext() {
        return this == HEADING || this == STRONG;
    }
}
