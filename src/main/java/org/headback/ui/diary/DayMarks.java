package org.headback.ui.diary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.headback.diary.DayEntry;
import org.headback.diary.DayText;
import org.headback.text.Words;

/**
 * What a calendar cell shows of a recorded day's attacks and ticked factors: a short mark ("2×" for two headache
 * attacks, "✓3" for three factors ticked), the words a screen reader says, and the lines of its tooltip. A day not
 * recorded, or recorded with neither, shows nothing of the sort.
 *
 * @param attacks the day's headache attacks (0 for a day recorded the old way, with one score)
 * @param factors the names of the factors ticked, in the order the day's form writes them
 */
public record DayMarks(int attacks, List<String> factors) {
    public static final DayMarks NONE = new DayMarks(0, List.of());
    /** The mark of the attacks, after their count. */
    static final String ATTACK = "×";
    /** The mark of ticked factors, before their count. */
    static final String TICKED = "✓";

    public DayMarks {
        factors = List.copyOf(factors);
    }

    public static DayMarks of(Optional<DayEntry> day) {
        return day.map(entry -> new DayMarks(entry.attacks().size(),
                List.copyOf(DayText.factors(DayText.factorsText(entry.factors()))))).orElse(NONE);
    }

    /** "2× ✓3", "2×", "✓1", or empty. */
    public String mark() {
        var parts = new ArrayList<String>();
        if (attacks > 0) {
            parts.add(attacks + ATTACK);
        }
        if (!factors.isEmpty()) {
            parts.add(TICKED + factors.size());
        }
        return String.join(" ", parts);
    }

    /** "2 headache attacks; 2 factors ticked: coffee, Long drive", or empty: what the cell's mark says, in words. */
    public String spoken() {
        var parts = new ArrayList<String>();
        if (attacks > 0) {
            parts.add(Words.count("headache-attack", attacks));
        }
        if (!factors.isEmpty()) {
            parts.add(Words.count("factor-ticked", factors.size()) + ": " + String.join(", ", factors));
        }
        return String.join("; ", parts);
    }

    /** The tooltip's lines: the attacks counted, then each factor ticked on a line of its own. */
    public List<String> tipLines() {
        var lines = new ArrayList<String>();
        if (attacks > 0) {
            lines.add(Words.count("headache-attack", attacks));
        }
        if (!factors.isEmpty()) {
            lines.add(Words.count("factor-ticked", factors.size()) + ":");
            factors.forEach(name -> lines.add("  " + name));
        }
        return List.copyOf(lines);
    }
}
