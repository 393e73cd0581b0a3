package org.headback.work;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What long work (an import, an export, a report) is handed: it tells how far it has got, and asks between steps
 * whether it should stop, then stops with a {@link CancelledException} and undoes what it began.
 */
public interface Progress {
    /** Work that nobody watches and nobody stops, as on the command line. */
    Progress NONE = of((done, total) -> { }, () -> false);

    /** Tells that {@code done} of {@code total} steps are done. */
    void done(long done, long total);

    /** True once the user has asked the work to stop. */
    boolean shouldStop();

    /** Stops the work with a {@link CancelledException} when it should stop; else does nothing. */
    default void stopIfAsked() {
        if (shouldStop()) {
            throw new CancelledException();
        }
    }

    /** Progress told to {@code told}, stopping once {@code stop} says so. */
    static Progress of(Told told, BooleanSupplier stop) {
        Objects.requireNonNull(told, "told");
        Objects.requireNonNull(stop, "stop");
        return new Progress() {
            @Override
            public void done(long done, long total) {
                told.done(done, total);
            }

            @Override
            public boolean shouldStop() {
                return stop.getAsBoolean();
            }
        };
    }

    /** Progress that tells nobody and stops once {@code stop} says so. */
    static Progress until(BooleanSupplier stop) {
        return of((done, total) -> { }, stop);
    }

    /** Progress told to {@code told}, never stopping. */
    static Progress told(Told told) {
        return of(told, () -> false);
    }

    /** Where the steps done are told. */
    @FunctionalInterface
    interface Told {
        void done(long done, long total);
    }
}
