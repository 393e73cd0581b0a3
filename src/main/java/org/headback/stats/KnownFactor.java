package org.headback.stats;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** A factor as the analysis sees it on a recorded day: present, absent, or unknown (empty). */
record KnownFactor(String name, FactorKind kind, Function<FactorDay, Optional<Boolean>> value) {
    KnownFactor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
    }

    Optional<Boolean> on(FactorDay day) {
        return value.apply(day);
    }

    static KnownFactor backPain(Thresholds thresholds) {
        return new KnownFactor(FactorKind.BACK_PAIN.code(), FactorKind.BACK_PAIN,
                day -> Optional.of(day.backPain() >= thresholds.backPain()));
    }

    static KnownFactor shortSleep(double hours) {
        return new KnownFactor(FactorKind.SHORT_SLEEP.code(), FactorKind.SHORT_SLEEP, day -> day.sleepHours()
                .isPresent() ? Optional.of(day.sleepHours().getAsDouble() < hours) : Optional.empty());
    }

    static KnownFactor highStress(int cut) {
        return new KnownFactor(FactorKind.HIGH_STRESS.code(), FactorKind.HIGH_STRESS, day -> day.stress()
                .isPresent() ? Optional.of(day.stress().getAsInt() >= cut) : Optional.empty());
    }

    /** Known on the days whose factors hold it. */
    static KnownFactor user(String name) {
        return new KnownFactor(name, FactorKind.USER, day -> Optional.ofNullable(day.factors().get(name)));
    }
}
