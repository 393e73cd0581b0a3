package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headback.article.TextStructureTest.BODY_ONE;
import static org.headback.article.TextStructureTest.BODY_TWO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallsToActionTest {

    private static final String ADVICE = "Gentle movement usually helps more than bed rest.";

    private static CleanedArticle clean(String... lines) {
        return Articles.text(String.join("\n\n", lines));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Patients can call 310-828-7757 today.", "Phone us on (310) 828-7757 for details.",
        "You can call us at 9685201 to talk it over.", "Our line is 310.828.7757 and always open.",
        "Schedule an appointment with our team.", "Book a consultation online.",
        "Request an appointment today.", "Call us today!", "Contact us today to learn more.",
        "Reach out to The Spine Institute today, where Dr. Bae can help.", "to schedule a consultation today."})
    void callToActionSentence_isRemoved_andTheRestOfTheParagraphKept(String call) {
        var article = clean("Title", BODY_ONE, ADVICE + " " + call);
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_ONE, ADVICE);
    }

    @Test
    void paragraphOfOnlyCallsToAction_isDropped() {
        var article = clean("Title", BODY_ONE, "Call us today. Book an appointment online.");
        assertThat(article.blocks()).containsExactly(new ArticleBlock.Paragraph(BODY_ONE));
    }

    @Test
    void adviceToCallYourDoctor_isKept() {
        var advice = "Call your doctor if symptoms persist.";
        var article = clean("Title", BODY_ONE, advice);
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_ONE, advice);
    }

    @Test
    void adviceToBookWithYourOwnDoctor_isKept() {
        var advice = "If the pain lasts more than six weeks, schedule an appointment with your doctor.";
        var article = clean("Title", BODY_ONE, advice);
        assertThat(Articles.paragraphs(article)).contains(advice);
    }

    @Test
    void numbersThatAreNotPhoneNumbers_areKept() {
        var study = "A 2011 study of 13,000 twins found odds ratios of 1.9 to 9.5 between 2010 and 2015.";
        var article = clean("Title", BODY_ONE, study);
        assertThat(Articles.paragraphs(article)).contains(study);
    }

    @Test
    void abbreviationsDoNotSplitSentences() {
        assertThat(Sentences.split("Ask Dr. Bae today. Yoon et al. found more. It works, e.g. Here."))
            .containsExactly("Ask Dr. Bae today.", "Yoon et al. found more.", "It works, e.g. Here.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "If you’re experiencing consistent back pain due to migraines or any other reason, you may require surgery.",
        "Are you tired of living with back pain?", "Here is how to reach our clinic:",
        "Whether you have had pain for weeks or for years, our specialists can help."})
    void setUpJustBeforeACall_goesWithIt(String setUp) {
        var article = clean("Title", BODY_ONE, ADVICE + " " + setUp
                + " Reach out to The Spine Institute today, where Dr. Bae can help. Patients can call 310-828-7757.");
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_ONE, ADVICE);
    }

    @Test
    void paragraphOfASetUpAndItsCall_goesWhole() {
        var article = clean("Title", BODY_ONE, "If you’re experiencing consistent back pain due to migraines or any "
                + "other reason, you may require surgery. Reach out to The Spine Institute today.", BODY_TWO);
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_ONE, BODY_TWO);
    }

    @Test
    void clinicsAnswerJustAfterACall_goesWithIt() {
        var article = clean("Title", BODY_ONE, ADVICE + " Call us today. We look forward to meeting you.");
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_ONE, ADVICE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"If you have a sudden, severe headache with a fever, go to the emergency room.",
        "If you are unsure which exercises are safe, ask your doctor first.",
        "When you lift, bend your knees and keep the load close."})
    void adviceBeforeACall_staysWhenItSendsTheReaderElsewhere_orIsNoSetUp(String advice) {
        var kept = advice.startsWith("When") ? advice + " " + ADVICE : advice;
        var article = clean("Title", BODY_ONE, kept + " Call us today at 310-828-7757.");
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_ONE, kept);
    }

    @Test
    void sentenceAfterACall_thatIsNotTheClinicSpeaking_stays() {
        var after = "Most back pain settles within six weeks.";
        var article = clean("Title", BODY_ONE, "Call us today. " + after);
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_ONE, after);
    }

    @Test
    void promotionalHeadingsOverNothingButACall_go() {
        var article = clean("Title", BODY_ONE, "Find An Upper Cervical Doctor in Your Area",
                "Find an Upper Cervical Specialist In Your Area", "to schedule a consultation today.",
                "Why Posture Matters", BODY_TWO);
        assertThat(Articles.headings(article)).containsExactly("Why Posture Matters");
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_ONE, BODY_TWO);
    }

    @Test
    void headingOverADeeperHeadingWithText_stays() {
        var article = Articles.markdown(String.join("\n\n", "# Title", BODY_ONE, "## Treatment", "Call us today.",
                "### Physiotherapy", ADVICE));
        assertThat(Articles.headings(article)).containsExactly("Treatment", "Physiotherapy");
    }

    @Test
    void headingWithTextLeftUnderIt_stays() {
        var article = clean("Title", BODY_ONE, "Why Posture Matters", ADVICE, "Call us today.", "Sleep",
                BODY_TWO);
        assertThat(Articles.headings(article)).containsExactly("Why Posture Matters", "Sleep");
    }

    @Test
    void titleAboveACall_isNeverTakenForAHeadingOverNothing() {
        var article = clean("Back Pain Basics", "Call us today at 310-828-7757.", BODY_ONE);
        assertThat(article.title()).isEqualTo("Back Pain Basics");
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_ONE);
    }

    @Test
    void paragraphEndingInAColon_goesWithTheListOfCallsItAnnounced() {
        var article = Articles.markdown(String.join("\n\n", "# Title", BODY_ONE, "To reach our clinic:",
                "- Call us at 310-828-7757\n- Book an appointment online", BODY_TWO));
        assertThat(Articles.paragraphs(article)).containsExactly(BODY_ONE, BODY_TWO);
    }
}
