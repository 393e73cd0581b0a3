package org.headback.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatexTextTest {

    private static String convert(String text) {
        return LatexText.convert(text);
    }

    @Test
    void greekLetterInInlineMath_becomesTheLetter() {
        assertThat(convert("TNF-\\(\\alpha\\)")).isEqualTo("TNF-α");
        assertThat(convert("\\(\\beta\\)-blockers and \\(\\Delta\\)")).isEqualTo("β-blockers and Δ");
    }

    @Test
    void displayMath_isConverted() {
        assertThat(convert("\\[x \\leq 5\\]")).isEqualTo("x ≤ 5");
    }

    @Test
    void commonOperators_becomeSymbols() {
        assertThat(convert("\\(5 \\pm 2\\), \\(3 \\times 4\\), \\(a \\approx b\\), \\(a \\cdot b\\), \\(x \\geq 1\\)"))
            .isEqualTo("5 ± 2, 3 × 4, a ≈ b, a · b, x ≥ 1");
    }

    @Test
    void degrees_becomeTheDegreeSign() {
        assertThat(convert("\\(37\\degree\\)C and \\(38^\\circ\\)C and \\(39^{\\circ}\\)C"))
            .isEqualTo("37°C and 38°C and 39°C");
    }

    @Test
    void simpleScripts_becomeScriptCharacters() {
        assertThat(convert("\\(x^{2}\\), \\(10^{-3}\\), \\(H_2O\\)")).isEqualTo("x², 10⁻³, H₂O");
    }

    @Test
    void otherScripts_areUnwrapped() {
        assertThat(convert("\\(e^{i\\pi}\\)")).isEqualTo("eiπ");
        assertThat(convert("\\(x_{max}\\)")).isEqualTo("xmax");
    }

    @Test
    void textCommands_areUnwrapped() {
        assertThat(convert("\\(5\\,\\text{mg}\\)")).isEqualTo("5 mg");
        assertThat(convert("\\(\\mathrm{IL}\\text{-}6\\)")).isEqualTo("IL-6");
    }

    @Test
    void fractions_becomeSlashes() {
        assertThat(convert("\\(\\frac{1}{2}\\)")).isEqualTo("1/2");
    }

    @Test
    void unknownCommand_losesItsBackslash() {
        assertThat(convert("\\(\\foo\\) and \\bar baz")).isEqualTo("foo and bar baz");
    }

    @Test
    void unmatchedDelimiter_losesItsBackslash() {
        assertThat(convert("a \\( b")).isEqualTo("a ( b");
    }

    @Test
    void textWithoutBackslashes_isUntouched() {
        var text = "5% of $10 {not math} x^2";
        assertThat(convert(text)).isSameAs(text);
    }

    @Test
    void bracesOutsideMath_stay() {
        assertThat(convert("a {b} \\textbf{c}")).isEqualTo("a {b} c");
    }
}
