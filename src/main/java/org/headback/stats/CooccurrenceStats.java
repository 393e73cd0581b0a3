package org.headback.stats;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How often back-pain days and headache days fall together, over the recorded days of a range. Made by
 * {@link Cooccurrence#compute}.
 *
 * <p>When {@code enoughData} is false, {@code reason} says why in a plain sentence; the counts, {@code recordedDays}
 * and the rates (where defined) are still filled in, but every test statistic is absent, so that nobody reads
 * meaning into numbers that have none.
 *
 * @param table                       the 2×2 table of recorded days
 * @param recordedDays                the table's total
 * @param headacheRateWithBackPain    a / (a + b): the share of back-pain days that were headache days; absent
 *                                    without back-pain days
 * @param headacheRateWithoutBackPain c / (c + d): the share of the other days that were headache days; absent
 *                                    when every day was a back-pain day
 * @param oddsRatio                   ad / bc, with 0.5 added to every cell when any cell is 0
 * @param oddsRatioLow                lower end of the 95 % confidence interval (Woolf's logit interval)
 * @param oddsRatioHigh               upper end of the 95 % confidence interval
 * @param fisherP                     two-sided Fisher exact p-value, computed as R's {@code fisher.test} does
 * @param phi                         the phi coefficient of the table, −1 to 1
 * @param spearmanRho                 Spearman's rank correlation of the two severities over the recorded days
 * @param lag1                        back pain on one day against headache on the next
 * @param shiftTestP                  the circular-shift test's p-value: the share of rotations of the headache
 *                                    series by 7 to n − 7 recorded days (in date order, gaps ignored) whose
 *                                    overlap with the back-pain days is at least the observed one. Unlike
 *                                    {@code fisherP} it allows for pain coming in runs of days.
 * @param enoughData                  false when the days cannot support any statistic
 * @param reason                      why there is not enough data; empty when there is
 */
public record CooccurrenceStats(
        Table2x2 table, int recordedDays,
        OptionalDouble headacheRateWithBackPain, OptionalDouble headacheRateWithoutBackPain,
        OptionalDouble oddsRatio, OptionalDouble oddsRatioLow, OptionalDouble oddsRatioHigh,
        OptionalDouble fisherP, OptionalDouble phi, OptionalDouble spearmanRho,
        LagStats lag1, OptionalDouble shiftTestP,
        boolean enoughData, Optional<String> reason) {

    public CooccurrenceStats {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(headacheRateWithBackPain, "headacheRateWithBackPain");
        Objects.requireNonNull(headacheRateWithoutBackPain, "headacheRateWithoutBackPain");
        Objects.requireNonNull(oddsRatio, "oddsRatio");
        Objects.requireNonNull(oddsRatioLow, "oddsRatioLow");
        Objects.requireNonNull(oddsRatioHigh, "oddsRatioHigh");
        Objects.requireNonNull(fisherP, "fisherP");
        Objects.requireNonNull(phi, "phi");
        Objects.requireNonNull(spearmanRho, "spearmanRho");
        Objects.requireNonNull(lag1, "lag1");
        Objects.requireNonNull(shiftTestP, "shiftTestP");
        Objects.requireNonNull(reason, "reason");
    }
}
