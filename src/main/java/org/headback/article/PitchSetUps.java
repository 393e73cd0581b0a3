package org.headback.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences that only lead into a call to action, or answer it, and dangle once it is gone: "If you're
 * experiencing back pain, you may require surgery." before "Reach out to our clinic today", "Are you tired of
 * headaches?" or "Here is how to reach us:" before a phone number, "We look forward to meeting you." after it.
 * Only a sentence right beside a removed call, in the same paragraph, can be one; advice that sends the reader to
 * their own doctor or to emergency care is never taken for one.
 */
final class PitchSetUps {
    private static final Pattern CONDITIONAL_TO_READER = Pattern.compile(
        "(?i)[\"'“‘(]*(?:if|whether|when)\\s+you(?:['’](?:re|ve|d)|\\s)(?s:.*)");
    private static final Pattern QUESTION = Pattern.compile("\\?[\"'”’)]*$");
    private static final Pattern TO_READER = Pattern.compile("(?i)\\byou(?:r|['’]re)?\\b");
    private static final Pattern LEADS_ON = Pattern.compile("(?s:.*):[\"'”’)]*");
    private static final Pattern CLINIC_VOICE = Pattern.compile("(?i)[\"'“‘(]*(?:we|our\\s+(?:team|staff|office"
        + "|clinic|doctors|specialists|practice))\\b(?s:.*)");
    private static final Pattern CARE_ELSEWHERE = Pattern.compile("(?i)\\b(?:emergency|911|999|112|a&e"
        + "|urgent(?:ly)?|immediate(?:ly)?|right away|at once|straight away)\\b|\\byour\\s+(?:own\\s+)?(?:doctor"
        + "|physician|gp|health\\s?care\\s+provider|provider|pharmacist)\\b");

    private PitchSetUps() {
    }

    /**
     * Which sentences go: the calls to action, and the set-up just before a call and the answer just after one.
     *
     * @param calls which of the sentences are calls to action
     */
    static boolean[] dropped(List<String> sentences, boolean[] calls) {
        var drop = calls.clone();
        for (int i = 0; i < sentences.size(); i++) {
            if (calls[i]) {
                continue;
            }
            boolean beforeCall = i + 1 < sentences.size() && calls[i + 1];
            boolean afterCall = i > 0 && calls[i - 1];
            var sentence = sentences.get(i);
            drop[i] = beforeCall && isSetUp(sentence) || afterCall && isAnswer(sentence);
        }
        return drop;
    }

    static boolean isSetUp(String sentence) {
        boolean question = QUESTION.matcher(sentence).find() && TO_READER.matcher(sentence).find();
        boolean leads = question || LEADS_ON.matcher(sentence).matches()
            || CONDITIONAL_TO_READER.matcher(sentence).matches();
        return leads && !CARE_ELSEWHERE.matcher(sentence).find();
    }

    /** A paragraph ending in a colon announces what follows it. */
    static boolean leadsOn(String text) {
        return LEADS_ON.matcher(text).matches();
    }

    static boolean isAnswer(String sentence) {
        return CLINIC_VOICE.matcher(sentence).matches() && !CARE_ELSEWHERE.matcher(sentence).find();
    }
}
