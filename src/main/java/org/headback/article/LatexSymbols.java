package org.headback.article;

import java.util.Map;
import java.util.Set;

/** What common LaTeX commands stand for in plain text. */
final class LatexSymbols {

    /** Commands that are one character (or a short string) of their own. */
    static final Map<String, String> SYMBOLS = Map.ofEntries(
        Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
        Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
        Map.entry("theta", "θ"), Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
        Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
        Map.entry("omicron", "ο"), Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"),
        Map.entry("tau", "τ"), Map.entry("upsilon", "υ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"),
        Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"),
        Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"),
        Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"), Map.entry("Upsilon", "Υ"), Map.entry("Phi", "Φ"),
        Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
        Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("times", "×"), Map.entry("div", "÷"),
        Map.entry("cdot", "·"), Map.entry("leq", "≤"), Map.entry("le", "≤"), Map.entry("geq", "≥"),
        Map.entry("ge", "≥"), Map.entry("neq", "≠"), Map.entry("ne", "≠"), Map.entry("approx", "≈"),
        Map.entry("sim", "~"), Map.entry("simeq", "≃"), Map.entry("equiv", "≡"), Map.entry("propto", "∝"),
        Map.entry("infty", "∞"), Map.entry("degree", "°"), Map.entry("textdegree", "°"), Map.entry("circ", "∘"),
        Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"),
        Map.entry("Rightarrow", "⇒"), Map.entry("leftrightarrow", "↔"), Map.entry("uparrow", "↑"),
        Map.entry("downarrow", "↓"), Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("cdots", "⋯"),
        Map.entry("partial", "∂"), Map.entry("nabla", "∇"), Map.entry("sum", "∑"), Map.entry("prod", "∏"),
        Map.entry("int", "∫"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("ll", "≪"),
        Map.entry("gg", "≫"), Map.entry("in", "∈"), Map.entry("notin", "∉"), Map.entry("cup", "∪"),
        Map.entry("cap", "∩"), Map.entry("forall", "∀"), Map.entry("exists", "∃"), Map.entry("prime", "′"),
        Map.entry("textmu", "µ"), Map.entry("micro", "µ"), Map.entry("ell", "ℓ"), Map.entry("sqrt", "√"),
        Map.entry("quad", " "), Map.entry("qquad", " "), Map.entry("percent", "%"));

    /** Commands whose argument is plain text to keep: the command and its braces go. */
    static final Set<String> UNWRAP = Set.of("text", "textrm", "textbf", "textit", "textsf", "texttt", "emph",
        "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathcal", "mathbb", "operatorname", "mbox", "hbox",
        "boldsymbol", "underline", "overline", "hat", "bar", "vec", "tilde", "widehat", "widetilde");

    /** Commands that only shape the layout and stand for nothing. */
    static final Set<String> DROP = Set.of("left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr",
        "Bigl", "Bigr", "displaystyle", "textstyle", "limits", "nolimits", "middle");

    private static final String SUPER_FROM = "0123456789+-−=()ni";
    private static final String SUPER_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ";
    private static final String SUB_FROM = "0123456789+-−=()";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎";

    private LatexSymbols() {
    }

    /** {@code content} as superscript or subscript characters, or null when one of them has no such form. */
    static String script(String content, boolean superscript) {
        var from = superscript ? SUPER_FROM : SUB_FROM;
        var to = superscript ? SUPER_TO : SUB_TO;
        var out = new StringBuilder(content.length());
        for (int i = 0; i < content.length(); i++) {
            int at = from.indexOf(content.charAt(i));
            if (at < 0) {
                return null;
            }
            out.append(to.charAt(at));
        }
        return out.isEmpty() ? null : out.toString();
    }
}
