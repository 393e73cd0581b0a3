package org.headback.cli;

import java.util.Arrays;
import java.util.Iterator;
import org.headback.chart.ChartKind;
import org.headback.diary.BackLocation;
import org.headback.diary.FactorEffect;
import org.headback.diary.HeadacheKind;
import org.headback.diary.MedicationClass;
import org.headback.text.Coded;

/**
 * The codes of a coded enum, in its order: the completion candidates of an option or parameter that takes one, so
 * that its help ({@code ${COMPLETION-CANDIDATES}}) and shell completion name the codes the enum has, not a copy.
 * Picocli makes each from its class, hence one small subclass an enum.
 */
abstract class CodesOf<E extends Enum<E> & Coded> implements Iterable<String> {
    private final Class<E> type;

    CodesOf(Class<E> type) {
        this.type = type;
    }

    @Override
    public Iterator<String> iterator() {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).iterator();
    }

    static final class ChartKinds extends CodesOf<ChartKind> {
        ChartKinds() {
            super(ChartKind.class);
        }
    }

    static final class BackLocations extends CodesOf<BackLocation> {
        BackLocations() {
            super(BackLocation.class);
        }
    }

    static final class HeadacheKinds extends CodesOf<HeadacheKind> {
        HeadacheKinds() {
            super(HeadacheKind.class);
        }
    }

    static final class FactorEffects extends CodesOf<FactorEffect> {
        FactorEffects() {
            super(FactorEffect.class);
        }
    }

    static final class MedicationClasses extends CodesOf<MedicationClass> {
        MedicationClasses() {
            super(MedicationClass.class);
        }
    }
}
