package org.headback.diary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The one rule for a day with attacks ({@link DayEntry}): its headache is the highest peak, its kind the kind of the
 * first attack with that peak, its hours the sum of the known durations, at most 24, rounded to six decimals as
 * hours typed in are. A highest peak of 0 is no headache, with no kind and no hours.
 */
record AttackSeverity(int headache, Optional<HeadacheKind> kind, OptionalDouble hours) {
    private static final int HOURS_DECIMALS = 6;
    private static final long MINUTES_A_DAY = 24 * 60;

    static AttackSeverity of(List<Attack> attacks) {
        int peak = attacks.stream().mapToInt(Attack::peak).max().orElseThrow();
        if (peak == 0) {
            return new AttackSeverity(0, Optional.empty(), OptionalDouble.empty());
        }
        var first = attacks.stream().filter(attack -> attack.peak() == peak).findFirst().orElseThrow();
        return new AttackSeverity(peak, first.kind(), hours(attacks));
    }

    private static OptionalDouble hours(List<Attack> attacks) {
        var known = attacks.stream().flatMap(attack -> attack.duration().stream()).toList();
        if (known.isEmpty()) {
            return OptionalDouble.empty();
        }
        long minutes = Math.min(MINUTES_A_DAY, known.stream().mapToLong(duration -> duration.toMinutes()).sum());
        return OptionalDouble.of(BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), HOURS_DECIMALS,
                RoundingMode.HALF_UP).doubleValue());
    }
}
