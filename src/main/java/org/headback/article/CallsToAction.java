package org.headback.article;

import java.util.ArrayList;
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

    static List<Part> strip(List<Part> parts) {
        var kept = new ArrayList<Part>(parts.size());
        for (var part : parts) {
            clean(part).ifPresent(kept::add);
        }
        return kept;
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
        var kept = sentences.stream().filter(s -> !isCallToAction(s)).toList();
        if (kept.size() == sentences.size()) {
            return Optional.of(paragraph);
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
