package org.headback.stats;

import java.util.Optional;
import org.headback.text.Words;

/** Why a factor's table carries no figures, with its counts, in a sentence for the window and the report. */
final class FactorReasons {
    private FactorReasons() {
    }

    /**
     * The reason, or empty when the table has enough data.
     *
     * @param unit the noun of the counts ({@code count.<unit>} in the words): "day", or "pair" for next day
     */
    static Optional<String> reason(Table2x2 table, String unit) {
        int known = table.total();
        if (known < FactorAnalysis.MIN_KNOWN) {
            return Optional.of(Words.format("factors.too-few-known", Words.count(unit, known),
                    FactorAnalysis.MIN_KNOWN));
        }
        if (table.backPainDays() < FactorAnalysis.MIN_EACH || table.otherDays() < FactorAnalysis.MIN_EACH) {
            return Optional.of(Words.format("factors.too-few-each", Words.count(unit, table.backPainDays()),
                    Words.count(unit, table.otherDays()), FactorAnalysis.MIN_EACH));
        }
        if (table.headacheDays() == 0) {
            return Optional.of(Words.format("factors.no-headache", Words.count(unit, known)));
        }
        if (table.headacheFreeDays() == 0) {
            return Optional.of(Words.format("factors.only-headache", Words.count(unit, known)));
        }
        return Optional.empty();
    }
}
