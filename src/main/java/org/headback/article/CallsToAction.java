package org.headback.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Removes the sentences that sell rather than inform: phone numbers, "schedule an appointment", "call us". */
final class CallsToAction {

    private static final Pattern PHONE = Pattern.compile(
        "(?<!\\d)(?:\\+?1[\\s.-]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[\\s.-])\\d{3}[\\s.-]\\d{4}(?!\\d)"
        + "|(?i:\\b(?:call|phone|tel|text)(?:\\s+us)?(?:\\s+(?:now|today))?(?:\\s+at)?:?"
        + "\\s*\\+?\\d[\\d\\s().-]{5,20}\\d)");
    private static final Pattern INVITATION = Pattern.compile("(?i)"
        + "\\b(?:schedule|book|request)\\s+(?:an?|your|our|a\\s+free)\\s+(?:[\\w-]+\\s+){0,2}?"
        + "(?:appointment|consultation|consult|visit|exam|evaluation)s?\\b"
        + "|\\bcall\\s+(?:us|our\\s+(?:office|team|clinic)|today|now)\\b"
        + "|\\bcontact\\s+(?:us|our\\s+(?:office|team|clinic))\\b"
        + "|\\breach\\s+out\\s+to\\b[^.!?]{0,80}?\\btoday\\b"
        + "|\\bgive\\s+us\\s+a\\s+(?:call|ring)\\b"
        + "|\\bsign\\s+up\\s+(?:for\\s+(?:free|our|the)|to\\s+(?:our|receive|get))\\b"
        + "|\\bsubscribe\\s+to\\s+our\\b|\\bclick\\s+here\\b");
    /** Booking a visit with one's own doctor is advice, not an advertisement. */
    private static final Pattern OWN_DOCTOR = Pattern.compile("(?i)\\byour\\s+(?:own\\s+)?(?:doctor|physician|gp"
        + "|health\\s?care\\s+provider|provider|dentist|pharmacist|specialist)\\b");

    private CallsToAction() {
    }

    /**
     * The parts without their calls to action. Where a whole part goes, what only led into it goes too, once the
     * article has begun: the headings above it with nothing else under them, or a paragraph ending in a colon.
     */
    static List<Part> strip(List<Part> parts) {
        var cleaned = parts.stream().map(CallsToAction::clean).toList();
        var kept = new ArrayList<Part>(parts.size());
        boolean bodySeen = false;
        Optional<Part> next = Optional.empty();
        // From the end, so that each part knows what is kept after it.
        var nextKept = new ArrayList<Optional<Part>>(Collections.nCopies(parts.size(), Optional.empty()));
        for (int i = parts.size() - 1; i >= 0; i--) {
            nextKept.set(i, next);
            next = cleaned.get(i).isPresent() ? cleaned.get(i) : next;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (cleaned.get(i).isPresent()) {
                kept.add(cleaned.get(i).get());
                bodySeen |= !cleaned.get(i).get().isHeading();
            } else if (bodySeen && !parts.get(i).isHeading()) {
                dropLeadIns(kept, nextKept.get(i));
            }
        }
        return kept;
    }

    /** Drops, from the end of {@code kept}, what led into a part that went: see {@link #strip}. */
    private static void dropLeadIns(List<Part> kept, Optional<Part> next) {
        if (!kept.isEmpty() && kept.get(kept.size() - 1).isParagraph()
            && PitchSetUps.leadsOn(kept.get(kept.size() - 1).text())) {
            kept.remove(kept.size() - 1);
            return;
        }
        int nextLevel = next.filter(Part::isHeading).map(Part::level).orElse(next.isEmpty() ? 0 : -1);
        // Headings stay over what still follows them: a paragraph, or a deeper heading.
        while (nextLevel >= 0 && !kept.isEmpty() && kept.get(kept.size() - 1).isHeading()
            && kept.get(kept.size() - 1).level() >= nextLevel) {
            kept.remove(kept.size() - 1);
        }
    }

    private static Optional<Part> clean(Part part) {
        return switch (part.kind()) {
            case HEADING -> isCallToAction(part.text()) ? Optional.empty() : Optional.of(part);
            case PARAGRAPH -> withoutCalls(part.text()).map(part::withText);
            case LIST -> {
                var items = part.items().stream().filter(item -> !isCallToAction(item)).toList();
                yield items.isEmpty() ? Optional.empty() : Optional.of(part.withItems(items));
            }
        };
    }

    /** The paragraph without its call-to-action sentences, or empty when nothing else was in it. */
    static Optional<String> withoutCalls(String paragraph) {
        if (!PHONE.matcher(paragraph).find() && !INVITATION.matcher(paragraph).find()) {
            return Optional.of(paragraph);
        }
        var sentences = Sentences.split(paragraph);
        var calls = new boolean[sentences.size()];
        boolean anyCall = false;
        for (int i = 0; i < calls.length; i++) {
            calls[i] = isCallToAction(sentences.get(i));
            anyCall |= calls[i];
        }
        if (!anyCall) {
            return Optional.of(paragraph);
        }
        var dropped = PitchSetUps.dropped(sentences, calls);
        var kept = new ArrayList<String>();
        for (int i = 0; i < dropped.length; i++) {
            if (!dropped[i]) {
                kept.add(sentences.get(i));
            }
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", kept));
    }

    static boolean isCallToAction(String sentence) {
        if (PHONE.matcher(sentence).find()) {
            return true;
        }
        return INVITATION.matcher(sentence).find() && !OWN_DOCTOR.matcher(sentence).find();
    }
}
