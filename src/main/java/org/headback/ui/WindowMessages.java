package org.headback.ui;

import java.util.Objects;

/**
 * The window's messages, one line for each place they are shown; the composition root owns them and hands each
 * view-model the line for what it does.
 *
 * @param bar      the message bar above the reader: the library and the articles
 * @param diary    the diary's line: days, imports, exports and backups
 * @param charts   the Charts tab's line: drawing, saving and copying a chart
 * @param report   the Charts tab's second line: what became of the report for the doctor
 * @param evidence the evidence view's line: reading the published figures
 */
public record WindowMessages(MessageLine bar, MessageLine diary, MessageLine charts, MessageLine report,
                             MessageLine evidence) {
    public WindowMessages {
        Objects.requireNonNull(bar, "bar");
        Objects.requireNonNull(diary, "diary");
        Objects.requireNonNull(charts, "charts");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** Every line empty. */
    public static WindowMessages empty() {
        return new WindowMessages(new MessageLine(), new MessageLine(), new MessageLine(), new MessageLine(),
                new MessageLine());
    }
}
