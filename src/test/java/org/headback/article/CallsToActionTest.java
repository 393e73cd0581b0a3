package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headback.article.TextStructureTest.BODY_ONE;

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
        assertThat(article.blocks()).containsExactly(new Block.Paragraph(BODY_ONE));
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
}
